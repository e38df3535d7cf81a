package be.antwerpen.lom.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.antwerpen.lom.architecture.CodingRules;
import be.antwerpen.lom.architecture.LayeringRules;
import be.antwerpen.lom.architecture.PackageRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static JavaClasses clientClasses;

    @BeforeAll
    static void importClasses() {
        clientClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.antwerpen.lom.client");
    }

    @Test
    void client_does_not_import_the_server() {
        LayeringRules.CLIENT_DOES_NOT_IMPORT_SERVER.check(clientClasses);
    }

    @Test
    void client_follows_the_coding_rules() {
        CodingRules.NO_SYSTEM_OUT_OUTSIDE_MAIN.check(clientClasses);
        CodingRules.NO_PRINT_STACK_TRACE.check(clientClasses);
        CodingRules.NO_JAVA_UTIL_LOGGING.check(clientClasses);
    }

    @Test
    void swing_stays_in_the_ui_packages() {
        noClasses().that().resideOutsideOfPackage("be.antwerpen.lom.client.ui..")
                .and().doNotHaveSimpleName("ClientMain")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..")
                .because("views only lay out and forward; store, sync and counter logic are tested without a display")
                .check(clientClasses);
    }

    @Test
    void lower_layers_do_not_reach_up_into_the_ui() {
        noClasses().that().resideInAnyPackage("be.antwerpen.lom.client.store..", "be.antwerpen.lom.client.sync..",
                        "be.antwerpen.lom.client.agenda..", "be.antwerpen.lom.client.counter..",
                        "be.antwerpen.lom.client.auth..")
                .should().dependOnClassesThat().resideInAPackage("be.antwerpen.lom.client.ui..")
                .because("ui -> logic -> model, never back")
                .check(clientClasses);
    }

    /*
     * Classes directly in be.antwerpen.lom.client (ClientMain, DeskServices) are outside the slices:
     * ui.shell.ClientWindow still imports DeskServices (a second composition root, issue 20's client
     * part); once that is gone, this rule can take the root package in too.
     */
    @Test
    void client_packages_have_no_cycles() {
        PackageRules.noPackageCycles("be.antwerpen.lom.client").check(clientClasses);
    }
}
