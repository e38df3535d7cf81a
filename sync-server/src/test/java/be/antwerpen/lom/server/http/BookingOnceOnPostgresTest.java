package be.antwerpen.lom.server.http;

import be.antwerpen.lom.server.testing.TestEngine;

class BookingOnceOnPostgresTest extends BookingOnceContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
