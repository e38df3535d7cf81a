package be.antwerpen.lom.server.archfixture.b;

import be.antwerpen.lom.server.archfixture.a.CycleA;

/** Architecture-rule fixture: the other half of a package cycle (never part of the server). */
public final class CycleB {
    CycleA other;
}
