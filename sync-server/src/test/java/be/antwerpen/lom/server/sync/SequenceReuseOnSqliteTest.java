package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.server.testing.TestEngine;

class SequenceReuseOnSqliteTest extends SequenceReuseContract {

    @Override
    TestEngine engine() {
        return TestEngine.SQLITE;
    }
}
