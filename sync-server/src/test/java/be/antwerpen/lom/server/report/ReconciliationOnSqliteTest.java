package be.antwerpen.lom.server.report;

import be.antwerpen.lom.server.testing.TestEngine;

class ReconciliationOnSqliteTest extends ReconciliationContract {

    @Override
    TestEngine engine() {
        return TestEngine.SQLITE;
    }
}
