package be.antwerpen.lom.server.archfixture;

/** Architecture-rule fixture: storage that routes must not reach. */
public final class FixtureRepository {
}
