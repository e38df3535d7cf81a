package be.antwerpen.lom.server.drill;

import be.antwerpen.lom.server.testing.TestEngine;

class DrillOnPostgresTest extends DrillContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
