package be.antwerpen.lom.server.archfixture;

/** Architecture-rule fixture: a controller other routes must not reach. */
public final class OtherFixtureController {
}
