package be.antwerpen.lom.pdftext;

import be.antwerpen.lom.architecture.CodingRules;
import be.antwerpen.lom.architecture.LayeringRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.antwerpen.lom.pdftext");
    }

    @Test
    void pdf_text_imports_none_of_the_programs_or_the_model() {
        LayeringRules.PDF_TEXT_IMPORTS_NOTHING_OF_OURS.check(classes);
    }

    @Test
    void pdf_text_does_not_print_to_the_console() {
        CodingRules.NO_SYSTEM_OUT_OUTSIDE_MAIN.check(classes);
        CodingRules.NO_PRINT_STACK_TRACE.check(classes);
    }
}
