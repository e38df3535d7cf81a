package be.antwerpen.lom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Everyday coding rules shared by every module.
 *
 * <p>A class may print to the console only when it is a program's entry point (its simple name
 * ends in {@code Main}) or it is part of a command-line interface (a package named {@code cli}),
 * whose output is the console.
 */
public final class CodingRules {

    private CodingRules() {
    }

    private static final DescribedPredicate<JavaClass> ALLOWED_TO_PRINT =
            new DescribedPredicate<>("entry points and command-line interface classes") {
                @Override
                public boolean test(JavaClass javaClass) {
                    JavaClass outer = javaClass;
                    while (outer.getEnclosingClass().isPresent()) {
                        outer = outer.getEnclosingClass().get();
                    }
                    return outer.getSimpleName().endsWith("Main")
                            || outer.getPackageName().endsWith(".cli");
                }
            };

    public static final ArchRule NO_SYSTEM_OUT_OUTSIDE_MAIN = noClasses()
            .that(DescribedPredicate.not(ALLOWED_TO_PRINT))
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("diagnostics go through SLF4J, where they can be filtered and kept free of personal data");

    public static final ArchRule NO_PRINT_STACK_TRACE = noClasses()
            .should().callMethod(Throwable.class, "printStackTrace")
            .because("errors are logged once where they are handled, and people see a plain sentence");

    public static final ArchRule NO_JAVA_UTIL_LOGGING = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..")
            .because("SLF4J is the one logging API of the project");
}
