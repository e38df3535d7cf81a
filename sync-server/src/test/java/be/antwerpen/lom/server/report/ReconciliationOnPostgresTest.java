package be.antwerpen.lom.server.report;

import be.antwerpen.lom.server.testing.TestEngine;

class ReconciliationOnPostgresTest extends ReconciliationContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
