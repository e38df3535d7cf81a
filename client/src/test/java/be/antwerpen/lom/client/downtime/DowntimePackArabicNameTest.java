package be.antwerpen.lom.client.downtime;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.citizen.Citizen;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DowntimePackArabicNameTest {

    @TempDir
    Path dataDir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
        QuietPdfBoxLogging.apply();
    }

    @Test
    void arabic_name_is_printed_with_joined_presentation_form_glyphs() throws IOException {
        Citizen template = PackTestData.citizen(1);
        Citizen arabic = new Citizen(template.nationalRegisterNumber(), "محمد", "العلي", null, null);
        Appointment appointment = PackTestData.appointment(1, arabic, PackTestData.EID, LocalTime.of(9, 0));

        RenderedPack pack = DowntimePackRenderer.withEmbeddedFonts().render(
                PackTestData.request(List.of(appointment), PackTestData.range(1, 10), List.of("EID_APPLY"), 1),
                new DowntimePackFolder(dataDir).dayFolder("antwerpen", PackTestData.DAY));

        String glyphs = printedGlyphs(pack.file("02-intake-forms.pdf"));
        assertThat(glyphs).contains("\uFEE3", "\uFEA4", "\uFEAA", "\uFEF2").doesNotContain("\uFFFD");
        assertThat(pack.manifest().replacedCharacters()).isZero();
    }

    /** The characters of the glyphs as drawn, before PDFBox's text extraction normalises presentation forms. */
    private static String printedGlyphs(Path pdf) throws IOException {
        StringBuilder glyphs = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(position -> glyphs.append(position.getUnicode()));
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            stripper.getText(document);
        }
        return glyphs.toString();
    }
}
