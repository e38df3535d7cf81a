package be.antwerpen.lom.server.db;

import be.antwerpen.lom.server.testing.TestEngine;

class GroupCommitOnSqliteTest extends GroupCommitContract {

    @Override
    TestEngine engine() {
        return TestEngine.SQLITE;
    }
}
