package be.antwerpen.lom.server.db;

import be.antwerpen.lom.server.testing.TestEngine;

class GroupCommitOnPostgresTest extends GroupCommitContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
