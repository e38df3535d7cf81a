package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.server.testing.TestEngine;

class LoginThrottleOnPostgresTest extends LoginThrottleContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
