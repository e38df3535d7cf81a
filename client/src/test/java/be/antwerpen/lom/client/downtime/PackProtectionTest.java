package be.antwerpen.lom.client.downtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.appointment.Appointment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack's files that list citizens open only with the pack password (ADR 0046). */
class PackProtectionTest {

    private static final String PASSWORD = "ABCD-EFGH-JKMN-PQRS";

    @TempDir
    Path dataDir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
        QuietPdfBoxLogging.apply();
    }

    @Test
    void run_sheet_and_intake_forms_need_the_pack_password_cover_and_blank_forms_do_not() throws IOException {
        List<Appointment> day = PackTestData.day(PackTestData.NAMES.size());
        RenderedPack pack = DowntimePackRenderer.withEmbeddedFonts().render(
                PackTestData.request(day, PackTestData.range(101, 200), List.of("EID_APPLY"), 2),
                new DowntimePackFolder(dataDir).dayFolder("antwerpen", PackTestData.DAY), PackProgressListener.NONE,
                PackProtection.withPassword(PASSWORD.toCharArray()));

        for (String personal : List.of("01-run-sheet.pdf", "02-intake-forms.pdf")) {
            Path file = pack.folder().resolve(personal);
            assertThatThrownBy(() -> Loader.loadPDF(file.toFile()).close()).as(personal)
                    .isInstanceOf(InvalidPasswordException.class);
            assertThatThrownBy(() -> Loader.loadPDF(file.toFile(), "WRONG-PASSWORD").close()).as(personal)
                    .isInstanceOf(InvalidPasswordException.class);
            try (PDDocument document = Loader.loadPDF(file.toFile(), PASSWORD)) {
                assertThat(document.getEncryption().getLength()).isEqualTo(256);
                assertThat(document.getCurrentAccessPermission().canPrint()).isTrue();
                assertThat(new PDFTextStripper().getText(document)).contains(day.get(0).code());
            }
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (Appointment a : day) {
                assertThat(bytes).as(personal).doesNotContain(a.code())
                        .doesNotContain(a.citizen().nationalRegisterNumber().digits());
            }
        }
        for (String open : List.of("00-cover.pdf", "03-walk-in-forms.pdf")) {
            try (PDDocument document = Loader.loadPDF(pack.folder().resolve(open).toFile())) {
                assertThat(document.isEncrypted()).as(open).isFalse();
            }
        }
    }
}
