package be.antwerpen.lom.server.appointment;

import be.antwerpen.lom.server.testing.TestEngine;

class BookingConcurrencyOnSqliteTest extends BookingConcurrencyContract {

    @Override
    TestEngine engine() {
        return TestEngine.SQLITE;
    }
}
