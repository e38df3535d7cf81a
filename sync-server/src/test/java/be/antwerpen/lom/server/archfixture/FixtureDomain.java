package be.antwerpen.lom.server.archfixture;

import io.javalin.http.Context;

/** Architecture-rule fixture: domain code that knows the web framework, which the rules forbid. */
public final class FixtureDomain {
    Context request;
}
