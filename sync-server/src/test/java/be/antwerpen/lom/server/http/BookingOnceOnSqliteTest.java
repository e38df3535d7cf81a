package be.antwerpen.lom.server.http;

import be.antwerpen.lom.server.testing.TestEngine;

class BookingOnceOnSqliteTest extends BookingOnceContract {

    @Override
    TestEngine engine() {
        return TestEngine.SQLITE;
    }
}
