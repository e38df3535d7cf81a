package be.antwerpen.lom.client.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.testing.OpenMorning;
import be.antwerpen.lom.client.testing.SettableClock;
import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.downtime.RenderedPack;
import be.antwerpen.lom.client.downtime.SerialRange;
import be.antwerpen.lom.client.rekey.PaperOutcome;
import be.antwerpen.lom.client.rekey.WalkInPaperForm;
import be.antwerpen.lom.client.sync.ServerUnreachableException;
import be.antwerpen.lom.client.sync.SyncPhase;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.desks.DrillReportText;
import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.drill.DrillReport;
import be.antwerpen.lom.model.drill.DrillRequest;
import be.antwerpen.lom.model.drill.DrillView;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outage drill with a real desk against the real server (ADR 0110, 0113): the desk learns the drill at a
 * sync round, cuts its own connection at the start, works offline and on paper, reconnects at the end,
 * catches up and sends its figures; the report's figures are what the test did. Also a cancel seen during
 * the cut, and a desk switched off during a drill.
 */
class DrillEndToEndTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final StaffMember SUPERVISOR = new StaffMember("supervisor.antwerpen", "Supervisor",
            StaffRole.SUPERVISOR, Set.of("antwerpen"));

    @TempDir
    Path serverDir;
    @TempDir
    Path deskDir;

    private SettableClock clock;
    private RealServer server;
    private ScheduledExecutorService scheduler;
    private DeskServices desk;
    private String deviceId;

    @BeforeEach
    void start() throws Exception {
        clock = new SettableClock(OpenMorning.antwerpen(BRUSSELS).atZone(BRUSSELS).toInstant(), BRUSSELS);
        server = new RealServer(serverDir, clock);
        server.components.staffAdministration().create(SUPERVISOR.username(), "Supervisor", StaffRole.SUPERVISOR,
                Set.of("antwerpen"), RealServer.PASSWORD, true, "e2e");
        server.start();
        openDesk();
        deviceId = desk.enrollment().enroll(server.url(), RealServer.ENROLL_CODE, "e2e-desk").deviceId();
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();
    }

    private void openDesk() {
        scheduler = DeskAssembly.syncScheduler();
        desk = DeskAssembly.build(new ClientOptions(server.url(), null, deskDir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO), clock, scheduler, 1_000);
    }

    private void closeDesk() {
        scheduler.shutdownNow();
        desk.close();
    }

    @AfterEach
    void stop() {
        closeDesk();
        server.close();
    }

    private DrillView startDrill(int minutes) {
        return server.components.drills().start(SUPERVISOR, new DrillRequest("LOCATION", null, "antwerpen", null,
                minutes));
    }

    private long nextSequence() {
        return desk.store().database().inTransaction(desk.store().syncState()::read).nextSequence();
    }

    private long receivedByServer() {
        var s = server.components;
        return s.db().inSnapshot(c -> s.devices().find(c, deviceId)).orElseThrow().lastSequence();
    }

    @Test
    void a_drill_cuts_the_desk_its_offline_and_paper_work_syncs_afterwards_and_the_report_counts_it() {
        LocalDate day = LocalDateTime.ofInstant(clock.instant(), BRUSSELS).toLocalDate();
        SerialRange leased = desk.paper().leases().lease(100);
        desk.store().database().inTransaction(c -> {
            desk.paper().serials().add(c, leased);
            return null;
        });
        RenderedPack pack = desk.paper().generator().generate(day, (step, done, total) -> { }).orElseThrow();
        clock.advance(Duration.ofMinutes(5));
        desk.drills().packs().printed(clock.instant());
        clock.advance(Duration.ofMinutes(10));
        desk.sync().syncOnce();

        DrillView drill = startDrill(30);
        desk.sync().syncOnce(); // the status report of this round brings the drill; it begins at once
        LocalDrill running = desk.drills().keeper().running().orElseThrow();
        assertThat(running.id()).isEqualTo(drill.id());
        assertThat(desk.drills().gate().closed()).isTrue();
        assertThat(running.packPrinted()).isTrue();
        assertThat(running.packAgeMs()).isEqualTo(Duration.ofMinutes(15).toMillis());

        long before = nextSequence();
        long heldBefore = receivedByServer();
        clock.advance(Duration.ofMinutes(2));
        desk.actions().registerWalkIn("EID_APPLY", TestAppointments.distinctCitizen(11, "Lotte", "Maes"));
        desk.actions().registerWalkIn("EID_APPLY", TestAppointments.distinctCitizen(12, "Bram", "Wouters"));
        String serial = pack.manifest().walkInForms().get(0).serial();
        desk.paper().rekeying().enterWalkIn((WalkInPaperForm) desk.paper().lookup().find(serial),
                PaperOutcome.SERVED, LocalDateTime.ofInstant(clock.instant(), BRUSSELS).toLocalTime(),
                TestAppointments.distinctCitizen(13, "Sara", "Claes").nationalRegisterNumber().digits(), "Sara",
                "Claes", null);
        long madeOffline = nextSequence() - before;
        assertThat(madeOffline).isGreaterThanOrEqualTo(3);

        desk.sync().syncOnce();
        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.OFFLINE);
        assertThat(receivedByServer()).isEqualTo(heldBefore);
        assertThatThrownBy(() -> desk.drills().calls().execute(desk.drills().supervisorApi().apply(server.url())
                .desks(null))).isInstanceOf(ServerUnreachableException.class);
        // during the cut the walk-ins are only on the desk: the report must not say every citizen is accounted for
        DrillReport duringCut = server.components.drillReports().report(SUPERVISOR, drill.id());
        assertThat(duringCut.locations().get(0).accountedFor()).as(duringCut.locations().get(0).reasons().toString())
                .isFalse();
        assertThat(duringCut.desks().get(0).reasons()).containsExactly(DrillReport.DeskPart.RESULT_MISSING);
        assertThat(new DrillReportText(Messages.forLanguage("nl"), BRUSSELS, id -> "Antwerpen").lines(duringCut))
                .contains("Niet elke burger is teruggevonden: " + duringCut.desks().get(0).deskName()
                        + " heeft de cijfers van de oefening nog niet doorgegeven");

        clock.advance(Duration.ofMinutes(30));
        desk.drills().keeper().tick();
        assertThat(desk.drills().gate().closed()).isFalse();
        desk.sync().syncOnce();
        desk.sync().syncOnce();

        assertThat(receivedByServer()).isEqualTo(heldBefore + madeOffline);
        LocalDrill ended = desk.drills().keeper().all().get(0);
        assertThat(ended.state()).isEqualTo(LocalDrill.ENDED);
        assertThat(ended.endReason()).isEqualTo("PLANNED_END");
        assertThat(ended.resultSent()).isTrue();
        assertThat(ended.offlineActions()).isEqualTo((int) madeOffline);

        DrillReport report = server.components.drillReports().report(SUPERVISOR, drill.id());
        DrillReport.DeskPart part = report.desks().get(0);
        assertThat(part.reported()).isTrue();
        assertThat(part.endReason()).isEqualTo("PLANNED_END");
        assertThat(part.offlineActions()).isEqualTo((int) madeOffline);
        assertThat(part.commandsReceived()).isEqualTo((int) madeOffline);
        assertThat(part.packPrinted()).isTrue();
        assertThat(part.packAgeMinutes()).isEqualTo(15);
        assertThat(part.copyAgeMinutes()).isZero();
        assertThat(part.paperRekeyed()).isEqualTo(1);
        assertThat(part.paperMissing()).isZero();
        assertThat(part.reconnectToCaughtUpSeconds()).isNotNull().isGreaterThanOrEqualTo(0);
        DrillReport.LocationPart place = report.locations().get(0);
        assertThat(place.accountedFor()).as(place.reasons().toString()).isTrue();
        assertThat(place.paperRekeyed()).isEqualTo(1);
        assertThat(audit(drill.id())).extracting(AuditEntry::action).contains("DrillStart", "DrillEnd");

        DrillReportText text = new DrillReportText(Messages.forLanguage("nl"), BRUSSELS, id -> "Antwerpen");
        String printed = pdfText(new DrillReportPdf().write(text.title(), text.lines(report)));
        assertThat(printed).contains("Rapport van de oefening storing")
                .contains("Handelingen offline aan het loket: " + madeOffline + "; ontvangen door de server: "
                        + madeOffline)
                .contains("Ouderdom noodpakket bij de start: 0 u 15 min; afgedrukt: ja")
                .contains("Papieren formulieren ingevoerd: 1; nog ontbrekend: 0")
                .contains("Elke burger van de periode is teruggevonden");
    }

    private static String pdfText(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new AssertionError("the drill report PDF cannot be read", e);
        }
    }

    @Test
    void a_cancel_reaches_a_cut_desk_through_the_drill_status_and_it_reconnects() {
        DrillView drill = startDrill(60);
        desk.sync().syncOnce();
        assertThat(desk.drills().gate().closed()).isTrue();
        clock.advance(Duration.ofMinutes(1));
        desk.actions().registerWalkIn("EID_APPLY", TestAppointments.distinctCitizen(21, "Nina", "Smet"));
        server.components.drills().cancel(SUPERVISOR, drill.id());

        clock.advance(DeskDrills.STATUS_EVERY);
        desk.drills().keeper().tick();
        assertThat(desk.drills().gate().closed()).isFalse();
        desk.sync().syncOnce();
        desk.sync().syncOnce();
        LocalDrill ended = desk.drills().keeper().all().get(0);
        assertThat(ended.endReason()).isEqualTo("CANCELLED");
        assertThat(ended.resultSent()).isTrue();
        assertThat(desk.agenda().outbox()).isEmpty();
        assertThat(audit(drill.id())).extracting(AuditEntry::action).contains("DrillCancel", "DrillEnd");
    }

    @Test
    void a_desk_switched_off_during_a_drill_ends_it_when_it_starts_again_and_loses_nothing() {
        DrillView drill = startDrill(60);
        desk.sync().syncOnce();
        clock.advance(Duration.ofMinutes(3));
        desk.actions().registerWalkIn("EID_APPLY", TestAppointments.distinctCitizen(31, "Ilse", "Goossens"));
        desk.actions().registerWalkIn("EID_APPLY", TestAppointments.distinctCitizen(32, "Tom", "Segers"));
        long held = receivedByServer();
        closeDesk();

        clock.advance(Duration.ofMinutes(5));
        openDesk();
        assertThat(desk.drills().gate().closed()).isFalse();
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();
        desk.sync().syncOnce();
        assertThat(receivedByServer()).isEqualTo(held + 2);
        LocalDrill ended = desk.drills().keeper().all().get(0);
        assertThat(ended.endReason()).isEqualTo("RESTARTED");
        assertThat(ended.offlineActions()).isEqualTo(2);
        assertThat(ended.resultSent()).isTrue();
        DrillReport report = server.components.drillReports().report(SUPERVISOR, drill.id());
        assertThat(report.desks().get(0).endReason()).isEqualTo("RESTARTED");
        assertThat(report.desks().get(0).commandsReceived()).isEqualTo(2);
    }

    private List<AuditEntry> audit(String drillId) {
        var s = server.components;
        return s.db().inSnapshot(c -> s.audit().search(c, "antwerpen", null, null, List.of(drillId), null, null, 50));
    }
}
