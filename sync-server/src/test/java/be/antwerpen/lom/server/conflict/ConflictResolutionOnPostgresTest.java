package be.antwerpen.lom.server.conflict;

import be.antwerpen.lom.server.testing.TestEngine;

class ConflictResolutionOnPostgresTest extends ConflictResolutionContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
