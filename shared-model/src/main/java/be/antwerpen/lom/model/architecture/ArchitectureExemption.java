package be.antwerpen.lom.model.architecture;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a class from named architecture rules (module {@code architecture-rules}), with the reason
 * written where the exemption is: no rule exempts a class by its name. A reason is required and must
 * say why the class needs what the rule forbids.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ArchitectureExemption {

    /** Rule: only the web edge and the features' routes use the web framework. */
    String WEB_FRAMEWORK_AT_THE_EDGE = "web-framework-at-the-edge";

    /** The rules this class is exempt from (the constants above). */
    String[] rules();

    /** Why: a sentence a reviewer can judge. */
    String reason();
}
