package be.antwerpen.lom.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.counter.BookingConfirmation;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.supervisor.SupervisorApi;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.SupervisorAccess;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.model.report.ReconciliationReport;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.model.sync.ProtocolJson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, point 5, end to end: a desk of deurne books antwerpen's last seat while the server is down
 * (an any-place booking); an antwerpen desk booked the same seat and reaches the server first, so the
 * deurne desk's booking opens a double booking at antwerpen. The antwerpen supervisor settles it over
 * HTTP; the deurne desk (its real store, outbox and sync engine against the real server) then drops the
 * conflicting command from its outbox and status bar, also after a reset from a snapshot. Meanwhile the
 * day-end report names the deurne desk's commands as arrived and the booking as disputed.
 */
class AnyPlaceConflictEndToEndTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String PRODUCT = "EID_APPLY";
    private static final String DEURNE_AGENT = "agent.deurne";
    private static final String DEURNE_CODE = "E2E-DEURNE-1";

    @TempDir
    Path serverDir;
    @TempDir
    Path antwerpenDir;
    @TempDir
    Path deurneDir;

    private final Clock clock = Clock.system(BRUSSELS);
    private RealServer server;
    private ScheduledExecutorService scheduler;
    private DeskServices antwerpen;
    private DeskServices deurne;
    private SupervisorApi supervisor;
    private final ServerCalls calls = new ServerCalls(ProtocolJson.newMapper());

    @BeforeEach
    void start() throws Exception {
        server = new RealServer(serverDir);
        server.components.staffAdministration().create(DEURNE_AGENT, "Agent Deurne", StaffRole.AGENT, Set.of("deurne"),
                RealServer.PASSWORD, true, "e2e");
        server.components.enrollment().issue(DEURNE_CODE, "deurne", "Loket D1", Duration.ofHours(1), "e2e");
        supervisor = SupervisorAccess.api(server, SupervisorAccess.supervisorToken(server));
        // Neither desk may hold a seat lease on the contested seat: with the default policy the deurne desk
        // gets one lease a day at antwerpen, at a place that depends on its device id. When that lease fell
        // on the chosen slot, its booking was final and antwerpen's became the conflict (CI, 2026-12-07).
        server.withoutSeatLeases();
        server.start();
        scheduler = DeskAssembly.syncScheduler();
        antwerpen = enrolled(antwerpenDir, RealServer.ENROLL_CODE, RealServer.AGENT);
        deurne = enrolled(deurneDir, DEURNE_CODE, DEURNE_AGENT);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        for (DeskServices desk : new DeskServices[] {antwerpen, deurne}) {
            if (desk != null) {
                desk.close();
            }
        }
        server.close();
    }

    private DeskServices enrolled(Path dir, String code, String user) {
        DeskServices desk = DeskAssembly.build(new ClientOptions(server.url(), null, dir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO), clock, scheduler, 1_000);
        desk.sync().stop();
        desk.enrollment().enroll(server.url(), code, "e2e-" + code);
        desk.login().login(user, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();
        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
        return desk;
    }

    private void syncBoth() {
        for (int round = 0; round < 2; round++) {
            for (DeskServices desk : List.of(antwerpen, deurne)) {
                desk.sync().syncOnce();
                assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
            }
        }
    }

    private int conflictsInOutbox(DeskServices desk) {
        return desk.store().database().inTransaction(c -> desk.store().outbox().count(c, OutboxStatus.CONFLICT));
    }

    @Test
    void a_conflict_antwerpen_settles_leaves_the_outbox_and_status_bar_of_the_deurne_desk_that_raised_it() {
        LocalDate today = LocalDate.now(clock);
        Slot slot = antwerpen.booking().proximity("antwerpen", PRODUCT, 21).stream()
                .filter(s -> s.start().toLocalDate().isAfter(today) && s.free() >= 2).findFirst()
                .orElseThrow(() -> new AssertionError("no open slot in three weeks"));
        for (int i = 1; i < slot.free(); i++) {
            antwerpen.booking().book("antwerpen", PRODUCT, slot.start(),
                    TestAppointments.distinctCitizen(300 + i, "Vul", "Plaats"));
        }
        syncBoth();

        server.stop();
        antwerpen.sync().syncOnce();
        deurne.sync().syncOnce();
        assertThat(deurne.sync().status().phase()).isEqualTo(SyncPhase.OFFLINE);
        antwerpen.booking().book("antwerpen", PRODUCT, slot.start(),
                TestAppointments.distinctCitizen(401, "Eerste", "Burger"));
        BookingConfirmation elsewhere = deurne.booking().book("antwerpen", PRODUCT, slot.start(),
                TestAppointments.distinctCitizen(402, "Tweede", "Burger"));
        server.start();
        antwerpen.sync().syncOnce();
        assertThat(antwerpen.sync().status().phase()).as("antwerpen reaches the server first").isEqualTo(SyncPhase.ONLINE);
        deurne.sync().syncOnce();
        syncBoth();

        List<ConflictView> open = calls.execute(supervisor.conflicts("antwerpen"));
        assertThat(open).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.DOUBLE_BOOKING);
            assertThat(c.appointmentId()).isEqualTo(elsewhere.appointmentId());
        });
        ConflictView conflict = open.get(0);
        assertThat(deurne.sync().status().conflicts()).as("the deurne desk shows the conflict it raised").isEqualTo(1);
        ReconciliationReport disputed = calls.execute(supervisor.reconciliation("antwerpen",
                slot.start().toLocalDate().toString(), null));
        assertThat(disputed.totals().addsUp()).isFalse();
        assertThat(disputed.totals().reasons()).extracting(ReconciliationReport.Reason::code)
                .containsExactly("DISPUTED");

        resetFromSnapshot(deurne);
        assertThat(conflictsInOutbox(deurne)).as("a reset keeps a conflict another location has not settled")
                .isEqualTo(1);

        ConflictView settled = calls.execute(supervisor.resolve(conflict.id(), new Commands.ResolveConflict(
                conflict.id(), ConflictResolution.MARK_HANDLED, "burger gebeld, komt in deurne", null, null)));
        assertThat(settled.open()).isFalse();
        deurne.sync().syncOnce();

        assertThat(conflictsInOutbox(deurne)).as("the settled conflict left the outbox of the desk that raised it")
                .isZero();
        assertThat(deurne.sync().status().conflicts()).isZero();
        assertThat(deurne.sync().status().waiting()).isZero();
        syncBoth();
        assertThat(conflictsInOutbox(deurne)).isZero();
        ReconciliationReport after = calls.execute(supervisor.reconciliation("antwerpen",
                slot.start().toLocalDate().toString(), null));
        assertThat(after.totals().addsUp()).isTrue();
        assertThat(after.desks()).allSatisfy(d -> assertThat(d.reportedSequence()).isEqualTo(d.receivedSequence()));
    }

    /** What a desk does when the server asks for a reset: mark its copy for a snapshot, then sync. */
    private void resetFromSnapshot(DeskServices desk) {
        desk.store().database().inTransaction(c -> {
            desk.store().syncState().requireSnapshot(c);
            return null;
        });
        desk.sync().syncOnce();
        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
    }
}
