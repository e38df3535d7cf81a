package be.antwerpen.lom.server.seatlease;

import be.antwerpen.lom.server.testing.TestEngine;

class SeatLeaseOnPostgresTest extends SeatLeaseContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
