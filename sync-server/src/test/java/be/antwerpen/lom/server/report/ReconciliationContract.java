package be.antwerpen.lom.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.appointment.StoredAppointment;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.serial.SerialLease;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.Http;
import be.antwerpen.lom.server.testing.SettableClock;
import be.antwerpen.lom.server.testing.TestEngine;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day-end report's offline periods, paper forms and PDF (ADR 0093), on the real server over HTTP.
 * Each test works at its own location (or day), so the reports do not see each other's desks; a test that
 * asserts the day adds up has a location of its own, since a desk of another test not heard of since that
 * test's day rightly makes the day not add up (ADR 0147).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReconciliationContract {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private String location;
    private Database db;
    private ServerComponents server;
    private SettableClock clock;
    private Javalin app;
    private Http http;
    private LocalDate day;

    abstract TestEngine engine();

    @BeforeAll
    void start(@TempDir Path tempDir) {
        engine().assumeAvailable();
        location = engine().newLocation(tempDir);
        db = engine().open(location);
        day = Fixture.openMorning("antwerpen").toLocalDate();
        clock = new SettableClock(at(day, 7, 0));
        server = new ServerComponents(db, Fixture.REFERENCE, clock, Fixture.TEST_ITERATIONS, Duration.ofHours(8));
        Set<String> all = Set.of("antwerpen", "deurne", "merksem", "wilrijk", "berchem", "borgerhout", "ekeren",
                "hoboken", "linkeroever", "berendrecht");
        server.staffAdministration().create("supervisor.report", "Supervisor", StaffRole.SUPERVISOR, all,
                Fixture.PASSWORD, true, "test");
        server.staffAdministration().create("agent.report", "Agent", StaffRole.AGENT, all, Fixture.PASSWORD, true,
                "test");
        app = server.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
        http = new Http(server.json(), app.port());
    }

    /** Logs the supervisor in at the test clock's time (the tests move the clock days ahead). */
    private String supervisor() {
        return http.post("/auth/login", new LoginRequest("supervisor.report", Fixture.PASSWORD), Map.of())
                .json().path("token").asText();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.stop();
        }
        if (db != null) {
            db.close();
            engine().drop(location);
        }
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(BRUSSELS).toInstant();
    }

    private Desk desk(String locationId, String name) {
        return new Desk(server, locationId, name, "agent.report");
    }

    private static Commands.RegisterWalkIn walkIn(String locationId, LocalDateTime arrived, String serial) {
        UUID id = UUID.randomUUID();
        return new Commands.RegisterWalkIn(id, "W" + id.toString().substring(0, 6), locationId, "EID_APPLY", arrived,
                Fixture.citizen("Marie", "Peeters"), serial == null ? AppointmentOrigin.WALK_IN
                : AppointmentOrigin.PAPER, serial);
    }

    /** Pushes the commands as they arrive at {@code arrival} (the server's clock). */
    private List<CommandReceipt> arrive(Instant arrival, Desk desk, SyncCommand... commands) {
        clock.set(arrival);
        return desk.push(commands).receipts();
    }

    private JsonNode report(String locationId, LocalDate date) {
        Http.Response response = http.get("/locations/" + locationId + "/reconciliation?date=" + date,
                Http.bearer(supervisor()));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private SerialLease lease(Desk desk, int count, Instant when) {
        clock.set(when);
        Device device = db.inTransaction(c -> server.devices().find(c, desk.id()).orElseThrow());
        return server.serialLeases().lease(device, count);
    }

    private Optional<StoredAppointment> stored(UUID id) {
        return db.inTransaction(c -> server.appointments().find(c, id));
    }

    private static String serial(SerialLease lease, int nth) {
        return lease.prefix() + "-" + String.format("%06d", lease.first() + nth - 1);
    }

    @Test
    void commands_made_offline_form_one_period_and_an_online_command_does_not_count() {
        LocalDate date = day;
        Desk desk = desk("antwerpen", "Loket 7");
        LocalDateTime walkInTime = date.atTime(9, 30);
        List<CommandReceipt> offline = arrive(at(date, 10, 10), desk,
                desk.commandAt(at(date, 9, 30), walkIn("antwerpen", walkInTime, null)),
                desk.commandAt(at(date, 9, 35), walkIn("antwerpen", walkInTime.plusMinutes(5), null)),
                desk.commandAt(at(date, 9, 40), walkIn("antwerpen", walkInTime.plusMinutes(10), null)));
        List<CommandReceipt> online = arrive(at(date, 10, 15), desk,
                desk.commandAt(at(date, 10, 15), walkIn("antwerpen", date.atTime(10, 15), null)));
        assertThat(offline).extracting(CommandReceipt::outcome).containsOnly(CommandOutcome.APPLIED);
        assertThat(online).extracting(CommandReceipt::outcome).containsOnly(CommandOutcome.APPLIED);

        JsonNode periods = report("antwerpen", date).path("offlinePeriods");

        assertThat(periods.path("available").asBoolean()).isTrue();
        assertThat(periods.path("periods")).hasSize(1);
        JsonNode period = periods.path("periods").get(0);
        assertThat(period.path("deviceId").asText()).isEqualTo(desk.id());
        assertThat(period.path("deskName").asText()).isEqualTo("Loket 7");
        assertThat(Instant.parse(period.path("from").asText())).isEqualTo(at(date, 9, 30));
        assertThat(Instant.parse(period.path("to").asText())).isEqualTo(at(date, 9, 40));
        assertThat(Instant.parse(period.path("reconnectedAt").asText())).isEqualTo(at(date, 10, 10));
        assertThat(period.path("commands").asInt()).isEqualTo(3);
        assertThat(report("antwerpen", date.plusDays(1)).path("offlinePeriods").path("periods")).isEmpty();
    }

    @Test
    void a_desk_whose_clock_is_ten_minutes_fast_reports_no_period_while_online_and_true_times_when_offline() {
        LocalDate date = Fixture.openMorning("antwerpen", 1).toLocalDate();
        Desk fast = desk("antwerpen", "Loket 8");
        Duration ahead = Duration.ofMinutes(10);
        for (int minute = 0; minute < 50; minute += 10) {
            Instant now = at(date, 9, minute);
            arrive(now.plusSeconds(1 + minute / 10), fast, fast.commandAt(now.plus(ahead),
                    walkIn("antwerpen", date.atTime(9, minute), null)));
        }

        assertThat(report("antwerpen", date).path("offlinePeriods").path("periods")).isEmpty();

        arrive(at(date, 11, 30), fast,
                fast.commandAt(at(date, 11, 0).plus(ahead), walkIn("antwerpen", date.atTime(11, 0), null)),
                fast.commandAt(at(date, 11, 5).plus(ahead), walkIn("antwerpen", date.atTime(11, 5), null)));
        JsonNode periods = report("antwerpen", date).path("offlinePeriods").path("periods");

        assertThat(periods).hasSize(1);
        assertThat(Instant.parse(periods.get(0).path("from").asText()))
                .isCloseTo(at(date, 11, 0), within(5, ChronoUnit.SECONDS));
        assertThat(Instant.parse(periods.get(0).path("to").asText()))
                .isCloseTo(at(date, 11, 5), within(5, ChronoUnit.SECONDS));
        assertThat(periods.get(0).path("commands").asInt()).isEqualTo(2);
    }

    @Test
    void two_outages_of_one_desk_are_two_periods_even_without_an_online_command_between_them() {
        LocalDate date = Fixture.openMorning("antwerpen", 2).toLocalDate();
        Desk desk = desk("antwerpen", "Loket 9");
        arrive(at(date, 8, 30), desk, desk.commandAt(at(date, 8, 30), walkIn("antwerpen", date.atTime(8, 30), null)));
        arrive(at(date, 10, 0), desk, desk.commandAt(at(date, 9, 0), walkIn("antwerpen", date.atTime(9, 0), null)));
        arrive(at(date, 12, 0), desk, desk.commandAt(at(date, 11, 0), walkIn("antwerpen", date.atTime(11, 0), null)),
                desk.commandAt(at(date, 11, 20), walkIn("antwerpen", date.atTime(11, 20), null)));

        JsonNode periods = report("antwerpen", date).path("offlinePeriods").path("periods");

        assertThat(periods).hasSize(2);
        assertThat(periods.findValuesAsText("commands")).containsExactly("1", "2");
        assertThat(Instant.parse(periods.get(1).path("reconnectedAt").asText())).isEqualTo(at(date, 12, 0));
    }

    @Test
    void forms_one_two_and_four_re_keyed_leave_form_three_missing_and_the_day_adds_up_once_it_is_re_keyed() {
        LocalDateTime start = Fixture.openMorning("deurne");
        LocalDate date = start.toLocalDate();
        Desk desk = desk("deurne", "Loket 1");
        SerialLease lease = lease(desk, 10, at(date, 7, 30));
        UUID booked = UUID.randomUUID();
        Instant now = at(date, 13, 0);
        Instant beforeOpening = at(date, 8, 0);
        assertThat(arrive(beforeOpening, desk, desk.commandAt(beforeOpening, new Commands.Book(booked, "PAP-1",
                "deurne", "EID_APPLY", start, Fixture.citizen("Jan", "Janssens"), AppointmentOrigin.COUNTER))))
                .extracting(CommandReceipt::outcome).containsOnly(CommandOutcome.APPLIED);
        List<CommandReceipt> receipts = arrive(now, desk,
                desk.commandAt(now, walkIn("deurne", date.atTime(9, 5), serial(lease, 1))),
                desk.commandAt(now, walkIn("deurne", date.atTime(9, 15), serial(lease, 2))),
                desk.commandAt(now, walkIn("deurne", date.atTime(9, 40), serial(lease, 4))),
                desk.commandAt(now, new Commands.CheckIn(booked, start.plusMinutes(1))),
                desk.commandAt(now, new Commands.MarkServed(booked, "ok", start.plusMinutes(20))));
        assertThat(receipts).extracting(CommandReceipt::outcome).containsOnly(CommandOutcome.APPLIED);

        JsonNode report = report("deurne", date);

        JsonNode paper = report.path("paperForms");
        assertThat(paper.path("available").asBoolean()).isTrue();
        assertThat(paper.path("rekeyed").asInt()).isEqualTo(4);
        assertThat(paper.path("missing")).extracting(JsonNode::asText).containsExactly(serial(lease, 3));
        assertThat(paper.path("ranges")).hasSize(1);
        JsonNode range = paper.path("ranges").get(0);
        assertThat(range.path("firstSerial").asText()).isEqualTo(serial(lease, 1));
        assertThat(range.path("lastSerial").asText()).isEqualTo(serial(lease, 10));
        assertThat(range.path("deskName").asText()).isEqualTo("Loket 1");
        assertThat(range.path("rekeyed").asInt()).isEqualTo(3);
        assertThat(range.path("highestRekeyed").asText()).isEqualTo(serial(lease, 4));
        assertThat(range.path("missing")).extracting(JsonNode::asText).containsExactly(serial(lease, 3));
        JsonNode totals = report.path("totals");
        assertThat(totals.path("booked").asInt()).isEqualTo(4);
        assertThat(totals.path("served").asInt()).isEqualTo(1);
        assertThat(totals.path("stillOpen").asInt()).isEqualTo(3);
        assertThat(totals.path("difference").asInt()).isZero();
        assertThat(totals.path("addsUp").asBoolean()).as("form 3 was handed out but not re-keyed").isFalse();
        assertThat(totals.path("reasons")).singleElement().satisfies(reason -> {
            assertThat(reason.path("code").asText()).isEqualTo("PAPER_FORMS_MISSING");
            assertThat(reason.path("parameters").path("count").asText()).isEqualTo("1");
            assertThat(reason.path("parameters").path("serials").asText()).isEqualTo(serial(lease, 3));
        });
        assertThat(report.path("byOrigin").path("PAPER").asInt()).isEqualTo(3);
        assertThat(report.path("offlinePeriods").path("periods")).isEmpty();
        Http.Response csv = http.get("/locations/deurne/reconciliation?date=" + date + "&format=csv",
                Http.bearer(supervisor()));
        assertThat(csv.text()).contains("paperForms;rekeyed;4\r\n")
                .contains("missingSerial;" + serial(lease, 3) + ";Loket 1\r\n")
                .contains("serialRange;Loket 1;" + serial(lease, 1) + ";" + serial(lease, 10) + ";")
                .doesNotContain("Peeters").doesNotContain("Janssens");
        // Excel with Belgian settings: a byte-order mark, the zone stated once, Brussels times, no ISO instants.
        assertThat(csv.text()).startsWith(SpreadsheetCsv.BOM + "report;location;deurne")
                .contains("report;timeZone;Europe/Brussels\r\n")
                .containsPattern("serialRange;Loket 1;[^\r]*;\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2};")
                .doesNotContainPattern("\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z");

        arrive(at(date, 13, 30), desk,
                desk.commandAt(at(date, 13, 30), walkIn("deurne", date.atTime(13, 25), serial(lease, 3))));
        JsonNode after = report("deurne", date).path("paperForms");
        assertThat(after.path("missing")).isEmpty();
        assertThat(after.path("rekeyed").asInt()).isEqualTo(5);
        JsonNode settled = report("deurne", date).path("totals");
        assertThat(settled.path("addsUp").asBoolean()).isTrue();
        assertThat(settled.path("reasons")).isEmpty();
    }

    @Test
    void only_serials_of_the_piles_the_days_forms_came_from_can_be_missing_not_other_products_or_earlier_packs() {
        LocalDate date = Fixture.openMorning("deurne", 3).toLocalDate();
        Desk desk = desk("deurne", "Loket 6");
        SerialLease lease = lease(desk, 100, at(date.minusDays(1), 7, 0));
        // yesterday's pack printed 1-50 and was never used; today's prints piles of ten a product from 51 on
        Instant now = at(date, 14, 0);
        List<CommandReceipt> first = arrive(now, desk,
                desk.commandAt(now, walkIn("deurne", date.atTime(9, 0), lease, 51, "EID_APPLY", 51, 60)),
                desk.commandAt(now, walkIn("deurne", date.atTime(9, 10), lease, 71, "PASSPORT", 71, 80)));
        assertThat(first).extracting(CommandReceipt::outcome).containsOnly(CommandOutcome.APPLIED);

        JsonNode report = report("deurne", date);
        assertThat(report.path("paperForms").path("missing")).as("no form of another pile or pack").isEmpty();
        assertThat(report.path("totals").path("reasons").findValuesAsText("code")).doesNotContain("PAPER_FORMS_MISSING");

        // the third form of the eID pile without the second: the second was handed out and is missing
        arrive(at(date, 14, 5), desk, desk.commandAt(at(date, 14, 5),
                walkIn("deurne", date.atTime(9, 30), lease, 53, "EID_APPLY", 51, 60)));
        assertThat(report("deurne", date).path("paperForms").path("missing")).extracting(JsonNode::asText)
                .containsExactly(serial(lease, 52));

        // a pile that does not hold its form is refused with the walk-in
        CommandReceipt wrongPile = arrive(at(date, 14, 10), desk, desk.commandAt(at(date, 14, 10),
                walkIn("deurne", date.atTime(9, 40), lease, 54, "EID_APPLY", 1, 50))).get(0);
        assertThat(wrongPile.reasonCode()).isEqualTo("paper.pileInvalid");
    }

    @Test
    void forms_keyed_without_their_pile_count_as_missing_only_between_the_days_forms_of_one_product() {
        LocalDate date = Fixture.openMorning("deurne", 4).toLocalDate();
        Desk desk = desk("deurne", "Loket 7");
        SerialLease lease = lease(desk, 40, at(date, 7, 0));
        Instant now = at(date, 14, 0);
        arrive(now, desk,
                desk.commandAt(now, walkIn("deurne", date.atTime(9, 0), lease, 2, "EID_APPLY", 0, 0)),
                desk.commandAt(now, walkIn("deurne", date.atTime(9, 10), lease, 5, "EID_APPLY", 0, 0)),
                desk.commandAt(now, walkIn("deurne", date.atTime(9, 20), lease, 21, "PASSPORT", 0, 0)));

        assertThat(report("deurne", date).path("paperForms").path("missing")).extracting(JsonNode::asText)
                .containsExactly(serial(lease, 3), serial(lease, 4));
    }

    /**
     * A paper walk-in of the {@code nth} serial of {@code lease} for {@code product}, taken from the pile of the
     * lease's serials {@code pileFirst} to {@code pileLast}, or from an unnamed pile when {@code pileFirst} is 0.
     */
    private static Commands.RegisterWalkIn walkIn(String locationId, LocalDateTime arrived, SerialLease lease, int nth,
                                                  String product, int pileFirst, int pileLast) {
        UUID id = UUID.randomUUID();
        return new Commands.RegisterWalkIn(id, serial(lease, nth), locationId, product, arrived,
                Fixture.citizen("Marie", "Peeters"), AppointmentOrigin.PAPER, serial(lease, nth), pileFirst == 0 ? null
                : new be.antwerpen.lom.model.sync.PaperPile(serial(lease, pileFirst), serial(lease, pileLast)));
    }

    @Test
    void a_re_keyed_walk_in_delivered_twice_counts_once_and_another_walk_in_with_its_serial_is_refused() {
        LocalDate date = day;
        Desk desk = desk("merksem", "Loket 1");
        SerialLease lease = lease(desk, 5, at(date, 7, 45));
        Commands.RegisterWalkIn form = walkIn("merksem", date.atTime(9, 0), serial(lease, 1));
        SyncCommand first = desk.commandAt(at(date, 9, 0), form);
        assertThat(arrive(at(date, 9, 0), desk, first).get(0).outcome()).isEqualTo(CommandOutcome.APPLIED);

        CommandReceipt again = arrive(at(date, 9, 1), desk, first).get(0);
        CommandReceipt sentAnew = arrive(at(date, 9, 2), desk, desk.commandAt(at(date, 9, 2), form)).get(0);
        Commands.RegisterWalkIn other = walkIn("merksem", date.atTime(9, 5),
                lease.prefix().toLowerCase() + "-" + lease.first());
        CommandReceipt refused = arrive(at(date, 9, 5), desk, desk.commandAt(at(date, 9, 5), other)).get(0);
        Commands.RegisterWalkIn fresh = walkIn("merksem", date.atTime(9, 6), serial(lease, 2));
        Commands.RegisterWalkIn sameBatch = walkIn("merksem", date.atTime(9, 7), serial(lease, 2));
        List<CommandReceipt> batch = arrive(at(date, 9, 7), desk, desk.commandAt(at(date, 9, 6), fresh),
                desk.commandAt(at(date, 9, 7), sameBatch));

        assertThat(again).isEqualTo(arrive(at(date, 9, 8), desk, first).get(0));
        assertThat(again.outcome()).isEqualTo(CommandOutcome.APPLIED);
        assertThat(sentAnew.outcome()).isEqualTo(CommandOutcome.APPLIED_WITH_CHANGES);
        assertThat(refused.outcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(refused.reason()).contains(serial(lease, 1)).contains("already re-keyed")
                .doesNotContain("Peeters");
        assertThat(batch).extracting(CommandReceipt::outcome)
                .containsExactly(CommandOutcome.APPLIED, CommandOutcome.REJECTED);
        assertThat(stored(other.appointmentId())).isEmpty();
        assertThat(stored(sameBatch.appointmentId())).isEmpty();
        JsonNode paper = report("merksem", date).path("paperForms");
        assertThat(paper.path("rekeyed").asInt()).isEqualTo(2);
        assertThat(paper.path("ranges").get(0).path("rekeyed").asInt()).isEqualTo(2);
        assertThat(paper.path("missing")).isEmpty();
    }

    @Test
    void the_report_as_pdf_holds_the_totals_and_every_section_over_several_numbered_pages() throws Exception {
        LocalDate date = day;
        Desk desk = desk("wilrijk", "Loket Ørsted");
        SerialLease lease = lease(desk, 20, at(date, 7, 50));
        List<SyncCommand> commands = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            commands.add(desk.commandAt(at(date, 9, 0).plusSeconds(60L * i),
                    walkIn("wilrijk", date.atTime(9, 0).plusMinutes(i), i < 3 ? serial(lease, 2 * i + 1) : null)));
        }
        arrive(at(date, 11, 0), desk, commands.toArray(SyncCommand[]::new));
        arrive(at(date, 11, 1), desk, desk.commandAt(at(date, 11, 1), walkIn("wilrijk", date.atTime(11, 1), null)));
        String query = "/locations/wilrijk/reconciliation?date=" + date;

        HttpResponse<byte[]> response = http.bytes(query + "&format=pdf", Http.bearer(supervisor()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment").contains("reconciliation-wilrijk-" + date + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(text).contains("Dagafsluiting Districtshuis Wilrijk")
                    .contains("Klopt niet:")
                    .contains("2 uitgegeven papieren formulieren zijn niet ingevoerd: " + serial(lease, 2) + ", "
                            + serial(lease, 4) + ".")
                    .contains("Nog open afspraken (71)")
                    .contains("Offline periodes per loket")
                    .contains("Loket Ørsted")
                    .contains("Papieren formulieren van deze dag ingevoerd: 3.")
                    .contains("Ontbrekende formulieren onder het hoogste ingevoerde nummer van hun reeks: 2.")
                    .contains(serial(lease, 2)).contains(serial(lease, 4))
                    .contains("Pagina 1 van " + pdf.getNumberOfPages())
                    .contains("Pagina 2 van " + pdf.getNumberOfPages())
                    .doesNotContain("Peeters");
        }
        JsonNode json = report("wilrijk", date);
        assertThat(json.path("offlinePeriods").path("periods")).hasSize(1);
        assertThat(json.path("offlinePeriods").path("periods").get(0).path("commands").asInt()).isEqualTo(70);
        Http.Response bad = http.get(query + "&format=docx", Http.bearer(supervisor()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("field").asText()).isEqualTo("format");
    }

    // --- ADR 0095: "adds up" checked against independent facts ---------------------------------------

    private String agent() {
        return http.post("/auth/login", new LoginRequest("agent.report", Fixture.PASSWORD), Map.of())
                .json().path("token").asText();
    }

    private Map<String, String> deviceHeaders(Desk desk) {
        return Http.device(agent(), desk.id(), desk.identity.deviceSecret());
    }

    /** The push body of the example in docs/sync-protocol.md ("Reporting the desk's sequence"). */
    private static String documentedExample() throws Exception {
        String doc = java.nio.file.Files.readString(Path.of("..", "docs", "sync-protocol.md"));
        int marker = doc.indexOf("<!-- example: push with deskSequence -->");
        assertThat(marker).as("the example is in docs/sync-protocol.md").isPositive();
        int start = doc.indexOf("```json", marker) + "```json".length();
        return doc.substring(start, doc.indexOf("```", start)).strip();
    }

    private static List<String> reasonCodes(JsonNode report) {
        List<String> codes = new ArrayList<>();
        report.path("totals").path("reasons").forEach(r -> codes.add(r.path("code").asText()));
        return codes;
    }

    @Test
    void a_desk_that_reports_more_commands_than_arrived_does_not_add_up_until_they_arrive() throws Exception {
        LocalDate date = Fixture.openMorning("antwerpen", 3).toLocalDate();
        clock.set(at(date, 9, 0));
        Desk desk = desk("berchem", "Loket 3");

        Http.Response example = http.post("/sync/push", documentedExample(), deviceHeaders(desk));

        assertThat(example.status()).isEqualTo(200);
        assertThat(example.json().path("lastAppliedSequence").asLong()).isEqualTo(1);
        JsonNode waiting = report("berchem", date);
        assertThat(waiting.path("totals").path("addsUp").asBoolean()).isFalse();
        assertThat(waiting.path("totals").path("reasons")).singleElement().satisfies(r -> {
            assertThat(r.path("code").asText()).isEqualTo("COMMANDS_NOT_ARRIVED");
            assertThat(r.path("parameters").path("deskName").asText()).isEqualTo("Loket 3");
            assertThat(r.path("parameters").path("reported").asText()).isEqualTo("3");
            assertThat(r.path("parameters").path("received").asText()).isEqualTo("1");
            assertThat(r.path("parameters").path("missing").asText()).isEqualTo("2");
        });
        assertThat(waiting.path("desks")).singleElement().satisfies(d -> {
            assertThat(d.path("reportedSequence").asLong()).isEqualTo(3);
            assertThat(d.path("receivedSequence").asLong()).isEqualTo(1);
            assertThat(Instant.parse(d.path("reportedAt").asText())).isEqualTo(at(date, 9, 0));
        });
        assertThat(http.get("/locations/berchem/reconciliation?date=" + date + "&format=csv",
                Http.bearer(supervisor())).text())
                .contains("reason;COMMANDS_NOT_ARRIVED;deskName=Loket 3;deviceId=" + desk.id()
                        + ";missing=2;received=1;reported=3\r\n")
                .contains("totals;addsUp;false\r\n");

        desk.command(walkIn("berchem", date.atTime(9, 0), null));
        com.fasterxml.jackson.databind.node.ObjectNode rest = server.json().createObjectNode();
        rest.putArray("commands").add(server.json().valueToTree(desk.commandAt(at(date, 9, 1),
                walkIn("berchem", date.atTime(9, 1), null)))).add(server.json().valueToTree(desk.commandAt(at(date, 9, 2),
                walkIn("berchem", date.atTime(9, 2), null))));
        rest.put("deskSequence", 3);
        assertThat(http.post("/sync/push", rest.toString(), deviceHeaders(desk)).json()
                .path("lastAppliedSequence").asLong()).isEqualTo(3);
        JsonNode arrived = report("berchem", date);
        assertThat(arrived.path("totals").path("addsUp").asBoolean()).isTrue();
        assertThat(arrived.path("totals").path("reasons")).isEmpty();

        assertThat(http.get("/sync/pull?cursor=0&deskSequence=2", deviceHeaders(desk)).status()).isEqualTo(200);
        JsonNode behind = report("berchem", date);
        assertThat(reasonCodes(behind)).containsExactly("DESK_BEHIND_SERVER");
        assertThat(http.get("/sync/pull?cursor=0&deskSequence=3", deviceHeaders(desk)).status()).isEqualTo(200);
        assertThat(report("berchem", date).path("totals").path("addsUp").asBoolean()).isTrue();

        Http.Response badQuery = http.get("/sync/pull?cursor=0&deskSequence=-1", deviceHeaders(desk));
        Http.Response badBody = http.post("/sync/push", "{\"commands\": [], \"deskSequence\": \"three\"}",
                deviceHeaders(desk));
        assertThat(List.of(badQuery.status(), badBody.status())).containsOnly(400);
        assertThat(badQuery.json().path("field").asText()).isEqualTo("deskSequence");
        assertThat(badBody.json().path("field").asText()).isEqualTo("deskSequence");
        assertThat(report("berchem", date).path("desks").get(0).path("reportedSequence").asLong()).isEqualTo(3);
    }

    // --- ADR 0147: the day adds up only with every desk heard ---------------------------------------------

    /** A push over HTTP as a desk sends it: the commands and the desk's last sequence. */
    private Http.Response pushReporting(Desk desk, long deskSequence, SyncCommand... commands) {
        com.fasterxml.jackson.databind.node.ObjectNode body = server.json().createObjectNode();
        var array = body.putArray("commands");
        for (SyncCommand command : commands) {
            array.add(server.json().valueToTree(command));
        }
        body.put("deskSequence", deskSequence);
        return http.post("/sync/push", body.toString(), deviceHeaders(desk));
    }

    private static JsonNode deskLine(JsonNode report, Desk desk) {
        for (JsonNode line : report.path("desks")) {
            if (line.path("deviceId").asText().equals(desk.id())) {
                return line;
            }
        }
        throw new AssertionError("no line for " + desk.id());
    }

    @Test
    void a_desk_silent_since_nine_makes_the_day_not_add_up_at_eleven_until_it_syncs_and_pulling_counts_as_contact()
            throws Exception {
        LocalDate date = Fixture.openMorning("hoboken").toLocalDate();
        clock.set(at(date, 9, 0));
        Desk silent = desk("hoboken", "Loket 31");
        Desk puller = desk("hoboken", "Loket 32");
        Desk reporter = desk("hoboken", "Loket 33");
        assertThat(pushReporting(silent, 1, silent.commandAt(at(date, 9, 0),
                walkIn("hoboken", date.atTime(9, 0), null))).status()).isEqualTo(200);
        assertThat(pushReporting(reporter, 0).status()).isEqualTo(200);
        JsonNode atNine = report("hoboken", date);
        assertThat(atNine.path("totals").path("addsUp").asBoolean()).as(atNine.toString()).isTrue();

        // the others keep syncing; a desk with nothing to send only pulls and reports its status
        clock.set(at(date, 10, 50));
        assertThat(http.get("/sync/pull?cursor=0&deskSequence=0", deviceHeaders(puller)).status()).isEqualTo(200);
        clock.set(at(date, 10, 55));
        Instant now = clock.instant();
        assertThat(http.post("/desks/status", new be.antwerpen.lom.model.drill.DeskStatusReport(0, now, now, now,
                "1.4.0", now, null), deviceHeaders(reporter)).status()).isEqualTo(200);
        clock.set(at(date, 11, 0));

        JsonNode atEleven = report("hoboken", date);

        assertThat(atEleven.path("totals").path("addsUp").asBoolean()).isFalse();
        assertThat(atEleven.path("totals").path("reasons")).singleElement().satisfies(r -> {
            assertThat(r.path("code").asText()).isEqualTo("DESK_NOT_SYNCED");
            assertThat(r.path("parameters").path("deskName").asText()).isEqualTo("Loket 31");
            assertThat(Instant.parse(r.path("parameters").path("lastContact").asText())).isEqualTo(at(date, 9, 0));
        });
        assertThat(deskLine(atEleven, silent).path("stale").asBoolean()).isTrue();
        assertThat(deskLine(atEleven, puller).path("stale").asBoolean()).as("a desk that only pulls").isFalse();
        assertThat(Instant.parse(deskLine(atEleven, puller).path("lastSeenAt").asText())).isEqualTo(at(date, 10, 50));
        assertThat(deskLine(atEleven, reporter).path("stale").asBoolean()).as("its status report").isFalse();
        assertThat(Instant.parse(deskLine(atEleven, reporter).path("lastSeenAt").asText()))
                .isEqualTo(at(date, 10, 55));
        assertThat(http.get("/locations/hoboken/reconciliation?date=" + date + "&format=csv",
                Http.bearer(supervisor())).text()).contains("reason;DESK_NOT_SYNCED;deskName=Loket 31;deviceId="
                + silent.id() + ";lastContact=" + date + " 09:00\r\n");
        try (PDDocument pdf = Loader.loadPDF(http.bytes("/locations/hoboken/reconciliation?date=" + date
                + "&format=pdf", Http.bearer(supervisor())).body())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Loket 31 is niet gesynchroniseerd sinds "
                            + date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 09:00");
        }

        clock.set(at(date, 11, 5));
        assertThat(http.get("/sync/pull?cursor=0&deskSequence=1", deviceHeaders(silent)).status()).isEqualTo(200);
        JsonNode synced = report("hoboken", date);
        assertThat(synced.path("totals").path("reasons")).isEmpty();
        assertThat(synced.path("totals").path("addsUp").asBoolean()).isTrue();

        // after closing: the desks that synced once more after closing and were switched off were heard for the day,
        // that evening and the next morning; the one last heard before closing was not
        Instant closing = date.atTime(new be.antwerpen.lom.model.reference.OpeningCalendar(Fixture.REFERENCE,
                "hoboken").blocksOn(date).stream().map(be.antwerpen.lom.model.location.OpeningBlock::end)
                .max(java.util.Comparator.naturalOrder()).orElseThrow()).atZone(BRUSSELS).toInstant();
        clock.set(closing.plus(Duration.ofMinutes(5)));
        assertThat(http.get("/sync/pull?cursor=0&deskSequence=0", deviceHeaders(puller)).status()).isEqualTo(200);
        assertThat(http.get("/sync/pull?cursor=0&deskSequence=0", deviceHeaders(reporter)).status()).isEqualTo(200);
        clock.set(closing.plus(Duration.ofHours(1)));
        JsonNode evening = report("hoboken", date);
        assertThat(evening.path("totals").path("reasons")).singleElement().satisfies(r -> {
            assertThat(r.path("code").asText()).isEqualTo("DESK_NOT_SYNCED");
            assertThat(r.path("parameters").path("deskName").asText()).isEqualTo("Loket 31");
        });
        assertThat(Instant.parse(evening.path("notSyncedSince").asText())).as("the closing time").isEqualTo(closing);
        clock.set(closing.plus(Duration.ofMinutes(61)));
        assertThat(http.get("/sync/pull?cursor=0&deskSequence=1", deviceHeaders(silent)).status()).isEqualTo(200);
        clock.set(date.plusDays(1).atTime(7, 0).atZone(BRUSSELS).toInstant());
        JsonNode nextMorning = report("hoboken", date);
        assertThat(nextMorning.path("totals").path("reasons")).as(nextMorning.toString()).isEmpty();
        assertThat(nextMorning.path("totals").path("addsUp").asBoolean()).isTrue();
    }

    @Test
    void a_command_made_offline_and_refused_the_next_day_counts_on_the_day_the_desk_made_it() {
        // two weeks after the other tests' day here, so their totals stay their own
        LocalDate date = Fixture.openMorning("berendrecht").toLocalDate().plusWeeks(2);
        Desk desk = desk("berendrecht", "Loket 53");
        Instant made = at(date, 16, 0);
        Instant arrived = at(date.plusDays(1), 9, 0);
        // its arrival typed three days ahead of the desk's clock: beyond the server's tolerance when it arrives
        assertThat(arrive(arrived, desk, desk.commandAt(made, walkIn("berendrecht", date.plusDays(3).atTime(9, 0),
                null)))).extracting(CommandReceipt::outcome).containsExactly(CommandOutcome.REJECTED);

        assertThat(report("berendrecht", date).path("totals").path("reasons").findValuesAsText("code"))
                .as("on the day the desk made it").contains("COMMANDS_REFUSED");
        assertThat(report("berendrecht", date.plusDays(1)).path("totals").path("reasons").findValuesAsText("code"))
                .as("not on the day it arrived").doesNotContain("COMMANDS_REFUSED");
    }

    @Test
    void a_paper_form_refused_when_it_was_keyed_days_later_counts_on_the_day_of_the_visit() {
        // a week after the other tests' day here, so their totals stay their own
        LocalDate date = Fixture.openMorning("berendrecht").toLocalDate().plusWeeks(1);
        Desk desk = desk("berendrecht", "Loket 52");
        SerialLease lease = lease(desk, 5, at(date, 7, 45));
        Instant keyed = at(date.plusDays(2), 10, 0);
        // the same form keyed twice as two walk-ins: the second is refused (paper.serialTaken)
        assertThat(arrive(keyed, desk,
                desk.commandAt(keyed, walkIn("berendrecht", date.atTime(9, 5), serial(lease, 1))),
                desk.commandAt(keyed, walkIn("berendrecht", date.atTime(9, 10), serial(lease, 1)))))
                .extracting(CommandReceipt::outcome).containsExactly(CommandOutcome.APPLIED, CommandOutcome.REJECTED);

        JsonNode visitDay = report("berendrecht", date);
        JsonNode keyingDay = report("berendrecht", date.plusDays(2));

        assertThat(visitDay.path("totals").path("reasons")).anySatisfy(r -> {
            assertThat(r.path("code").asText()).isEqualTo("COMMANDS_REFUSED");
            assertThat(r.path("parameters").path("deskName").asText()).isEqualTo("Loket 52");
            assertThat(r.path("parameters").path("count").asInt()).isEqualTo(1);
        });
        assertThat(keyingDay.path("totals").path("reasons").findValuesAsText("code"))
                .as("not on the day it was keyed").doesNotContain("COMMANDS_REFUSED");
    }

    @Test
    void a_refused_walk_in_makes_its_day_not_add_up_and_stays_counted_after_the_desk_went_on() throws Exception {
        LocalDate date = Fixture.openMorning("linkeroever").toLocalDate();
        Desk desk = desk("linkeroever", "Loket 41");
        List<CommandReceipt> receipts = arrive(at(date, 11, 0), desk,
                desk.commandAt(at(date, 10, 58), walkIn("linkeroever", date.atTime(10, 58), null)),
                // its arrival typed two days ahead: beyond the server's day of clock tolerance
                desk.commandAt(at(date, 10, 59), walkIn("linkeroever", date.plusDays(2).atTime(10, 59), null)));
        assertThat(receipts).extracting(CommandReceipt::outcome)
                .containsExactly(CommandOutcome.APPLIED, CommandOutcome.REJECTED);

        JsonNode refused = report("linkeroever", date);

        assertThat(refused.path("totals").path("booked").asInt()).as("the refused walk-in is in no total").isEqualTo(1);
        assertThat(refused.path("totals").path("difference").asInt()).isZero();
        assertThat(refused.path("totals").path("addsUp").asBoolean()).isFalse();
        assertThat(refused.path("totals").path("reasons")).singleElement().satisfies(r -> {
            assertThat(r.path("code").asText()).isEqualTo("COMMANDS_REFUSED");
            assertThat(r.path("parameters").path("deskName").asText()).isEqualTo("Loket 41");
            assertThat(r.path("parameters").path("count").asText()).isEqualTo("1");
        });
        try (PDDocument pdf = Loader.loadPDF(http.bytes("/locations/linkeroever/reconciliation?date=" + date
                + "&format=pdf", Http.bearer(supervisor())).body())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("De server weigerde 1 handelingen van Loket 41 voor deze dag");
        }
        // the desk goes on (it dismissed the refusal, or re-registered the citizen): the refusal is still counted
        arrive(at(date, 11, 30), desk, desk.commandAt(at(date, 11, 30), walkIn("linkeroever", date.atTime(11, 30),
                null)));
        assertThat(reasonCodes(report("linkeroever", date))).containsExactly("COMMANDS_REFUSED");
        // a refusal counts on the day the desk made the command, not on the next
        assertThat(reasonCodes(report("linkeroever", date.plusDays(1)))).doesNotContain("COMMANDS_REFUSED");

        // a supervisor says how the citizen was accounted for: the day adds up, and the refusal stays on the report
        JsonNode line = report("linkeroever", date).path("refusedCommands").get(0);
        assertThat(line.path("deskName").asText()).isEqualTo("Loket 41");
        assertThat(line.path("settlement").isNull()).isTrue();
        Http.Response settled = http.post("/locations/linkeroever/refused-commands/" + line.path("commandId").asText()
                + "/settlement", Map.of("outcome", "CITIZEN_CONTACTED"), Http.bearer(supervisor()));
        assertThat(settled.status()).as(settled.text()).isEqualTo(200);
        JsonNode after = report("linkeroever", date);
        assertThat(after.path("totals").path("addsUp").asBoolean()).isTrue();
        assertThat(after.path("refusedCommands")).singleElement().satisfies(r -> {
            assertThat(r.path("settlement").path("outcome").asText()).isEqualTo("CITIZEN_CONTACTED");
            assertThat(r.path("settlement").path("settledBy").asText()).isEqualTo("supervisor.report");
        });
        assertThat(http.get("/locations/linkeroever/reconciliation?date=" + date + "&format=csv",
                Http.bearer(supervisor())).text()).contains("refusedCommand;Loket 41;2;").contains("CITIZEN_CONTACTED");
    }

    @Test
    void a_desk_switched_off_keeps_its_day_open_until_a_supervisor_confirms_after_closing_that_it_was_not_used() {
        LocalDate date = Fixture.openMorning("merksem", 5).toLocalDate();
        clock.set(at(date, 8, 0));
        Desk off = desk("merksem", "Loket 71");
        Desk heard = desk("merksem", "Loket 72");
        String confirm = "/locations/merksem/desks/" + off.id() + "/not-used";
        clock.set(at(date, 11, 0));
        JsonNode atEleven = report("merksem", date);
        assertThat(reasonsOf(atEleven, off)).containsExactly("DESK_NOT_SYNCED");
        assertThat(atEleven.path("dayOver").asBoolean(true)).isFalse();
        // while the day runs no one can know: during an outage every desk falls silent
        assertThat(http.post(confirm, Map.of("date", date.toString()), Http.bearer(supervisor())).json()
                .path("code").asText()).isEqualTo("day_still_open");

        clock.set(at(date, 23, 0));
        assertThat(http.get("/sync/pull?cursor=0&deskSequence=0", deviceHeaders(heard)).status()).isEqualTo(200);
        // the web edge: who may confirm, and what
        server.staffAdministration().create("supervisor.wilrijk", "Supervisor Wilrijk", StaffRole.SUPERVISOR,
                Set.of("wilrijk"), Fixture.PASSWORD, true, "test");
        String elsewhere = http.post("/auth/login", new LoginRequest("supervisor.wilrijk", Fixture.PASSWORD),
                Map.of()).json().path("token").asText();
        assertThat(http.post(confirm, Map.of("date", date.toString()), Http.bearer(agent())).status()).isEqualTo(403);
        assertThat(http.post(confirm, Map.of("date", date.toString()), Http.bearer(elsewhere)).status())
                .isEqualTo(403);
        assertThat(http.post("/locations/wilrijk/desks/" + off.id() + "/not-used", Map.of("date", date.toString()),
                Http.bearer(supervisor())).status()).as("a desk of another location").isEqualTo(404);
        Http.Response future = http.post(confirm, Map.of("date", date.plusDays(1).toString()),
                Http.bearer(supervisor()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("field").asText()).isEqualTo("date");
        assertThat(http.post(confirm, Map.of("date", "gisteren"), Http.bearer(supervisor())).status()).isEqualTo(400);
        assertThat(http.post("/locations/merksem/desks/" + heard.id() + "/not-used", Map.of("date",
                date.toString()), Http.bearer(supervisor())).json().path("code").asText())
                .as("a desk heard of after closing").isEqualTo("desk_heard");

        Http.Response confirmed = http.post(confirm, Map.of("date", date.toString(), "confirmedBy", "agent.report"),
                Http.bearer(supervisor()));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.json().path("confirmedBy").asText()).isEqualTo("supervisor.report");
        assertThat(http.post(confirm, Map.of("date", date.toString()), Http.bearer(supervisor())).json()
                .path("code").asText()).isEqualTo("desk_already_confirmed");
        JsonNode afterWord = report("merksem", date);
        assertThat(afterWord.path("dayOver").asBoolean(false)).isTrue();
        assertThat(reasonsOf(afterWord, off)).isEmpty();
        assertThat(deskLine(afterWord, off).path("stale").asBoolean()).as("still not heard of: a fact").isTrue();
        assertThat(deskLine(afterWord, off).path("notUsed").path("confirmedBy").asText()).isEqualTo("supervisor.report");
        assertThat(http.get("/locations/merksem/reconciliation?date=" + date + "&format=csv", Http.bearer(supervisor()))
                .text()).contains("desk;Loket 71;" + date + " 08:00;not used after last contact, confirmed by"
                + " Supervisor at " + date + " 23:00");
        List<AuditEntry> audited = db.inSnapshot(c -> server.audit().search(c, "merksem", "supervisor.report", null,
                List.of(off.id()), null, null, 10));
        assertThat(audited).extracting(AuditEntry::action).containsExactly("ConfirmDeskNotUsed");

        // the desk is heard of again, later: the word was about its contact at eight; it is heard now anyway
        clock.set(at(date, 23, 30));
        assertThat(http.get("/sync/pull?cursor=0&deskSequence=0", deviceHeaders(off)).status()).isEqualTo(200);
        JsonNode later = report("merksem", date);
        assertThat(deskLine(later, off).path("stale").asBoolean()).isFalse();
        assertThat(deskLine(later, off).path("notUsed").isNull()).isTrue();
        assertThat(reasonsOf(later, off)).isEmpty();
    }

    @Test
    void revoking_a_desk_does_not_account_for_its_day_only_a_supervisors_word_does_and_a_desk_revoked_before_the_day_is_left_out() throws Exception {
        LocalDate date = Fixture.openMorning("merksem", 6).toLocalDate();
        clock.set(at(date.minusDays(1), 8, 0));
        Desk earlier = desk("merksem", "Loket 75");
        assertThat(server.enrollment().revoke(earlier.id(), "test")).isTrue();
        clock.set(at(date, 8, 0));
        Desk infected = desk("merksem", "Loket 76");
        clock.set(at(date, 9, 0));
        assertThat(http.get("/sync/pull?cursor=0&deskSequence=0", deviceHeaders(infected)).status()).isEqualTo(200);
        // at twelve IT takes the infected PC away; what it did offline since nine never reached the server
        clock.set(at(date, 12, 0));
        assertThat(server.enrollment().revoke(infected.id(), "test")).isTrue();

        clock.set(at(date, 23, 0));
        JsonNode report = report("merksem", date);
        assertThat(reasonsOf(report, infected)).containsExactly("DESK_NOT_SYNCED");
        assertThat(deskLine(report, infected).path("revoked").asBoolean()).isTrue();
        assertThat(reasonsOf(report, earlier)).as("revoked the day before: it did no work this day").isEmpty();
        try (PDDocument pdf = Loader.loadPDF(http.bytes("/locations/merksem/reconciliation?date=" + date
                + "&format=pdf", Http.bearer(supervisor())).body())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Loketten (gesynchroniseerd sinds "
                            + date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " ")
                    .contains("Loket 76 (ingetrokken) " + date.format(java.time.format.DateTimeFormatter
                            .ofPattern("dd/MM/yyyy")) + " 09:00 NIET gesynchroniseerd");
        }

        Http.Response confirmed = http.post("/locations/merksem/desks/" + infected.id() + "/not-used",
                Map.of("date", date.toString()), Http.bearer(supervisor()));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(reasonsOf(report("merksem", date), infected)).isEmpty();
    }

    @Test
    void a_desk_back_from_an_earlier_state_without_commands_it_had_reported_keeps_their_day_open_until_settled() {
        LocalDate date = Fixture.openMorning("berendrecht", 2).toLocalDate();
        clock.set(at(date, 8, 0));
        Desk desk = desk("berendrecht", "Loket 81");
        String firstStart = UUID.randomUUID().toString();
        String restored = UUID.randomUUID().toString();
        // its first run: three walk-ins arrive, and it says it made five (two still waiting to be sent)
        clock.set(at(date, 10, 0));
        assertThat(pushAs(desk, firstStart, 5, walkInNumbered(1, date), walkInNumbered(2, date),
                walkInNumbered(3, date)).status()).isEqualTo(200);
        // the PC fails; IT restores last night's copy, which knew three of them: the fourth and fifth are gone
        clock.set(at(date, 14, 0));
        assertThat(pullAs(desk, restored, 3).status()).isEqualTo(200);
        assertThat(pushAs(desk, restored, 5, walkInNumbered(4, date), walkInNumbered(5, date)).status())
                .isEqualTo(200);
        clock.set(at(date, 23, 0));
        assertThat(pullAs(desk, restored, 5).status()).isEqualTo(200);

        JsonNode report = report("berendrecht", date);
        assertThat(reasonsOf(report, desk)).containsExactly("DESK_CAME_BACK");
        assertThat(report.path("totals").path("reasons").toString()).contains("\"lost\":\"2\"")
                .contains("\"deskName\":\"Loket 81\"");
        JsonNode rewind = rewindOf(report, desk);
        assertThat(rewind.path("reportedBefore").asLong()).isEqualTo(5);
        assertThat(rewind.path("received").asLong()).isEqualTo(3);
        assertThat(http.get("/locations/berendrecht/reconciliation?date=" + date + "&format=csv",
                Http.bearer(supervisor())).text()).contains("deskCameBack;Loket 81;5;3;");

        String settle = "/locations/berendrecht/desk-rewinds/" + rewind.path("id").asText() + "/settlement";
        assertThat(http.post(settle, Map.of("outcome", "CITIZEN_CONTACTED"), Http.bearer(agent())).status())
                .isEqualTo(403);
        Http.Response settled = http.post(settle, Map.of("outcome", "CITIZEN_CONTACTED", "settledBy", "agent.report"),
                Http.bearer(supervisor()));
        assertThat(settled.status()).as(settled.text()).isEqualTo(200);
        assertThat(settled.json().path("settlement").path("settledBy").asText()).isEqualTo("supervisor.report");
        assertThat(http.post(settle, Map.of("outcome", "NOTHING_LOST"), Http.bearer(supervisor())).json()
                .path("code").asText()).isEqualTo("rewind_already_settled");
        assertThat(reasonsOf(report("berendrecht", date), desk)).isEmpty();
    }

    @Test
    void a_stopped_copy_of_a_desk_keeps_the_day_it_was_stopped_open_until_a_supervisor_settles_it() {
        LocalDate date = Fixture.openMorning("berendrecht", 4).toLocalDate();
        clock.set(at(date, 8, 0));
        Desk desk = desk("berendrecht", "Loket 83");
        String original = UUID.randomUUID().toString();
        String copy = UUID.randomUUID().toString();
        clock.set(at(date, 9, 0));
        assertThat(pushAs(desk, original, 1, walkInNumbered(1, date)).status()).isEqualTo(200);
        // the data folder was copied to a second PC, which syncs; the original then tries and is stopped, with
        // whatever it does from now on
        clock.set(at(date, 10, 0));
        assertThat(pullAs(desk, copy, 1).status()).isEqualTo(200);
        clock.set(at(date, 10, 5));
        assertThat(pullAs(desk, original, 2).json().path("code").asText()).isEqualTo("desk_active_elsewhere");
        clock.set(at(date, 23, 0));
        assertThat(pullAs(desk, copy, 1).status()).isEqualTo(200);

        JsonNode report = report("berendrecht", date);
        assertThat(reasonsOf(report, desk)).containsExactly("DESK_COPY_STOPPED");
        JsonNode stopped = rewindOf(report, desk);
        assertThat(stopped.path("kind").asText()).isEqualTo("COPY_STOPPED");
        assertThat(Instant.parse(stopped.path("detectedAt").asText())).isEqualTo(at(date, 10, 5));
        assertThat(http.get("/locations/berendrecht/reconciliation?date=" + date + "&format=csv",
                Http.bearer(supervisor())).text()).contains("deskCopyStopped;Loket 83;");

        Http.Response settled = http.post("/locations/berendrecht/desk-rewinds/" + stopped.path("id").asText()
                + "/settlement", Map.of("outcome", "ENTERED_AGAIN"), Http.bearer(supervisor()));
        assertThat(settled.status()).as(settled.text()).isEqualTo(200);
        assertThat(reasonsOf(report("berendrecht", date), desk)).isEmpty();
        assertThat(http.post("/locations/deurne/desk-rewinds/" + stopped.path("id").asText() + "/settlement",
                Map.of("outcome", "ENTERED_AGAIN"), Http.bearer(supervisor())).status())
                .as("not a loss of that location").isEqualTo(404);
    }

    @Test
    void a_desk_back_from_an_earlier_state_that_still_holds_some_of_its_reported_commands_loses_only_the_others() {
        LocalDate date = Fixture.openMorning("berendrecht", 5).toLocalDate();
        clock.set(at(date, 10, 0));
        Desk desk = desk("berendrecht", "Loket 84");
        assertThat(pushAs(desk, UUID.randomUUID().toString(), 5, walkInNumbered(1, date), walkInNumbered(2, date),
                walkInNumbered(3, date)).status()).isEqualTo(200);
        // the restored copy still holds the fourth command, waiting: only the fifth is gone
        clock.set(at(date, 14, 0));
        assertThat(pullAs(desk, UUID.randomUUID().toString(), 4).status()).isEqualTo(200);

        JsonNode rewind = rewindOf(report("berendrecht", date), desk);
        assertThat(rewind.path("reportedBefore").asLong() - rewind.path("received").asLong()).isEqualTo(1);
        assertThat(report("berendrecht", date).path("totals").path("reasons").findParents("deviceId")).filteredOn(
                p -> p.path("deviceId").asText().equals(desk.id()) && p.has("lost")).singleElement()
                .satisfies(p -> assertThat(p.path("lost").asText()).isEqualTo("1"));
    }

    @Test
    void a_request_of_a_restarted_desk_held_up_in_the_server_is_refused_but_is_no_stopped_copy() {
        LocalDate date = Fixture.openMorning("berendrecht", 6).toLocalDate();
        clock.set(at(date, 9, 0));
        Desk desk = desk("berendrecht", "Loket 85");
        String before = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        server.deskInstances().admit(desk.id(), before);
        Instant sentBeforeTheRestart = at(date, 9, 5);
        clock.set(at(date, 9, 6));
        server.deskInstances().admit(desk.id(), after);
        clock.set(at(date, 9, 7));

        assertThatThrownBy(() -> server.deskInstances().admit(desk.id(), before, sentBeforeTheRestart))
                .as("still refused").isInstanceOf(RuntimeException.class);
        clock.set(at(date, 23, 0));
        assertThat(pullAs(desk, after, 0).status()).isEqualTo(200);

        assertThat(rewindOf(report("berendrecht", date), desk).isMissingNode()).isTrue();
        assertThat(reasonsOf(report("berendrecht", date), desk)).isEmpty();
    }

    @Test
    void a_desk_back_from_an_earlier_state_that_works_before_it_syncs_is_seen_by_the_command_it_had_named() {
        LocalDate date = Fixture.openMorning("berendrecht", 7).toLocalDate();
        clock.set(at(date, 10, 0));
        Desk desk = desk("berendrecht", "Loket 86");
        SyncCommand lostFifth = walkInNumbered(5, date);
        assertThat(pushNaming(desk, UUID.randomUUID().toString(), 5, lostFifth.commandId(), walkInNumbered(1, date),
                walkInNumbered(2, date), walkInNumbered(3, date)).status()).isEqualTo(200);
        // the copy restored from last night knew three; offline, staff make two new commands under 4 and 5 before
        // it syncs: it reports five, as much as before
        clock.set(at(date, 14, 0));
        SyncCommand newFifth = walkInNumbered(5, date);
        assertThat(pushNaming(desk, UUID.randomUUID().toString(), 5, newFifth.commandId(), walkInNumbered(4, date),
                newFifth).status()).isEqualTo(200);

        JsonNode rewind = rewindOf(report("berendrecht", date), desk);
        assertThat(rewind.path("kind").asText()).isEqualTo("CAME_BACK");
        assertThat(rewind.path("reportedBefore").asLong()).isEqualTo(5);
        assertThat(rewind.path("received").asLong()).isEqualTo(3);
    }

    @Test
    void a_desk_that_sends_the_command_it_named_later_is_no_desk_back_from_an_earlier_state() {
        LocalDate date = Fixture.openMorning("berendrecht", 8).toLocalDate();
        clock.set(at(date, 10, 0));
        Desk desk = desk("berendrecht", "Loket 87");
        String run = UUID.randomUUID().toString();
        SyncCommand fifth = walkInNumbered(5, date);
        assertThat(pushNaming(desk, run, 5, fifth.commandId(), walkInNumbered(1, date), walkInNumbered(2, date),
                walkInNumbered(3, date)).status()).isEqualTo(200);
        // a restart later: the same store sends the rest
        assertThat(pushNaming(desk, UUID.randomUUID().toString(), 5, fifth.commandId(), walkInNumbered(4, date),
                fifth).status()).isEqualTo(200);

        assertThat(rewindOf(report("berendrecht", date), desk).isMissingNode()).isTrue();
    }

    private Http.Response pushNaming(Desk desk, String instance, long deskSequence, UUID commandThere,
                                     SyncCommand... commands) {
        Map<String, String> headers = new java.util.HashMap<>(deviceHeaders(desk));
        headers.put("X-Desk-Instance", instance);
        return http.post("/sync/push", Map.of("commands", List.of(commands), "deskSequence", deskSequence,
                "deskSequenceCommand", commandThere.toString()), headers);
    }

    @Test
    void one_run_of_a_desk_reporting_less_in_a_late_request_is_no_desk_back_from_an_earlier_state() {
        LocalDate date = Fixture.openMorning("berendrecht", 3).toLocalDate();
        clock.set(at(date, 10, 0));
        Desk desk = desk("berendrecht", "Loket 82");
        String run = UUID.randomUUID().toString();
        assertThat(pullAs(desk, run, 5).status()).isEqualTo(200);
        // a pull sent before the desk made its last two commands, arriving after the report of five
        assertThat(pullAs(desk, run, 3).status()).isEqualTo(200);
        assertThat(pushAs(desk, run, 5, walkInNumbered(1, date), walkInNumbered(2, date), walkInNumbered(3, date),
                walkInNumbered(4, date), walkInNumbered(5, date)).status()).isEqualTo(200);
        clock.set(at(date, 23, 0));
        assertThat(pullAs(desk, run, 5).status()).isEqualTo(200);

        JsonNode report = report("berendrecht", date);
        assertThat(rewindOf(report, desk).isMissingNode()).isTrue();
        assertThat(reasonsOf(report, desk)).isEmpty();
    }

    private static JsonNode rewindOf(JsonNode report, Desk desk) {
        for (JsonNode rewind : report.path("deskRewinds")) {
            if (rewind.path("deviceId").asText().equals(desk.id())) {
                return rewind;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** A walk-in of {@code date} as the {@code nth} command of a desk. */
    private SyncCommand walkInNumbered(int nth, LocalDate date) {
        return new SyncCommand(UUID.randomUUID(), nth, SyncCommand.CURRENT_SCHEMA_VERSION, clock.instant(),
                "agent.report", walkIn("berendrecht", date.atTime(9, nth), null));
    }

    private Http.Response pushAs(Desk desk, String instance, long deskSequence, SyncCommand... commands) {
        Map<String, String> headers = new java.util.HashMap<>(deviceHeaders(desk));
        headers.put("X-Desk-Instance", instance);
        return http.post("/sync/push", Map.of("commands", List.of(commands), "deskSequence", deskSequence), headers);
    }

    private Http.Response pullAs(Desk desk, String instance, long deskSequence) {
        Map<String, String> headers = new java.util.HashMap<>(deviceHeaders(desk));
        headers.put("X-Desk-Instance", instance);
        return http.get("/sync/pull?cursor=0&deskSequence=" + deskSequence, headers);
    }

    /** The codes of the reasons that name {@code desk}. */
    private static List<String> reasonsOf(JsonNode report, Desk desk) {
        List<String> codes = new ArrayList<>();
        report.path("totals").path("reasons").forEach(r -> {
            if (desk.id().equals(r.path("parameters").path("deviceId").asText())) {
                codes.add(r.path("code").asText());
            }
        });
        return codes;
    }

    @Test
    void a_refused_command_is_settled_once_by_a_supervisor_of_its_location_named_by_the_session_not_the_body() {
        LocalDate date = Fixture.openMorning("linkeroever").toLocalDate().plusWeeks(1);
        Desk desk = desk("linkeroever", "Loket 42");
        CommandReceipt refused = arrive(at(date, 10, 0), desk, desk.commandAt(at(date, 9, 59),
                walkIn("linkeroever", date.plusDays(2).atTime(9, 59), null))).get(0);
        CommandReceipt applied = arrive(at(date, 10, 1), desk, desk.commandAt(at(date, 10, 1),
                walkIn("linkeroever", date.atTime(10, 1), null))).get(0);
        assertThat(refused.outcome()).isEqualTo(CommandOutcome.REJECTED);
        String settlement = "/locations/linkeroever/refused-commands/" + refused.commandId() + "/settlement";
        server.staffAdministration().create("supervisor.deurne", "Supervisor Deurne", StaffRole.SUPERVISOR,
                Set.of("deurne"), Fixture.PASSWORD, true, "test");
        String elsewhere = http.post("/auth/login", new LoginRequest("supervisor.deurne", Fixture.PASSWORD), Map.of())
                .json().path("token").asText();

        assertThat(http.post(settlement, Map.of("outcome", "NOTHING_LOST"), Http.bearer(agent())).status())
                .as("an agent").isEqualTo(403);
        assertThat(http.post(settlement, Map.of("outcome", "NOTHING_LOST"), Http.bearer(elsewhere)).status())
                .as("a supervisor of another location").isEqualTo(403);
        assertThat(http.post(settlement, Map.of("outcome", "NOTHING_LOST"), Map.of()).status()).isEqualTo(401);
        Http.Response unknownOutcome = http.post(settlement, Map.of("outcome", "FORGOTTEN"), Http.bearer(supervisor()));
        assertThat(unknownOutcome.status()).as(unknownOutcome.text()).isEqualTo(400);
        assertThat(http.post(settlement, Map.of(), Http.bearer(supervisor())).json().path("field").asText())
                .isEqualTo("outcome");
        assertThat(http.post("/locations/linkeroever/refused-commands/" + applied.commandId() + "/settlement",
                Map.of("outcome", "NOTHING_LOST"), Http.bearer(supervisor())).status())
                .as("an applied command is no refusal").isEqualTo(404);
        assertThat(http.post("/locations/deurne/refused-commands/" + refused.commandId() + "/settlement",
                Map.of("outcome", "NOTHING_LOST"), Http.bearer(supervisor())).status())
                .as("a refusal of another location").isEqualTo(404);
        assertThat(reasonCodes(report("linkeroever", date))).as("nothing was settled so far")
                .containsExactly("COMMANDS_REFUSED");

        Http.Response first = http.post(settlement, Map.of("outcome", "ENTERED_AGAIN", "settledBy", "agent.report"),
                Http.bearer(supervisor()));
        Http.Response second = http.post(settlement, Map.of("outcome", "NOTHING_LOST"), Http.bearer(supervisor()));

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().path("settlement").path("settledBy").asText()).isEqualTo("supervisor.report");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("code").asText()).isEqualTo("refusal_already_settled");
        assertThat(report("linkeroever", date).path("refusedCommands")).singleElement().satisfies(r ->
                assertThat(r.path("settlement").path("outcome").asText()).isEqualTo("ENTERED_AGAIN"));
        List<AuditEntry> audited = db.inSnapshot(c -> server.audit().search(c, "linkeroever", "supervisor.report",
                null, List.of(refused.commandId().toString()), null, null, 50)).stream()
                .filter(e -> e.action().equals("SettleRefusal")).toList();
        assertThat(audited).singleElement().satisfies(e -> {
            assertThat(e.entityId()).isEqualTo(refused.commandId().toString());
            assertThat(e.detail()).contains("outcome=ENTERED_AGAIN", "sequence=1");
        });
    }

    @Test
    void an_unreadable_command_makes_the_day_not_add_up_until_its_dead_letter_is_dealt_with() {
        LocalDate date = Fixture.openMorning("berendrecht").toLocalDate();
        Desk desk = desk("berendrecht", "Loket 51");
        clock.set(at(date, 10, 0));
        com.fasterxml.jackson.databind.node.ArrayNode batch = server.json().createArrayNode();
        com.fasterxml.jackson.databind.node.ObjectNode unreadable = batch.addObject();
        unreadable.put("commandId", UUID.randomUUID().toString());
        unreadable.put("sequence", 1);
        unreadable.put("schemaVersion", SyncCommand.CURRENT_SCHEMA_VERSION);
        unreadable.put("deviceTime", at(date, 9, 59).toString());
        unreadable.put("actor", "agent.report");
        unreadable.putObject("payload").put("type", "Bogus").put("blob", "A");
        CommandReceipt receipt = desk.pushRaw(batch).receipts().get(0);
        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.CONFLICT);

        JsonNode unread = report("berendrecht", date);

        assertThat(unread.path("totals").path("booked").asInt()).isZero();
        assertThat(unread.path("totals").path("addsUp").asBoolean()).isFalse();
        assertThat(unread.path("totals").path("reasons")).singleElement().satisfies(r -> {
            assertThat(r.path("code").asText()).isEqualTo("UNREADABLE_COMMANDS");
            assertThat(r.path("parameters").path("count").asText()).isEqualTo("1");
        });

        Http.Response handled = http.post("/conflicts/" + receipt.conflictId() + "/resolve",
                new Commands.ResolveConflict(receipt.conflictId(),
                        be.antwerpen.lom.model.sync.ConflictResolution.MARK_HANDLED, "oude versie van het loket",
                        null, null), Http.bearer(supervisor()));
        assertThat(handled.status()).as(handled.text()).isEqualTo(200);
        JsonNode after = report("berendrecht", date);
        assertThat(after.path("totals").path("reasons")).isEmpty();
        assertThat(after.path("totals").path("addsUp").asBoolean()).isTrue();
    }

    @Test
    void a_record_deleted_or_changed_in_the_agenda_by_hand_makes_the_day_not_add_up() {
        // the agenda is compared with the change log, a record of its own: before, the totals compared the agenda
        // with itself and could never differ
        LocalDateTime morning = Fixture.openMorning("wilrijk", 5);
        LocalDate date = morning.toLocalDate();
        Desk desk = desk("wilrijk", "Loket 1");
        Commands.RegisterWalkIn one = walkIn("wilrijk", morning, null);
        Commands.RegisterWalkIn two = walkIn("wilrijk", morning.plusMinutes(1), null);
        Commands.RegisterWalkIn three = walkIn("wilrijk", morning.plusMinutes(2), null);
        Instant now = morning.plusMinutes(5).atZone(BRUSSELS).toInstant();
        arrive(now, desk, desk.commandAt(now, one), desk.commandAt(now, two), desk.commandAt(now, three));
        JsonNode whole = report("wilrijk", date);
        // (other tests leave paper forms of this location's desks missing: only this check's own reason counts)
        assertThat(whole.path("totals").path("difference").asInt()).isZero();
        assertThat(reasonCodes(whole)).doesNotContain("TOTALS_DIFFER");
        assertThat(whole.path("totals").path("booked").asInt()).isEqualTo(3);

        db.inTransaction(c -> Rows.update(c, "DELETE FROM appointments WHERE id = ?", one.appointmentId().toString()));
        JsonNode deleted = report("wilrijk", date);
        db.inTransaction(c -> Rows.update(c, "UPDATE appointments SET status = 'SERVED' WHERE id = ?",
                two.appointmentId().toString()));
        JsonNode changed = report("wilrijk", date);

        assertThat(deleted.path("totals").path("booked").asInt()).isEqualTo(2);
        assertThat(deleted.path("totals").path("addsUp").asBoolean()).isFalse();
        assertThat(reasonCodes(deleted)).contains("TOTALS_DIFFER");
        assertThat(deleted.path("totals").path("difference").asInt()).isEqualTo(1);
        assertThat(changed.path("totals").path("addsUp").asBoolean()).isFalse();
        assertThat(changed.path("totals").path("difference").asInt()).isEqualTo(2);
    }

    @Test
    void an_appointment_in_an_open_conflict_is_disputed_not_served_or_no_show_until_it_is_settled() {
        LocalDateTime start = Fixture.openMorning("borgerhout");
        LocalDate date = start.toLocalDate();
        clock.set(at(date, 7, 0));
        Desk one = desk("borgerhout", "Loket 11");
        Desk two = desk("borgerhout", "Loket 12");
        UUID booked = UUID.randomUUID();
        arrive(at(date, 7, 0), one, one.commandAt(at(date, 7, 0), new Commands.Book(booked, "DSP-1", "borgerhout",
                "EID_APPLY", start, Fixture.citizen("Lies", "Wouters"), AppointmentOrigin.COUNTER)));
        arrive(at(date, 9, 0), one, one.commandAt(at(date, 8, 40), new Commands.CheckIn(booked, null)),
                one.commandAt(at(date, 8, 55), new Commands.MarkServed(booked, "ok", null)));
        CommandReceipt noShow = arrive(at(date, 9, 5), two,
                two.commandAt(at(date, 8, 50), new Commands.MarkNoShow(booked, null))).get(0);
        assertThat(noShow.outcome()).isEqualTo(CommandOutcome.CONFLICT);

        JsonNode disputed = report("borgerhout", date);

        JsonNode totals = disputed.path("totals");
        assertThat(totals.path("booked").asInt()).isEqualTo(1);
        assertThat(totals.path("served").asInt()).isZero();
        assertThat(totals.path("noShow").asInt()).isZero();
        assertThat(totals.path("disputed").asInt()).isEqualTo(1);
        assertThat(totals.path("difference").asInt()).isZero();
        assertThat(totals.path("addsUp").asBoolean()).isFalse();
        assertThat(reasonCodes(disputed)).containsExactly("DISPUTED");
        assertThat(disputed.path("disputed")).singleElement()
                .satisfies(line -> assertThat(line.path("appointmentId").asText()).isEqualTo(booked.toString()));
        assertThat(disputed.path("openLines")).isEmpty();

        Http.Response settled = http.post("/conflicts/" + noShow.conflictId() + "/resolve",
                new Commands.ResolveConflict(noShow.conflictId(), be.antwerpen.lom.model.sync.ConflictResolution.KEEP_SERVER,
                        "burger werd geholpen", null, null), Http.bearer(supervisor()));
        assertThat(settled.status()).as(settled.text()).isEqualTo(200);

        JsonNode after = report("borgerhout", date);
        assertThat(after.path("totals").path("served").asInt()).isEqualTo(1);
        assertThat(after.path("totals").path("disputed").asInt()).isZero();
        assertThat(after.path("disputed")).isEmpty();
        assertThat(after.path("totals").path("addsUp").asBoolean()).isTrue();
    }

    @Test
    void one_citizen_handled_twice_at_two_desks_is_a_possible_duplicate_with_both_records_and_a_masked_number()
            throws Exception {
        LocalDateTime start = Fixture.openMorning("ekeren");
        LocalDate date = start.toLocalDate();
        clock.set(at(date, 7, 0));
        Desk one = desk("ekeren", "Loket 21");
        Desk two = desk("ekeren", "Loket 22");
        be.antwerpen.lom.model.citizen.Citizen walker = Fixture.citizen("Noor", "Claes");
        be.antwerpen.lom.model.citizen.Citizen booker = Fixture.citizen("Bram", "Smets");
        be.antwerpen.lom.model.citizen.Citizen other = Fixture.citizen("Ines", "Jacobs");
        UUID firstWalkIn = UUID.randomUUID();
        UUID secondWalkIn = UUID.randomUUID();
        UUID firstBooking = UUID.randomUUID();
        UUID secondBooking = UUID.randomUUID();
        arrive(at(date, 11, 0), one,
                one.commandAt(at(date, 9, 0), new Commands.RegisterWalkIn(firstWalkIn, "W101", "ekeren", "EID_APPLY",
                        date.atTime(9, 0), walker, AppointmentOrigin.WALK_IN, null)),
                one.commandAt(at(date, 7, 1), new Commands.Book(firstBooking, "DUP-1", "ekeren", "EID_APPLY", start,
                        booker, AppointmentOrigin.COUNTER)),
                one.commandAt(at(date, 7, 2), new Commands.Book(UUID.randomUUID(), "DUP-3", "ekeren", "EID_APPLY",
                        start, other, AppointmentOrigin.COUNTER)));
        arrive(at(date, 11, 1), two,
                two.commandAt(at(date, 9, 10), new Commands.RegisterWalkIn(secondWalkIn, "W201", "ekeren",
                        "PASSPORT", date.atTime(9, 10), walker, AppointmentOrigin.WALK_IN, null)),
                two.commandAt(at(date, 7, 11), new Commands.Book(secondBooking, "DUP-2", "ekeren", "EID_APPLY",
                        start.plusMinutes(30), booker, AppointmentOrigin.COUNTER)));

        JsonNode report = report("ekeren", date);

        assertThat(report.path("totals").path("booked").asInt()).isEqualTo(5);
        assertThat(report.path("totals").path("addsUp").asBoolean()).isFalse();
        assertThat(report.path("totals").path("reasons")).singleElement().satisfies(r -> {
            assertThat(r.path("code").asText()).isEqualTo("POSSIBLE_DUPLICATES");
            assertThat(r.path("parameters").path("count").asText()).isEqualTo("2");
            assertThat(r.path("parameters").path("extraRecords").asText()).isEqualTo("2");
        });
        JsonNode duplicates = report.path("possibleDuplicates");
        assertThat(duplicates).hasSize(2);
        JsonNode walkIns = find(duplicates, "WALK_IN_TWICE");
        assertThat(walkIns.path("maskedRegisterNumber").asText())
                .isEqualTo(walker.nationalRegisterNumber().masked());
        assertThat(walkIns.path("records")).extracting(r -> r.path("appointmentId").asText())
                .containsExactly(firstWalkIn.toString(), secondWalkIn.toString());
        assertThat(walkIns.path("records")).extracting(r -> r.path("deskName").asText())
                .containsExactly("Loket 21", "Loket 22");
        JsonNode sameProduct = find(duplicates, "SAME_PRODUCT_TWICE");
        assertThat(sameProduct.path("records")).extracting(r -> r.path("code").asText())
                .containsExactly("DUP-1", "DUP-2");
        String csv = http.get("/locations/ekeren/reconciliation?date=" + date + "&format=csv",
                Http.bearer(supervisor())).text();
        assertThat(csv).contains("possibleDuplicate;" + walker.nationalRegisterNumber().masked() + ";WALK_IN_TWICE;W101;").contains(";DUP-2;ekeren;")
                .doesNotContain(walker.nationalRegisterNumber().digits()).doesNotContain(booker.nationalRegisterNumber().digits())
                .doesNotContain("Claes").doesNotContain("Smets");
        HttpResponse<byte[]> pdf = http.bytes("/locations/ekeren/reconciliation?date=" + date + "&format=pdf",
                Http.bearer(supervisor()));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Mogelijke dubbele registraties (2)")
                    .contains("2 burgers werden mogelijk twee keer geholpen of geboekt")
                    .doesNotContain(walker.nationalRegisterNumber().digits()).doesNotContain("Claes");
        }

        Http.Response cancelled = http.post("/appointments/" + secondBooking + "/cancel",
                Map.of("reason", "dubbel geboekt"), Http.bearer(supervisor()));
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        JsonNode after = report("ekeren", date);
        assertThat(after.path("possibleDuplicates")).singleElement()
                .satisfies(p -> assertThat(p.path("rule").asText()).isEqualTo("WALK_IN_TWICE"));
        assertThat(after.path("totals").path("addsUp").asBoolean()).isFalse();
    }

    private static JsonNode find(JsonNode duplicates, String rule) {
        for (JsonNode d : duplicates) {
            if (d.path("rule").asText().equals(rule)) {
                return d;
            }
        }
        throw new AssertionError("no possible duplicate by the rule " + rule);
    }
}
