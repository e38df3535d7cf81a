package be.antwerpen.lom.server.http;

import be.antwerpen.lom.server.archfixture.FixtureDomain;

/** Architecture-rule fixture: an edge class that imports a feature, which the rules forbid. */
final class FixtureEdgeImportingAFeature {
    FixtureDomain feature;
}
