package be.antwerpen.lom.server.monitoring;

import be.antwerpen.lom.server.testing.TestEngine;

class MonitoringOnSqliteTest extends MonitoringContract {

    @Override
    TestEngine engine() {
        return TestEngine.SQLITE;
    }
}
