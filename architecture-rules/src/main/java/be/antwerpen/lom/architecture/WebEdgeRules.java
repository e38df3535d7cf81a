package be.antwerpen.lom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;

/**
 * The server's web edge (ADR 0100): {@code http} is the edge kit and knows no feature; each feature's
 * routes (a Javalin {@code EndpointGroup}, or a class named {@code ...Controller}/{@code ...Routes})
 * talk to their feature's service, never to storage or to other routes; HTTP status codes and the
 * web framework stay at the edge. A class is exempt from a rule only by
 * {@code @ArchitectureExemption} naming the rule and saying why.
 */
public final class WebEdgeRules {

    public static final String SERVER = "be.antwerpen.lom.server";
    public static final String EXEMPTION = "be.antwerpen.lom.model.architecture.ArchitectureExemption";
    /** The rule id {@code ArchitectureExemption.WEB_FRAMEWORK_AT_THE_EDGE}. */
    public static final String WEB_FRAMEWORK_AT_THE_EDGE = "web-framework-at-the-edge";

    private WebEdgeRules() {
    }

    /** Classes that declare routes: Javalin endpoint groups, and classes named as controllers or routes. */
    public static final DescribedPredicate<JavaClass> ROUTES = new DescribedPredicate<>("routes") {
        @Override
        public boolean test(JavaClass c) {
            JavaClass outer = outermost(c);
            return outer.isAssignableTo("io.javalin.apibuilder.EndpointGroup")
                    || outer.getSimpleName().endsWith("Controller") || outer.getSimpleName().endsWith("Routes");
        }
    };

    /** Classes exempt from {@code rule} by an {@code @ArchitectureExemption} with a reason. */
    public static DescribedPredicate<JavaClass> exemptFrom(String rule) {
        return new DescribedPredicate<>("exempt from '" + rule + "' by @ArchitectureExemption with a reason") {
            @Override
            public boolean test(JavaClass c) {
                return outermost(c).getAnnotations().stream().anyMatch(a -> exempts(a, rule));
            }
        };
    }

    private static boolean exempts(JavaAnnotation<?> a, String rule) {
        if (!a.getRawType().getName().equals(EXEMPTION)) {
            return false;
        }
        Object rules = a.get("rules").orElse(new String[0]);
        Object reason = a.get("reason").orElse("");
        return rules instanceof Object[] list && Arrays.asList(list).contains(rule)
                && reason instanceof String text && !text.isBlank();
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    public static final ArchRule HTTP_EDGE_IMPORTS_NO_FEATURE = noClasses()
            .that().resideInAPackage(SERVER + ".http..")
            .should().dependOnClassesThat(DescribedPredicate.describe("a server feature", (JavaClass t) ->
                    t.getPackageName().startsWith(SERVER + ".")
                            && !t.getPackageName().startsWith(SERVER + ".http")
                            && !t.getPackageName().startsWith(SERVER + ".db")
                            && !t.getPackageName().startsWith(SERVER + ".refusal")))
            .because("the web edge kit (parameters, bodies, error mapping, TLS) serves every feature and knows none;"
                    + " each feature brings its own routes");

    public static final ArchRule ROUTES_REACH_NO_STORAGE = noClasses()
            .that(ROUTES).and().resideInAPackage(SERVER + "..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(SERVER + ".db.Database")
            .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("routes read the request and call their feature's service, where transactions and rules live");

    public static final ArchRule ROUTES_REACH_NO_OTHER_ROUTES = classes()
            .that(ROUTES).and().resideInAPackage(SERVER + "..")
            .should(new ArchCondition<JavaClass>("not depend on other routes") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    JavaClass self = outermost(origin);
                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = outermost(d.getTargetClass());
                        if (!target.equals(self) && target.getPackageName().startsWith(SERVER)
                                && ROUTES.test(target)) {
                            events.add(SimpleConditionEvent.violated(origin, d.getDescription()));
                        }
                    }
                }
            })
            .because("a feature's routes use services; what two routes share belongs in a service");

    public static final ArchRule WEB_FRAMEWORK_ONLY_AT_THE_EDGE = noClasses()
            .that().resideInAPackage(SERVER + "..")
            .and().resideOutsideOfPackage(SERVER + ".http..")
            .and(DescribedPredicate.not(ROUTES))
            .and(DescribedPredicate.not(exemptFrom(WEB_FRAMEWORK_AT_THE_EDGE)))
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "jakarta.servlet..",
                    "org.eclipse.jetty..")
            .because("the domain refuses with status-free refusals; only the edge and the routes speak HTTP");
}
