package be.antwerpen.lom.server.archfixture;

import be.antwerpen.lom.model.architecture.ArchitectureExemption;
import io.javalin.http.Context;

/** Architecture-rule fixture: knows the web framework, exempt by annotation with a reason. */
@ArchitectureExemption(rules = ArchitectureExemption.WEB_FRAMEWORK_AT_THE_EDGE, reason = "a fixture of the rule test")
public final class FixtureExempt {
    Context request;
}
