package be.antwerpen.lom.server.archfixture.a;

import be.antwerpen.lom.server.archfixture.b.CycleB;

/** Architecture-rule fixture: half of a package cycle (never part of the server). */
public final class CycleA {
    CycleB other;
}
