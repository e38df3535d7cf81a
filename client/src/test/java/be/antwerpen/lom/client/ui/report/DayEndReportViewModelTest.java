package be.antwerpen.lom.client.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.supervisor.AtomicFileWriter;
import be.antwerpen.lom.client.supervisor.DayEndReports;
import be.antwerpen.lom.client.supervisor.ReportFormat;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.testing.PushingDesk;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.SupervisorAccess;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.report.ReconciliationReport;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ProtocolJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day-end report view model against the real server, in-process (no Swing). */
class DayEndReportViewModelTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @TempDir
    Path dir;

    private RealServer server;
    private DayEndReportViewModel model;
    private LocalDate day;
    private final List<UUID> booked = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new RealServer(Files.createDirectories(dir.resolve("server")));
        server.start();
        String token = SupervisorAccess.supervisorToken(server);
        model = new DayEndReportViewModel(new DayEndReports(SupervisorAccess.api(server, token),
                new ServerCalls(ProtocolJson.newMapper())), new AtomicFileWriter(), List.of("antwerpen"),
                () -> LocalDate.now(BRUSSELS), BRUSSELS, new Messages(Messages.DUTCH_BELGIUM),
                new BackgroundTasks(Runnable::run, Runnable::run));
        seedDay();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Six appointments on one open day: one served, one no-show, one cancelled, one checked in, two booked. */
    private void seedDay() {
        LocalDate from = LocalDate.now(BRUSSELS).plusDays(7);
        List<Slot> slots = server.components.engine().proximity(new ProximityQuery("antwerpen", "EID_APPLY", from,
                from.plusDays(14)), List.of());
        day = slots.get(0).start().toLocalDate();
        List<Slot> onDay = slots.stream().filter(s -> s.start().toLocalDate().equals(day)).limit(6).toList();
        assertThat(onDay).hasSize(6);
        PushingDesk desk = new PushingDesk(server, RealServer.ENROLL_CODE);
        List<Commands.Book> books = new ArrayList<>();
        for (int i = 0; i < onDay.size(); i++) {
            UUID id = UUID.randomUUID();
            booked.add(id);
            books.add(new Commands.Book(id, "R" + i, "antwerpen", "EID_APPLY", onDay.get(i).start(),
                    TestAppointments.distinctCitizen(100 + i, "An", "Peeters"), AppointmentOrigin.COUNTER));
        }
        assertThat(desk.push(books.toArray(new Commands.Book[0])).receipts())
                .allMatch(r -> r.outcome() == CommandOutcome.APPLIED);
        assertThat(desk.push(
                new Commands.CheckIn(booked.get(0), null), new Commands.MarkServed(booked.get(0), "klaar", null),
                new Commands.CheckIn(booked.get(1), null), new Commands.MarkNoShow(booked.get(1), null),
                new Commands.Cancel(booked.get(2), "burger belde af", null),
                new Commands.CheckIn(booked.get(3), null)).receipts())
                .allMatch(r -> r.outcome() == CommandOutcome.APPLIED);
    }

    private List<Appointment> serverDay() {
        return server.components.db().inSnapshot(c -> server.components.appointments().atLocation(c, "antwerpen",
                day.atStartOfDay(), day.plusDays(1).atStartOfDay()));
    }

    private long onServer(AppointmentStatus... statuses) {
        List<AppointmentStatus> wanted = List.of(statuses);
        return serverDay().stream().filter(a -> wanted.contains(a.status())).count();
    }

    private String date() {
        return day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
    }

    @Test
    void the_loaded_report_has_the_totals_of_the_servers_data_for_the_day() {
        model.load("antwerpen", date(), "");

        ReconciliationReport report = model.report().orElseThrow();
        ReconciliationReport.Totals totals = report.totals();
        assertThat(totals.booked()).isEqualTo(serverDay().size()).isEqualTo(6);
        assertThat(totals.served()).isEqualTo(onServer(AppointmentStatus.SERVED)).isEqualTo(1);
        assertThat(totals.noShow()).isEqualTo(onServer(AppointmentStatus.NO_SHOW)).isEqualTo(1);
        assertThat(totals.cancelled()).isEqualTo(onServer(AppointmentStatus.CANCELLED)).isEqualTo(1);
        assertThat(totals.stillOpen()).isEqualTo(onServer(AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN,
                AppointmentStatus.CALLED, AppointmentStatus.IN_SERVICE)).isEqualTo(3);
        assertThat(report.openLines()).extracting(ReconciliationReport.AppointmentLine::appointmentId)
                .containsExactlyInAnyOrder(booked.get(3).toString(), booked.get(4).toString(),
                        booked.get(5).toString());
        assertThat(model.totals()).isEqualTo("Geboekt 6 = geholpen 1 + niet opgedaagd 1 + geannuleerd 1 + nog open 3");
        assertThat(model.addsUp()).isTrue();
        assertThat(model.statement()).startsWith("Klopt:");
        assertThat(model.notice()).isEmpty();
        assertThat(model.dateError()).isEmpty();
    }

    @Test
    void the_sections_show_open_lines_desks_and_each_sections_state_without_personal_data() {
        model.load("antwerpen", date(), "16:00");

        ReconciliationReport report = model.report().orElseThrow();
        String html = new ReportSections(new Messages(Messages.DUTCH_BELGIUM), BRUSSELS, "#a4000f").html(report);
        assertThat(html).contains("Nog open afspraken (3)").contains("R3").contains("R4").contains("R5")
                .contains("Loket 1").contains("Offline periodes per loket").contains("Papieren formulieren")
                .doesNotContain("Peeters").doesNotContain(TestAppointments.VALID_NRN);
        if (!report.paperForms().available()) {
            assertThat(html).contains("Niet beschikbaar: " + ReportSections.escape(report.paperForms().reason()));
        }
        assertThat(report.notSyncedSince()).isEqualTo(day.atTime(16, 0).atZone(BRUSSELS).toInstant());
    }

    @Test
    void commands_a_desk_made_offline_today_show_as_its_offline_period() {
        // two commands made about 10 minutes ago, one second apart and on one day (also just after midnight)
        Instant first = Instant.now().minus(Duration.ofMinutes(10));
        Instant next = first.plusSeconds(1);
        if (!LocalDate.ofInstant(next, BRUSSELS).equals(LocalDate.ofInstant(first, BRUSSELS))) {
            next = first;
            first = first.minusSeconds(1);
        }
        LocalDate today = LocalDate.ofInstant(first, BRUSSELS);
        PushingDesk second = new PushingDesk(server, RealServer.SECOND_DESK_CODE);
        List<Slot> slots = server.components.engine().proximity(new ProximityQuery("antwerpen", "EID_APPLY",
                day.plusDays(1), day.plusDays(21)), List.of());
        assertThat(second.pushMadeAt(first, book("OFF-1", slots.get(0))).receipts()
                .get(0).outcome()).isEqualTo(CommandOutcome.APPLIED);
        second.pushMadeAt(next, book("OFF-2", slots.get(1)));
        second.push(book("ON-1", slots.get(2)));

        model.load("antwerpen", today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), "");

        ReconciliationReport.OfflinePeriods offline = model.report().orElseThrow().offlinePeriods();
        assertThat(offline.available()).isTrue();
        assertThat(offline.periods()).singleElement().satisfies(p -> {
            assertThat(p.deskName()).isEqualTo("Loket 2");
            assertThat(p.commands()).isEqualTo(2);
        });
        String html = new ReportSections(new Messages(Messages.DUTCH_BELGIUM), BRUSSELS, "#a4000f")
                .html(model.report().orElseThrow());
        assertThat(html).contains("Loket 2: van ").contains(", 2 opdrachten (bij de server om ");
    }

    private static Commands.Book book(String code, Slot slot) {
        return new Commands.Book(UUID.randomUUID(), code, "antwerpen", "EID_APPLY", slot.start(),
                TestAppointments.citizen("An", "Peeters"), AppointmentOrigin.COUNTER);
    }

    @Test
    void an_unreadable_date_or_time_is_a_field_error_and_nothing_is_asked_of_the_server() {
        server.stop();

        model.load("antwerpen", "31/02/2026", "");
        assertThat(model.dateError()).contains("dd/mm/jjjj");
        assertThat(model.notice()).isEmpty();
        assertThat(model.report()).isEmpty();

        model.load("antwerpen", date(), "half vier");
        assertThat(model.dateError()).isEmpty();
        assertThat(model.sinceError()).contains("uu:mm");
        assertThat(model.notice()).isEmpty();
    }

    @Test
    void csv_export_writes_the_servers_csv_to_the_chosen_file_in_one_piece() throws IOException {
        Path target = dir.resolve(model.defaultFileName(ReportFormat.CSV, "antwerpen", date()));

        model.export(ReportFormat.CSV, "antwerpen", date(), "", target);

        assertThat(target.getFileName().toString()).isEqualTo("dagrapport-antwerpen-" + day + ".csv");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains("totals;booked;6")
                .contains("totals;stillOpen;3").contains("totals;difference;0").doesNotContain("Peeters");
        assertThat(model.notice()).startsWith("Opgeslagen:").contains(target.getFileName().toString());
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void pdf_export_writes_a_pdf_with_the_days_totals() throws IOException {
        Path target = dir.resolve(model.defaultFileName(ReportFormat.PDF, "antwerpen", date()));

        model.export(ReportFormat.PDF, "antwerpen", date(), "", target);

        assertThat(target.getFileName().toString()).isEqualTo("dagrapport-antwerpen-" + day + ".pdf");
        assertThat(model.notice()).startsWith("Opgeslagen:");
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Dagafsluiting").contains("Geboekt").contains("R3").contains("Klopt")
                    .doesNotContain("Peeters");
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void an_export_replaces_an_older_file_of_the_same_name() throws IOException {
        Path target = dir.resolve("rapport.csv");
        Files.writeString(target, "oud");

        model.export(ReportFormat.CSV, "antwerpen", date(), "", target);

        // The file as the server made it for Excel: byte-order mark first, then the report (issue 18).
        assertThat(Files.readString(target)).startsWith("\uFEFFreport;location;antwerpen").contains("totals;booked;6")
                .contains("report;timeZone;Europe/Brussels");
    }

    @Test
    void offline_the_report_and_its_exports_say_they_need_the_server() {
        server.stop();
        Path target = dir.resolve("rapport.pdf");

        model.load("antwerpen", date(), "");
        assertThat(model.report()).isEmpty();
        assertThat(model.notice()).contains("niet bereikbaar").contains("server");

        model.export(ReportFormat.PDF, "antwerpen", date(), "", target);
        assertThat(model.notice()).contains("niet bereikbaar");
        assertThat(target).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void a_location_of_someone_else_shows_the_servers_refusal() {
        model.load("deurne", date(), "");

        assertThat(model.report()).isEmpty();
        assertThat(model.notice()).startsWith("De server weigerde:");
    }

    private List<Path> leftovers() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void the_reasons_why_a_day_does_not_add_up_are_worded_in_dutch_and_in_english() {
        PushingDesk late = new PushingDesk(server, RealServer.SECOND_DESK_CODE);
        server.components.deskSequences().record(late.deviceId(), 2L);
        model.load("antwerpen", date(), "");
        String token = server.components.login().login(new be.antwerpen.lom.model.api.LoginRequest(
                SupervisorAccess.SUPERVISOR, RealServer.PASSWORD)).token();
        DayEndReportViewModel english = new DayEndReportViewModel(new DayEndReports(SupervisorAccess.api(server,
                token), new ServerCalls(ProtocolJson.newMapper())),
                new AtomicFileWriter(), List.of("antwerpen"), () -> LocalDate.now(BRUSSELS), BRUSSELS,
                new Messages(java.util.Locale.ENGLISH), new BackgroundTasks(Runnable::run, Runnable::run));
        english.load("antwerpen", date(), "");

        assertThat(model.addsUp()).isFalse();
        assertThat(model.statement()).isEqualTo("Klopt niet:");
        assertThat(model.reasons()).containsExactly("Loket 2 meldt 2 handelingen, de server ontving er 0: 2"
                + " handelingen van dit loket zijn nog niet aangekomen.");
        assertThat(english.statement()).isEqualTo("Does not add up:");
        assertThat(english.reasons()).containsExactly("Loket 2 reports 2 commands, the server received 0: 2 commands"
                + " of this desk have not arrived yet.");

        late.push(new Commands.CheckIn(UUID.randomUUID(), null), new Commands.CheckIn(UUID.randomUUID(), null));
        model.load("antwerpen", date(), "");
        assertThat(model.addsUp()).isTrue();
        assertThat(model.reasons()).isEmpty();
        assertThat(model.statement()).startsWith("Klopt:");
    }

    @Test
    void a_refused_walk_in_keeps_the_day_open_until_the_supervisor_settles_it_and_a_second_settlement_is_told_so() {
        LocalDate today = LocalDate.now(BRUSSELS);
        String todayText = today.getDayOfMonth() + "/" + today.getMonthValue() + "/" + today.getYear();
        PushingDesk desk = new PushingDesk(server, RealServer.SECOND_DESK_CODE);
        UUID id = UUID.randomUUID();
        // its arrival typed three days ahead: beyond the server's tolerance, so the server refuses it
        assertThat(desk.push(new Commands.RegisterWalkIn(id, "W-REF", "antwerpen", "EID_APPLY",
                LocalDateTime.now(BRUSSELS).plusDays(3).withNano(0), TestAppointments.citizen("Lien", "Maes"),
                AppointmentOrigin.WALK_IN, null)).receipts())
                .extracting(CommandReceipt::outcome).containsExactly(CommandOutcome.REJECTED);
        model.load("antwerpen", todayText, "");
        assertThat(model.addsUp()).isFalse();
        assertThat(model.reasons()).singleElement().asString().startsWith("De server weigerde 1 handelingen van"
                + " Loket 2 voor deze dag die nog niet afgehandeld zijn");
        ReconciliationReport.RefusedCommand refused = model.openRefusals().get(0);
        assertThat(model.openRefusals()).hasSize(1);
        assertThat(model.describe(refused)).startsWith("Loket 2, handeling 1 van ").doesNotContain("Lien", "Maes");
        ReconciliationReport stale = model.report().orElseThrow();

        model.settle(refused, ReconciliationReport.RefusalOutcome.CITIZEN_CONTACTED);

        assertThat(model.openRefusals()).isEmpty();
        assertThat(model.addsUp()).isTrue();
        assertThat(model.statement()).startsWith("Klopt:");
        assertThat(model.notice()).startsWith("Afgehandeld als \u201eBurger gecontacteerd (en zo nodig opnieuw"
                + " geboekt)\u201d: Loket 2, handeling 1");
        assertThat(model.report().orElseThrow().refusedCommands()).singleElement()
                .satisfies(c -> assertThat(c.settlement().settledBy()).isEqualTo(SupervisorAccess.SUPERVISOR));

        // a second supervisor on the report they loaded before: told it was settled meanwhile, the first stands
        model.settle(stale.refusedCommands().get(0), ReconciliationReport.RefusalOutcome.NOTHING_LOST);
        assertThat(model.notice()).isEqualTo("Die geweigerde handeling was intussen al afgehandeld; het rapport is"
                + " opnieuw geladen.");
        assertThat(model.report().orElseThrow().refusedCommands().get(0).settlement().outcome())
                .isEqualTo(ReconciliationReport.RefusalOutcome.CITIZEN_CONTACTED);
    }

    @Test
    void a_desk_back_from_an_earlier_state_keeps_the_day_open_until_the_supervisor_settles_its_lost_commands() {
        LocalDate today = LocalDate.now(BRUSSELS);
        String todayText = today.getDayOfMonth() + "/" + today.getMonthValue() + "/" + today.getYear();
        PushingDesk desk = new PushingDesk(server, RealServer.SECOND_DESK_CODE);
        Instant now = Instant.now();
        // its first run said it made two commands; a later start, from a restored copy, says none (ADR 0162)
        server.components.deskSequences().record(desk.deviceId(), 2L, now.minusSeconds(60), UUID.randomUUID().toString());
        server.components.deskSequences().record(desk.deviceId(), 0L, now, UUID.randomUUID().toString());

        model.load("antwerpen", todayText, "");

        assertThat(model.addsUp()).isFalse();
        assertThat(model.reasons()).containsExactly("Loket 2 kwam terug uit een vroegere toestand (een teruggezette"
                + " back-up?) zonder 2 handelingen die het al gemeld had: ze zijn nooit aangekomen. Duid hieronder aan"
                + " hoe de burgers ervan opgevangen zijn.");
        ReconciliationReport.DeskRewind rewind = model.openRewinds().get(0);
        assertThat(model.describe(rewind)).startsWith("Loket 2: 2 handelingen gemeld op ")
                .endsWith("die de server nooit ontving");

        model.settle(rewind, ReconciliationReport.RefusalOutcome.NOTHING_LOST);

        assertThat(model.openRewinds()).isEmpty();
        assertThat(model.addsUp()).isTrue();
        assertThat(model.notice()).startsWith("Afgehandeld als \u201eNiets verloren");
    }

    @Test
    void a_desk_switched_off_keeps_the_day_open_until_the_supervisor_confirms_it_was_not_used() {
        // yesterday: a desk is confirmed only once the location has closed that day
        LocalDate yesterday = LocalDate.now(BRUSSELS).minusDays(1);
        String dayText = yesterday.getDayOfMonth() + "/" + yesterday.getMonthValue() + "/" + yesterday.getYear();
        PushingDesk off = new PushingDesk(server, RealServer.SECOND_DESK_CODE);
        server.deskLastHeardAt(off.deviceId(), Instant.now().minus(Duration.ofDays(3)));
        model.load("antwerpen", dayText, "16:00");
        assertThat(model.silentDesks()).as("judged against a moment typed: not offered").isEmpty();
        model.load("antwerpen", dayText, "");
        assertThat(model.addsUp()).isFalse();
        assertThat(model.silentDesks()).singleElement().satisfies(d -> {
            assertThat(d.deskName()).isEqualTo("Loket 2");
            assertThat(model.describeSilent(d)).startsWith("Loket 2, laatste contact ").contains(" om ");
            assertThat(model.confirmNotUsedQuestion(d)).startsWith("Bevestig je dat Loket 2 na zijn laatste contact");
        });
        ReconciliationReport.DeskLine silent = model.silentDesks().get(0);

        model.confirmNotUsed(silent);

        assertThat(model.notice()).isEqualTo("Loket 2 is bevestigd als niet gebruikt na zijn laatste contact.");
        assertThat(model.silentDesks()).isEmpty();
        assertThat(model.addsUp()).isTrue();
        // a second supervisor on the report they loaded before
        model.confirmNotUsed(silent);
        assertThat(model.notice()).isEqualTo("Loket 2 was intussen al bevestigd; het rapport is opnieuw geladen.");
        // the desk is heard of again: nothing to confirm
        off.push(new Commands.CheckIn(UUID.randomUUID(), null));
        model.confirmNotUsed(silent);
        assertThat(model.notice()).startsWith("Loket 2 is intussen gehoord");
    }

    @Test
    void silent_desks_are_offered_for_confirmation_only_once_the_location_has_closed_that_day() throws Exception {
        server.close();
        LocalDate day = LocalDate.now(BRUSSELS).plusDays(7).with(java.time.temporal.TemporalAdjusters
                .next(java.time.DayOfWeek.TUESDAY));
        be.antwerpen.lom.client.testing.SettableClock serverClock = new be.antwerpen.lom.client.testing.SettableClock(
                day.atTime(11, 0).atZone(BRUSSELS).toInstant(), BRUSSELS);
        server = new RealServer(Files.createDirectories(dir.resolve("closing")), serverClock);
        server.start();
        String token = SupervisorAccess.supervisorToken(server);
        java.util.function.Function<String, DayEndReportViewModel> loggedIn = t -> new DayEndReportViewModel(
                new DayEndReports(SupervisorAccess.api(server, t), new ServerCalls(ProtocolJson.newMapper())),
                new AtomicFileWriter(), List.of("antwerpen"), () -> day, BRUSSELS,
                new Messages(Messages.DUTCH_BELGIUM), new BackgroundTasks(Runnable::run, Runnable::run));
        PushingDesk off = new PushingDesk(server, RealServer.SECOND_DESK_CODE);
        server.deskLastHeardAt(off.deviceId(), day.minusDays(2).atTime(9, 0).atZone(BRUSSELS).toInstant());
        String dayText = day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();

        DayEndReportViewModel morning = loggedIn.apply(token);
        morning.load("antwerpen", dayText, "");
        serverClock.set(day.atTime(23, 0).atZone(BRUSSELS).toInstant());
        DayEndReportViewModel atTheDesk = loggedIn.apply(server.components.login().login(
                new be.antwerpen.lom.model.api.LoginRequest(SupervisorAccess.SUPERVISOR, RealServer.PASSWORD)).token());
        atTheDesk.load("antwerpen", dayText, "");
        boolean offeredAtEleven = !morning.silentDesks().isEmpty();

        assertThat(atTheDesk.addsUp()).isFalse();
        assertThat(offeredAtEleven).as("the day still runs: offline work may come").isFalse();
        assertThat(atTheDesk.silentDesks()).extracting(ReconciliationReport.DeskLine::deskName)
                .containsExactly("Loket 2");
    }
}
