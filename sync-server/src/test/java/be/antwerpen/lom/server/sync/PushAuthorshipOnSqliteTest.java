package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.server.testing.TestEngine;

class PushAuthorshipOnSqliteTest extends PushAuthorshipContract {

    @Override
    TestEngine engine() {
        return TestEngine.SQLITE;
    }
}
