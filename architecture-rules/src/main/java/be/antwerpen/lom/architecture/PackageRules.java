package be.antwerpen.lom.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * Rules about a module's packages as a whole: dependencies between packages point one way, so no two
 * packages need each other (ADR 0100).
 */
public final class PackageRules {

    private PackageRules() {
    }

    /**
     * No cycle between the packages below {@code basePackage}, each package (sub-packages included
     * as packages of their own) a slice; classes directly in {@code basePackage} (a program's
     * composition root) are outside every slice.
     */
    public static ArchRule noPackageCycles(String basePackage) {
        return slices().matching(basePackage + ".(**)")
                .namingSlices("package $1")
                .should().beFreeOfCycles()
                .allowEmptyShould(true)
                .because("imports only point downward: a package that needs another is never needed by it");
    }
}
