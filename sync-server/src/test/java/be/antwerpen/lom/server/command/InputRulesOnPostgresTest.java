package be.antwerpen.lom.server.command;

import be.antwerpen.lom.server.testing.TestEngine;

class InputRulesOnPostgresTest extends InputRulesContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
