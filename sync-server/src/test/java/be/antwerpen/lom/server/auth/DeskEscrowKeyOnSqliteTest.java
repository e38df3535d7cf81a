package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.server.testing.TestEngine;

class DeskEscrowKeyOnSqliteTest extends DeskEscrowKeyContract {

    @Override
    TestEngine engine() {
        return TestEngine.SQLITE;
    }
}
