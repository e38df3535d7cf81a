package be.antwerpen.lom.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.antwerpen.lom.architecture.CodingRules;
import be.antwerpen.lom.architecture.LayeringRules;
import be.antwerpen.lom.architecture.PackageRules;
import be.antwerpen.lom.architecture.WebEdgeRules;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static JavaClasses serverClasses;

    @BeforeAll
    static void importClasses() {
        serverClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.antwerpen.lom.server");
    }

    @Test
    void server_does_not_import_the_client() {
        LayeringRules.SERVER_DOES_NOT_IMPORT_CLIENT.check(serverClasses);
    }

    @Test
    void server_has_no_swing() {
        LayeringRules.SERVER_HAS_NO_SWING.check(serverClasses);
    }

    @Test
    void server_logs_through_slf4j_only() {
        CodingRules.NO_SYSTEM_OUT_OUTSIDE_MAIN.check(serverClasses);
        CodingRules.NO_PRINT_STACK_TRACE.check(serverClasses);
        CodingRules.NO_JAVA_UTIL_LOGGING.check(serverClasses);
    }

    @Test
    void only_the_http_layer_and_controllers_know_javalin() {
        noClasses().that().resideInAnyPackage("..server.db..", "..server.device..")
                .and(DescribedPredicate.not(WebEdgeRules.exemptFrom(WebEdgeRules.WEB_FRAMEWORK_AT_THE_EDGE)))
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .because("storage does not depend on the web framework")
                .check(serverClasses);
    }

    @Test
    void sql_stays_in_the_storage_classes() {
        noClasses().that().resideInAnyPackage("..server.http..", "..server.refusal..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .because("HTTP code talks to services and repositories, never to JDBC directly")
                .check(serverClasses);
    }

    @Test
    void server_packages_have_no_cycles() {
        PackageRules.noPackageCycles("be.antwerpen.lom.server").check(serverClasses);
    }

    @Test
    void the_composition_root_is_on_top() {
        noClasses().that().resideOutsideOfPackage("be.antwerpen.lom.server")
                .should().dependOnClassesThat().resideInAPackage("be.antwerpen.lom.server")
                .because("ServerMain builds the program; nothing below it reaches back up to it")
                .check(serverClasses);
    }

    @Test
    void the_http_edge_kit_imports_no_feature() {
        WebEdgeRules.HTTP_EDGE_IMPORTS_NO_FEATURE.check(serverClasses);
    }

    @Test
    void routes_reach_their_service_only() {
        WebEdgeRules.ROUTES_REACH_NO_STORAGE.check(serverClasses);
        WebEdgeRules.ROUTES_REACH_NO_OTHER_ROUTES.check(serverClasses);
    }

    @Test
    void the_domain_speaks_no_http() {
        WebEdgeRules.WEB_FRAMEWORK_ONLY_AT_THE_EDGE.check(serverClasses);
    }
}
