package be.antwerpen.lom.server.audit;

import be.antwerpen.lom.server.testing.TestEngine;

class AuditChainOnPostgresTest extends AuditChainContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGRESQL;
    }
}
