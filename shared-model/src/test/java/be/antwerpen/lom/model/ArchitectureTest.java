package be.antwerpen.lom.model;

import be.antwerpen.lom.architecture.CodingRules;
import be.antwerpen.lom.architecture.LayeringRules;
import be.antwerpen.lom.architecture.PackageRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static JavaClasses modelClasses;

    @BeforeAll
    static void importClasses() {
        modelClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.antwerpen.lom.model");
    }

    @Test
    void model_imports_nothing_from_client_or_server() {
        LayeringRules.MODEL_IMPORTS_NOTHING_ABOVE_IT.check(modelClasses);
    }

    @Test
    void model_has_no_swing_jdbc_or_http() {
        LayeringRules.MODEL_HAS_NO_UI_DATABASE_OR_HTTP.check(modelClasses);
    }

    @Test
    void model_has_no_pdf() {
        LayeringRules.MODEL_DOES_NOT_USE_PDF.check(modelClasses);
    }

    @Test
    void model_does_not_print_to_the_console() {
        CodingRules.NO_SYSTEM_OUT_OUTSIDE_MAIN.check(modelClasses);
        CodingRules.NO_PRINT_STACK_TRACE.check(modelClasses);
        CodingRules.NO_JAVA_UTIL_LOGGING.check(modelClasses);
    }

    @Test
    void model_packages_have_no_cycles() {
        PackageRules.noPackageCycles("be.antwerpen.lom.model").check(modelClasses);
    }
}
