package be.antwerpen.lom.server.conflict;

import be.antwerpen.lom.server.testing.TestEngine;

class ConflictResolutionOnSqliteTest extends ConflictResolutionContract {

    @Override
    TestEngine engine() {
        return TestEngine.SQLITE;
    }
}
