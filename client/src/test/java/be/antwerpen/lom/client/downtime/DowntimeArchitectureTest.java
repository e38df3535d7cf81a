package be.antwerpen.lom.client.downtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.antwerpen.lom.architecture.CodingRules;
import be.antwerpen.lom.architecture.LayeringRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared rules applied to the downtime package, plus: the renderer stays free of Swing and AWT. */
class DowntimeArchitectureTest {

    private static JavaClasses downtimeClasses;

    @BeforeAll
    static void importClasses() {
        downtimeClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.antwerpen.lom.client.downtime");
    }

    @Test
    void downtime_pack_follows_the_shared_coding_and_layering_rules() {
        LayeringRules.CLIENT_DOES_NOT_IMPORT_SERVER.check(downtimeClasses);
        CodingRules.NO_SYSTEM_OUT_OUTSIDE_MAIN.check(downtimeClasses);
        CodingRules.NO_PRINT_STACK_TRACE.check(downtimeClasses);
        CodingRules.NO_JAVA_UTIL_LOGGING.check(downtimeClasses);
    }

    @Test
    void downtime_pack_renders_without_swing_or_awt_so_it_runs_headless_in_the_background() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
                .because("the pack is made on a background thread and must work without a display")
                .check(downtimeClasses);
    }
}
