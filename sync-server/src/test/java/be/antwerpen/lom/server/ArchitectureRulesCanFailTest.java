package be.antwerpen.lom.server;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.architecture.PackageRules;
import be.antwerpen.lom.architecture.WebEdgeRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each architecture rule the server keeps says no to a fixture that breaks it (test sources only). */
class ArchitectureRulesCanFailTest {

    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importClasses(
                be.antwerpen.lom.server.archfixture.a.CycleA.class, be.antwerpen.lom.server.archfixture.b.CycleB.class,
                be.antwerpen.lom.server.archfixture.FixtureRepository.class,
                be.antwerpen.lom.server.archfixture.FixtureRoutes.class,
                be.antwerpen.lom.server.archfixture.OtherFixtureController.class,
                be.antwerpen.lom.server.archfixture.FixtureDomain.class,
                be.antwerpen.lom.server.archfixture.FixtureExempt.class,
                classNamed("be.antwerpen.lom.server.http.FixtureEdgeImportingAFeature"));
    }

    private static Class<?> classNamed(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_package_cycle_is_refused() {
        assertThatThrownBy(() -> PackageRules.noPackageCycles("be.antwerpen.lom.server").check(fixtures))
                .isInstanceOf(AssertionError.class).hasMessageContaining("archfixture.a");
    }

    @Test
    void an_edge_class_importing_a_feature_is_refused() {
        assertThatThrownBy(() -> WebEdgeRules.HTTP_EDGE_IMPORTS_NO_FEATURE.check(fixtures))
                .isInstanceOf(AssertionError.class).hasMessageContaining("FixtureEdgeImportingAFeature");
    }

    @Test
    void routes_reaching_storage_or_other_routes_are_refused() {
        assertThatThrownBy(() -> WebEdgeRules.ROUTES_REACH_NO_STORAGE.check(fixtures))
                .isInstanceOf(AssertionError.class).hasMessageContaining("FixtureRepository");
        assertThatThrownBy(() -> WebEdgeRules.ROUTES_REACH_NO_OTHER_ROUTES.check(fixtures))
                .isInstanceOf(AssertionError.class).hasMessageContaining("OtherFixtureController");
    }

    @Test
    void domain_code_using_the_web_framework_is_refused_unless_exempt_with_a_reason() {
        assertThatThrownBy(() -> WebEdgeRules.WEB_FRAMEWORK_ONLY_AT_THE_EDGE.check(fixtures))
                .isInstanceOf(AssertionError.class).hasMessageContaining("FixtureDomain")
                .hasMessageNotContaining("FixtureExempt");
    }
}
