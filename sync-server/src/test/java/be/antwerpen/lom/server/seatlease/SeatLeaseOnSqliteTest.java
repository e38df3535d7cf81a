package be.antwerpen.lom.server.seatlease;

import be.antwerpen.lom.server.testing.TestEngine;

class SeatLeaseOnSqliteTest extends SeatLeaseContract {

    @Override
    TestEngine engine() {
        return TestEngine.SQLITE;
    }
}
