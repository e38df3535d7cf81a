package be.antwerpen.lom.server.drill;

import be.antwerpen.lom.server.testing.TestEngine;

class DrillOnSqliteTest extends DrillContract {

    @Override
    TestEngine engine() {
        return TestEngine.SQLITE;
    }
}
