package be.antwerpen.lom.server.serial;

import be.antwerpen.lom.server.testing.TestEngine;

class SerialLeaseOnPostgresTest extends SerialLeaseContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
