package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.server.testing.TestEngine;

class LoginThrottleOnSqliteTest extends LoginThrottleContract {

    @Override
    TestEngine engine() {
        return TestEngine.SQLITE;
    }
}
