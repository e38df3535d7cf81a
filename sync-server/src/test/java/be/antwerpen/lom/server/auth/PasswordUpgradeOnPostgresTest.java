package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.server.testing.TestEngine;

class PasswordUpgradeOnPostgresTest extends PasswordUpgradeContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
