package be.antwerpen.lom.server.conflict;

import be.antwerpen.lom.server.testing.TestEngine;

class RebookAheadOnPostgresTest extends RebookAheadContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
