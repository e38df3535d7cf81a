package be.antwerpen.lom.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.antwerpen.lom.architecture.CodingRules;
import be.antwerpen.lom.architecture.LayeringRules;
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
                .and().doNotHaveSimpleName("ServerMain")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .because("storage does not depend on the web framework")
                .check(serverClasses);
    }

    @Test
    void sql_stays_in_the_storage_classes() {
        noClasses().that().resideInAnyPackage("..server.http..", "..server.error..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .because("HTTP code talks to services and repositories, never to JDBC directly")
                .check(serverClasses);
    }
}
