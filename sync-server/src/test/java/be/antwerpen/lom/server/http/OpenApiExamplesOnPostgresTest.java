package be.antwerpen.lom.server.http;

import be.antwerpen.lom.server.testing.TestEngine;

class OpenApiExamplesOnPostgresTest extends OpenApiExamplesContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
