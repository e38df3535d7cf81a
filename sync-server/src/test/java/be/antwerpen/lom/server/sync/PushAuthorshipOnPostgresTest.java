package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.server.testing.TestEngine;

class PushAuthorshipOnPostgresTest extends PushAuthorshipContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
