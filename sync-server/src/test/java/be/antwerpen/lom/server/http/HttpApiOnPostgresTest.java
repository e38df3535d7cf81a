package be.antwerpen.lom.server.http;

import be.antwerpen.lom.server.testing.TestEngine;

class HttpApiOnPostgresTest extends HttpApiContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
