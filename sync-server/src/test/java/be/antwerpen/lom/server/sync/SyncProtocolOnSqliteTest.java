package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.server.testing.TestEngine;

class SyncProtocolOnSqliteTest extends SyncProtocolContract {

    @Override
    TestEngine engine() {
        return TestEngine.SQLITE;
    }
}
