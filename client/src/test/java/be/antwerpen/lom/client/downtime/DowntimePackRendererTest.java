package be.antwerpen.lom.client.downtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.store.PrivateModes;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class DowntimePackRendererTest {

    private static final DowntimePackRenderer RENDERER = DowntimePackRenderer.withEmbeddedFonts();

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @TempDir
    Path dataDir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
        QuietPdfBoxLogging.apply();
    }

    @BeforeEach
    void captureLogs() {
        logs.start();
        rootLogger().addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        rootLogger().detachAppender(logs);
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private Path target() {
        return new DowntimePackFolder(dataDir).dayFolder("antwerpen", PackTestData.DAY);
    }

    private static List<Appointment> eightNamesInManyScripts() {
        return PackTestData.day(PackTestData.NAMES.size());
    }

    @Test
    void writes_four_pdfs_and_a_manifest_into_the_day_folder() throws IOException {
        RenderedPack pack = RENDERER.render(PackTestData.request(eightNamesInManyScripts(), PackTestData.range(101, 200),
                List.of("EID_APPLY", "ADDRESS_CHANGE"), 3), target());

        assertThat(pack.folder()).isEqualTo(dataDir.resolve("downtime-pack/antwerpen/2026-12-12"));
        try (var files = Files.list(pack.folder())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "00-cover.pdf", "01-run-sheet.pdf", "02-intake-forms.pdf", "03-walk-in-forms.pdf", "pack.json");
        }
        PackManifest manifest = new DowntimePackFolder(dataDir).forDay("antwerpen", PackTestData.DAY).orElseThrow().manifest();
        assertThat(manifest.day()).isEqualTo(PackTestData.DAY);
        assertThat(manifest.generatedAt()).isEqualTo(PackTestData.GENERATED_AT);
        assertThat(manifest.dataAsOf()).isEqualTo(PackTestData.DATA_AS_OF);
        assertThat(manifest.locationId()).isEqualTo("antwerpen");
        assertThat(manifest.serialsIssued()).containsExactly("ANT1-W-000101", "ANT1-W-000102", "ANT1-W-000103",
                "ANT1-W-000104", "ANT1-W-000105", "ANT1-W-000106");
        assertThat(manifest.walkInForms()).extracting(PackManifest.WalkInEntry::productCode)
                .containsExactly("EID_APPLY", "EID_APPLY", "EID_APPLY", "ADDRESS_CHANGE", "ADDRESS_CHANGE", "ADDRESS_CHANGE");
        assertThat(manifest.appointmentCodes()).containsExactly("AP0000-K", "AP0001-K", "AP0002-K", "AP0003-K",
                "AP0004-K", "AP0005-K", "AP0006-K", "AP0007-K");
        assertThat(manifest.files()).extracting(PackManifest.PackFile::name, PackManifest.PackFile::pages).containsExactly(
                org.assertj.core.groups.Tuple.tuple("00-cover.pdf", 1),
                org.assertj.core.groups.Tuple.tuple("01-run-sheet.pdf", 1),
                org.assertj.core.groups.Tuple.tuple("02-intake-forms.pdf", 8),
                org.assertj.core.groups.Tuple.tuple("03-walk-in-forms.pdf", 6));
        assertThat(PdfFiles.pages(pack.file("02-intake-forms.pdf"))).isEqualTo(8);
        assertThat(PdfFiles.pages(pack.file("03-walk-in-forms.pdf"))).isEqualTo(6);
        assertThat(manifest.replacedCharacters()).isZero();
    }

    @Test
    void cover_states_location_day_data_age_usage_and_the_serials_the_desk_holds() throws IOException {
        RenderedPack pack = RENDERER.render(PackTestData.request(eightNamesInManyScripts(), PackTestData.range(101, 200),
                List.of("EID_APPLY", "ADDRESS_CHANGE"), 3), target());

        String cover = PdfFiles.text(pack.file("00-cover.pdf"));
        assertThat(cover).contains("Districtshuis Antwerpen", "Loket 1", "zaterdag 12 december 2026",
                "11/12/2026 om 19:45", "STAND VAN DE GEGEVENS", "11/12/2026 om 19:42", "Zo gebruikt u dit pakket",
                "ANT1-W-000101 .. ANT1-W-000200 (100 nummers)", "ANT1-W-000101 .. ANT1-W-000103 (3)",
                "ANT1-W-000104 .. ANT1-W-000106 (3)", "8 afspraken (1 pagina)", "8 formulieren, één per afspraak (8 pagina's)", "6 formulieren zonder afspraak (6 pagina's)");
    }

    @Test
    void run_sheet_and_intake_forms_print_names_in_every_script_dejavu_covers() throws IOException {
        RenderedPack pack = RENDERER.render(PackTestData.request(eightNamesInManyScripts(), PackTestData.range(1, 10),
                List.of(), 0), target());

        String runSheet = PdfFiles.text(pack.file("01-run-sheet.pdf"));
        String intake = PdfFiles.text(pack.file("02-intake-forms.pdf"));
        for (String[] name : PackTestData.NAMES) {
            assertThat(runSheet).contains(name[1] + ", " + name[0]);
            assertThat(intake).contains(name[0], name[1]);
        }
        assertThat(runSheet).contains("Şükrü", "Yılmaz", "Łucja", "Wójcik", "Nguyễn", "Thị Hương", "Αθανάσιος",
                "Людмила", "Aangekomen", "Geholpen", "opgedaagd", "AP0003-K", "Reispas aanvragen", "08:30");
        assertThat(pack.manifest().replacedCharacters()).isZero();
    }

    @Test
    void intake_form_masks_the_register_number_unless_the_product_shows_it_in_full() throws IOException {
        Citizen citizen = new Citizen(PackTestData.registerNumber(LocalDate.of(1985, 7, 30), 33), "Şükrü", "Yılmaz",
                null, null);
        Citizen young = new Citizen(PackTestData.registerNumber(LocalDate.of(2004, 2, 29), 122), "Łucja", "Wójcik",
                null, null);
        List<Appointment> appointments = List.of(
                PackTestData.appointment(1, citizen, PackTestData.EID, LocalTime.of(9, 0)),
                PackTestData.appointment(2, young, PackTestData.PASSPORT, LocalTime.of(9, 10)));

        RenderedPack pack = RENDERER.render(PackTestData.request(appointments, PackTestData.range(1, 10), List.of(), 0),
                target());

        try (PDDocument document = Loader.loadPDF(pack.file("02-intake-forms.pdf").toFile())) {
            String masked = PdfFiles.pageText(document, 1);
            assertThat(masked).contains("85.07.30-***.**", "Elektronische identiteitskaart aanvragen",
                    "Oude identiteitskaart innemen", "Handtekening burger", "Code AP0001-K");
            assertThat(masked).doesNotContain(citizen.nationalRegisterNumber().formatted())
                    .doesNotContain(citizen.nationalRegisterNumber().digits());
            String full = PdfFiles.pageText(document, 2);
            assertThat(full).contains(young.nationalRegisterNumber().formatted(), "Reispas aanvragen", "29/02/2004");
        }
        String allText = PdfFiles.text(pack.file("01-run-sheet.pdf")) + PdfFiles.text(pack.file("00-cover.pdf"));
        assertThat(allText).doesNotContain(citizen.nationalRegisterNumber().digits(), "85.07.30");
        String manifest = Files.readString(pack.file("pack.json"));
        assertThat(manifest).doesNotContain(citizen.nationalRegisterNumber().digits(), "Yılmaz", "Wójcik",
                young.nationalRegisterNumber().digits());
    }

    @Test
    void every_qr_code_identifies_its_appointment_or_its_blank_form_serial() throws IOException {
        List<Appointment> appointments = PackTestData.day(5);
        RenderedPack pack = RENDERER.render(PackTestData.request(appointments, PackTestData.range(101, 200),
                List.of("EID_APPLY", "CERTIFICATE"), 2), target());

        try (PDDocument intake = Loader.loadPDF(pack.file("02-intake-forms.pdf").toFile())) {
            for (int page = 0; page < appointments.size(); page++) {
                QrPayload payload = QrPayload.parse(PdfFiles.decodeQrInTopRightCorner(intake, page));
                Appointment expected = appointments.get(page);
                assertThat(payload).isEqualTo(new AppointmentFormPayload(expected.id(), expected.code()));
                assertThat(PdfFiles.pageText(intake, page + 1)).contains(expected.code());
            }
        }
        try (PDDocument walkIns = Loader.loadPDF(pack.file("03-walk-in-forms.pdf").toFile())) {
            List<String> serials = List.of("ANT1-W-000101", "ANT1-W-000102", "ANT1-W-000103", "ANT1-W-000104");
            assertThat(walkIns.getNumberOfPages()).isEqualTo(serials.size());
            for (int page = 0; page < serials.size(); page++) {
                QrPayload payload = QrPayload.parse(PdfFiles.decodeQrInTopRightCorner(walkIns, page));
                assertThat(payload).isEqualTo(new WalkInFormPayload(serials.get(page)));
                assertThat(PdfFiles.pageText(walkIns, page + 1)).contains(serials.get(page),
                        page < 2 ? "Elektronische identiteitskaart aanvragen" : "Attest bevolking");
            }
        }
    }

    @Test
    void run_sheet_of_a_busy_day_breaks_pages_and_repeats_the_headings() throws IOException {
        List<Appointment> appointments = PackTestData.day(400);
        RenderedPack pack = RENDERER.render(PackTestData.request(appointments, PackTestData.range(101, 200),
                List.of("EID_APPLY", "PASSPORT", "ADDRESS_CHANGE", "DRIVING_LICENCE", "CERTIFICATE"), 20), target());

        int expectedPages = (400 + RunSheetWriter.rowsPerPage() - 1) / RunSheetWriter.rowsPerPage();
        assertThat(expectedPages).isGreaterThan(10);
        try (PDDocument runSheet = Loader.loadPDF(pack.file("01-run-sheet.pdf").toFile())) {
            assertThat(runSheet.getNumberOfPages()).isEqualTo(expectedPages);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= expectedPages; page++) {
                String text = PdfFiles.pageText(runSheet, page);
                assertThat(text).contains("Afsprakenlijst (400 afspraken)", "Burger", "Aangekomen", "Geholpen",
                        "opgedaagd", "aankomst", "Stand van de gegevens: 11/12/2026 om 19:42",
                        "Pagina " + page + " van " + expectedPages);
                all.append(text);
            }
            for (Appointment appointment : appointments) {
                assertThat(all).contains(appointment.code());
            }
        }
        assertThat(PdfFiles.pages(pack.file("02-intake-forms.pdf"))).isEqualTo(400);
        assertThat(PdfFiles.pages(pack.file("03-walk-in-forms.pdf"))).isEqualTo(100);
        assertThat(pack.manifest().serialsIssued()).hasSize(100).doesNotHaveDuplicates()
                .allMatch(PackTestData.range(101, 200)::contains);
    }

    @Test
    void cancelled_appointments_are_left_out_and_the_rest_is_in_time_order() throws IOException {
        List<Appointment> appointments = new ArrayList<>(PackTestData.day(3));
        Appointment cancelled = appointments.remove(1).withStatus(AppointmentStatus.CANCELLED);
        appointments.add(cancelled);
        java.util.Collections.reverse(appointments);

        RenderedPack pack = RENDERER.render(PackTestData.request(appointments, PackTestData.range(1, 10), List.of(), 0),
                target());

        assertThat(pack.manifest().appointmentCodes()).containsExactly("AP0000-K", "AP0002-K");
        assertThat(PdfFiles.text(pack.file("01-run-sheet.pdf"))).doesNotContain(cancelled.code());
        assertThat(PdfFiles.pages(pack.file("02-intake-forms.pdf"))).isEqualTo(2);
    }

    @Test
    void refuses_to_render_when_the_serial_range_is_too_small_and_writes_nothing() {
        DowntimePackRequest request = PackTestData.request(PackTestData.day(2), PackTestData.range(101, 110),
                List.of("EID_APPLY", "PASSPORT"), 6);

        assertThatThrownBy(() -> RENDERER.render(request, target()))
                .isInstanceOf(SerialRangeTooSmallException.class)
                .hasMessageContaining("holds 10 serials but the pack needs 12");
        assertThat(target()).doesNotExist();
    }

    @Test
    void a_failure_midway_keeps_the_previous_pack_and_leaves_no_staging_folder() throws IOException {
        RenderedPack previous = RENDERER.render(PackTestData.request(PackTestData.day(2), PackTestData.range(1, 10),
                List.of(), 0), target());
        byte[] previousRunSheet = Files.readAllBytes(previous.file("01-run-sheet.pdf"));
        List<PackPartWriter> parts = new ArrayList<>(DowntimePackRenderer.standardParts());
        parts.add(2, new FailingPart());
        DowntimePackRenderer failing = new DowntimePackRenderer(PackFontFiles.fromClasspath(), parts);

        assertThatThrownBy(() -> failing.render(PackTestData.request(PackTestData.day(5), PackTestData.range(1, 10),
                List.of(), 0), target()))
                .isInstanceOf(DowntimePackException.class)
                .hasMessageContaining("previous pack is kept");

        assertThat(Files.readAllBytes(target().resolve("01-run-sheet.pdf"))).isEqualTo(previousRunSheet);
        assertThat(new DowntimePackFolder(dataDir).forDay("antwerpen", PackTestData.DAY).orElseThrow()
                .manifest().appointmentCodes()).hasSize(2);
        try (var siblings = Files.list(target().getParent())) {
            assertThat(siblings).containsExactly(target());
        }
    }

    @Test
    void a_new_pack_replaces_the_previous_one_of_the_same_day_without_left_overs() throws IOException {
        RENDERER.render(PackTestData.request(PackTestData.day(2), PackTestData.range(1, 10), List.of(), 0), target());

        RenderedPack second = RENDERER.render(PackTestData.request(PackTestData.day(5), PackTestData.range(1, 10),
                List.of("CERTIFICATE"), 2), target());

        assertThat(new DowntimePackFolder(dataDir).forDay("antwerpen", PackTestData.DAY).orElseThrow().manifest())
                .isEqualTo(second.manifest());
        assertThat(PdfFiles.pages(target().resolve("02-intake-forms.pdf"))).isEqualTo(5);
        try (var siblings = Files.list(target().getParent())) {
            assertThat(siblings).containsExactly(target());
        }
    }

    @Test
    void the_pack_its_parent_folders_and_its_files_are_private_to_the_user_from_the_first_byte() throws IOException {
        PrivateModes.assumePosix();
        List<String> seenWhileWriting = new ArrayList<>();
        PackProgressListener inspectStaging = (file, done, total) -> {
            try (var siblings = Files.list(target().getParent())) {
                // The parts are reported while in the staging folder, the manifest once published.
                Path folder = siblings.filter(p -> p.getFileName().toString().contains(".staging-")).findFirst()
                        .orElse(target());
                seenWhileWriting.add(PrivateModes.mode(folder) + " " + PrivateModes.mode(folder.resolve(file)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };

        RENDERER.render(PackTestData.request(PackTestData.day(2), PackTestData.range(1, 10), List.of(), 0), target(),
                inspectStaging);
        RENDERER.render(PackTestData.request(PackTestData.day(3), PackTestData.range(1, 10), List.of(), 0), target());

        assertThat(seenWhileWriting).hasSize(5).containsOnly("rwx------ rw-------");
        assertThat(PrivateModes.assertAllPrivate(dataDir.resolve(DowntimePackFolder.FOLDER_NAME))).isEqualTo(5);
    }

    @Test
    void characters_the_font_lacks_print_as_a_replacement_mark_instead_of_failing() throws IOException {
        Citizen chinese = new Citizen(null, "小明", "王", null, null);
        Citizen arabic = new Citizen(PackTestData.registerNumber(LocalDate.of(1990, 3, 3), 45), "محمد", "Benali",
                null, null);
        List<Appointment> appointments = List.of(
                PackTestData.appointment(1, chinese, PackTestData.CERTIFICATE, LocalTime.of(9, 0)),
                PackTestData.appointment(2, arabic, PackTestData.CERTIFICATE, LocalTime.of(9, 10)));

        RenderedPack pack = RENDERER.render(PackTestData.request(appointments, PackTestData.range(1, 10), List.of(), 0),
                target());

        // three CJK characters, printed on the run sheet and twice (given + family name) on the intake form
        assertThat(pack.manifest().replacedCharacters()).isEqualTo(6);
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(message -> message.contains("6 characters had no glyph"))
                .noneMatch(message -> message.contains("王") || message.contains("小明") || message.contains("Benali")
                        || message.contains("محمد") || message.contains(arabic.nationalRegisterNumber().digits()));
        String runSheet = PdfFiles.text(pack.file("01-run-sheet.pdf"));
        assertThat(runSheet).contains("\uFFFD, \uFFFD\uFFFD", "Benali", "AP0001-K");
        assertThat(PdfFiles.text(pack.file("02-intake-forms.pdf"))).contains("niet gekend");
    }

    @Test
    void a_long_checklist_stays_on_one_page_and_says_how_many_items_were_left_out() throws IOException {
        List<String> checklist = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            checklist.add("Controlepunt nummer " + i + " met een uitleg die lang genoeg is om te tellen");
        }
        be.antwerpen.lom.model.product.Product longList = PackTestData.product("LONG_LIST", "Huwelijksdossier", false,
                checklist);
        List<be.antwerpen.lom.model.product.Product> products = new ArrayList<>(PackTestData.PRODUCTS);
        products.add(longList);
        DowntimePackRequest request = new DowntimePackRequest(PackTestData.ANTWERPEN, "Loket 1", PackTestData.DAY,
                PackTestData.GENERATED_AT, PackTestData.DATA_AS_OF,
                List.of(PackTestData.appointment(1, PackTestData.citizen(1), longList, LocalTime.of(10, 0))), products,
                PackTestData.range(1, 10), List.of("LONG_LIST"), 1);

        RenderedPack pack = RENDERER.render(request, target());

        assertThat(PdfFiles.pages(pack.file("02-intake-forms.pdf"))).isEqualTo(1);
        String intake = PdfFiles.text(pack.file("02-intake-forms.pdf"));
        assertThat(intake).contains("Controlepunt nummer 1 ", "punten meer: zie de productinformatie",
                "Handtekening burger").doesNotContain("Controlepunt nummer 25 ");
        assertThat(PdfFiles.text(pack.file("03-walk-in-forms.pdf"))).contains("punten meer", "Handtekening medewerker");
    }

    private static final class FailingPart implements PackPartWriter {

        @Override
        public String fileName() {
            return "99-broken.pdf";
        }

        @Override
        public String title() {
            return "broken";
        }

        @Override
        public void write(PackPlan plan, PackDocument document) throws IOException {
            document.newPage(PackDocument.PORTRAIT);
            throw new IOException("disk full (simulated)");
        }
    }

}
