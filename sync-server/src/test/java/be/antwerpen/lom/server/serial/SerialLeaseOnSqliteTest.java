package be.antwerpen.lom.server.serial;

import be.antwerpen.lom.server.testing.TestEngine;

class SerialLeaseOnSqliteTest extends SerialLeaseContract {

    @Override
    TestEngine engine() {
        return TestEngine.SQLITE;
    }
}
