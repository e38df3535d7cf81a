package be.antwerpen.lom.server.archfixture;

import io.javalin.apibuilder.EndpointGroup;

/** Architecture-rule fixture: routes that reach storage and other routes, which the rules forbid. */
public final class FixtureRoutes implements EndpointGroup {
    FixtureRepository storage;
    OtherFixtureController other;

    @Override
    public void addEndpoints() {
    }
}
