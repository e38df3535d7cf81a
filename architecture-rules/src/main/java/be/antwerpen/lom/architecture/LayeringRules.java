package be.antwerpen.lom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * Architecture rules shared by every module's tests, so the layering is written down once.
 *
 * <p>{@code shared-model} is at the bottom; {@code client} and {@code sync-server} stand on it and
 * never import each other. {@code pdf-text} (line breaking on PDFBox) sits beside the model, under both
 * programs, and imports none of them, so PDFBox stays out of the model. Each rule says why it exists in its {@code because} clause.
 */
public final class LayeringRules {

    public static final String MODEL = "be.antwerpen.lom.model..";
    public static final String CLIENT = "be.antwerpen.lom.client..";
    public static final String SERVER = "be.antwerpen.lom.server..";
    public static final String PDF_TEXT = "be.antwerpen.lom.pdftext..";

    private LayeringRules() {
    }

    public static final ArchRule MODEL_IMPORTS_NOTHING_ABOVE_IT = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(CLIENT, SERVER)
            .because("the shared model is the bottom layer that both programs build on");

    public static final ArchRule MODEL_HAS_NO_UI_DATABASE_OR_HTTP = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javax.swing..", "java.awt..", "java.sql..", "javax.sql..",
                    "java.net.http..", "io.javalin..", "okhttp3..", "retrofit2..",
                    "org.flywaydb..", "com.zaxxer..")
            .because("domain rules must run unchanged on the desk and on the server, "
                    + "and be testable without a display, a database or a network");

    public static final ArchRule PDF_TEXT_IMPORTS_NOTHING_OF_OURS = noClasses()
            .that().resideInAPackage(PDF_TEXT)
            .should().dependOnClassesThat().resideInAnyPackage(MODEL, CLIENT, SERVER)
            .because("PDF text layout is a small library both programs share; it knows no domain");

    public static final ArchRule MODEL_DOES_NOT_USE_PDF = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", PDF_TEXT)
            .because("PDF output is the programs' business; the model stays free of PDFBox");

    public static final ArchRule CLIENT_DOES_NOT_IMPORT_SERVER = noClasses()
            .that().resideInAPackage(CLIENT)
            .should().dependOnClassesThat().resideInAPackage(SERVER)
            .because("the desk talks to the server only through the sync protocol in the shared model");

    public static final ArchRule SERVER_DOES_NOT_IMPORT_CLIENT = noClasses()
            .that().resideInAPackage(SERVER)
            .should().dependOnClassesThat().resideInAPackage(CLIENT)
            .because("the server must not depend on desk code; shared rules belong in the model");

    public static final ArchRule SERVER_HAS_NO_SWING = noClasses()
            .that().resideInAPackage(SERVER)
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..")
            .because("the server runs headless");
}
