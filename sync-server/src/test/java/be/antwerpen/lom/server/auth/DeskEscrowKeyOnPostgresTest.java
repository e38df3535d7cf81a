package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.server.testing.TestEngine;

class DeskEscrowKeyOnPostgresTest extends DeskEscrowKeyContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
