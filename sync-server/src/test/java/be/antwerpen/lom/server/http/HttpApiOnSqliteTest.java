package be.antwerpen.lom.server.http;

import be.antwerpen.lom.server.testing.TestEngine;

class HttpApiOnSqliteTest extends HttpApiContract {

    @Override
    TestEngine engine() {
        return TestEngine.SQLITE;
    }
}
