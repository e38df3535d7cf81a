package be.antwerpen.lom.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.agenda.SyncMark;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.counter.BookingConfirmation;
import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.testing.Folders;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.status.StatusBarPresenter;
import be.antwerpen.lom.client.ui.status.StatusBarText;
import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.lease.SeatLease;
import be.antwerpen.lom.model.slot.Slot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk whose local store goes back in time (its data folder restored from a copy taken earlier, or a
 * copy running on a second computer next to the original) against the real server over HTTP, with the
 * real desk wiring (ADR 0043): nothing lost, nothing doubled, fresh walk-in tickets, staff told.
 */
class DeskBackInTimeEndToEndTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private final Clock clock = Clock.system(BRUSSELS);
    private final Messages dutch = new Messages(Messages.DUTCH_BELGIUM);

    @TempDir
    Path serverDir;
    @TempDir
    Path deskDir;
    @TempDir
    Path copyDir;
    @TempDir
    Path secondDir;

    private RealServer server;
    private final List<ScheduledExecutorService> schedulers = new ArrayList<>();
    private final List<DeskServices> desks = new ArrayList<>();
    private List<Slot> slots;
    private int nextSlot;

    @BeforeEach
    void start() throws Exception {
        server = new RealServer(serverDir);
        server.start();
    }

    @AfterEach
    void stop() {
        schedulers.forEach(ScheduledExecutorService::shutdownNow);
        desks.forEach(d -> d.store().close());
        server.close();
    }

    @Test
    void a_desk_restored_from_an_earlier_copy_of_its_data_folder_renumbers_its_new_work_and_loses_nothing()
            throws Exception {
        DeskServices desk = open(deskDir);
        enrollAndLogIn(desk);
        BookingConfirmation before = book(desk, "An", "Peeters");
        String firstTicket = desk.actions().registerWalkIn("EID_APPLY", TestAppointments.citizen("Jan", "Janssens"));
        desk.sync().syncOnce();
        close(desk);
        Folders.copy(deskDir, copyDir);

        // the desk works on after the copy was taken, and its work reaches the server
        desk = open(deskDir);
        logIn(desk);
        String lostTicket = desk.actions().registerWalkIn("EID_APPLY", TestAppointments.citizen("Els", "Maes"));
        BookingConfirmation afterCopy = book(desk, "Bart", "Wouters");
        desk.actions().checkIn(before.appointmentId());
        desk.sync().syncOnce();
        assertThat(desk.agenda().waitingCommands()).isZero();
        close(desk);

        // the PC is replaced and its data folder restored from the copy; staff log in and work before the
        // first sync round: the desk hands out sequences and a ticket number again that the server has
        DeskServices restored = open(copyDir);
        restored.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        String newTicket = restored.actions().registerWalkIn("EID_APPLY", TestAppointments.citizen("Lien", "Claes"));
        BookingConfirmation afterRestore = book(restored, "Tom", "Jacobs");
        restored.actions().call(before.appointmentId());
        List<UUID> madeAfterRestore = restored.agenda().outbox().stream()
                .filter(e -> e.status() == OutboxStatus.PENDING).map(OutboxEntry::commandId).toList();
        assertThat(madeAfterRestore).hasSize(3);

        restored.sync().syncOnce();
        restored.sync().syncOnce();

        SyncStatus status = restored.sync().status();
        assertThat(status.phase()).isEqualTo(SyncPhase.ONLINE);
        assertThat(status.waiting()).as("nothing left waiting").isZero();
        assertThat(status.rejected()).isZero();
        assertThat(status.renumbering()).isNotNull();
        assertThat(status.renumbering().commands()).isEqualTo(3);
        assertThat(List.of(firstTicket, lostTicket, newTicket)).as("made before the desk could know")
                .containsExactly("L1-0001", "L1-0002", "L1-0002");
        String afterRenumbering = restored.actions().registerWalkIn("EID_APPLY",
                TestAppointments.citizen("Sam", "Willems"));
        assertThat(afterRenumbering).as("a fresh ticket series").isEqualTo("L1B-0001");
        restored.sync().syncOnce();
        LocalDate today = LocalDate.now(clock);
        List<Appointment> serverToday = serverAgenda(today);
        assertThat(serverToday).extracting(Appointment::code)
                .contains(firstTicket, lostTicket, afterRenumbering).containsOnlyOnce(afterRenumbering);
        assertThat(serverToday).extracting(Appointment::code).filteredOn(lostTicket::equals).hasSize(2);
        for (BookingConfirmation booking : List.of(before, afterCopy, afterRestore)) {
            assertThat(serverAgenda(booking.start().toLocalDate())).extracting(Appointment::id)
                    .as("every booking once").containsOnlyOnce(booking.appointmentId());
        }
        assertThat(server.components.db().inSnapshot(c -> server.components.appointments().find(c,
                before.appointmentId())).orElseThrow().appointment().status().name()).isEqualTo("CALLED");
        assertThat(server.components.db().inSnapshot(c -> be.antwerpen.lom.server.db.Rows.one(c,
                "SELECT COUNT(*) FROM command_receipts WHERE command_id IN (?, ?, ?)", rs -> rs.getLong(1),
                madeAfterRestore.get(0).toString(), madeAfterRestore.get(1).toString(),
                madeAfterRestore.get(2).toString())).orElse(0L)).as("each new command applied once").isEqualTo(3);
        assertConverged(restored, today, afterCopy.start().toLocalDate(), afterRestore.start().toLocalDate());

        StatusBarText shown = new StatusBarPresenter(dutch, BRUSSELS).present(status, clock.instant());
        assertThat(shown.notice()).contains("3 wachtende wijzigingen zijn opnieuw genummerd")
                .contains("niets is verloren");
        assertThat(audit(restored, "SequenceRefused")).singleElement()
                .satisfies(e -> assertThat(e.detail()).doesNotContain("Claes", "Jacobs"));
        long losses = server.components.db().inSnapshot(c -> be.antwerpen.lom.server.db.Rows.one(c,
                "SELECT COUNT(*) FROM desk_rewinds", rs -> rs.getLong(1)).orElse(0L));
        assertThat(losses).as("everything the desk reported before the restore had arrived: no loss to report"
                + " (ADR 0162)").isZero();
    }

    @Test
    void a_copy_of_the_data_folder_running_next_to_the_original_is_detected_and_one_desk_stops_without_losing_work()
            throws Exception {
        DeskServices original = open(deskDir);
        enrollAndLogIn(original);
        BookingConfirmation shared = book(original, "An", "Peeters");
        original.sync().syncOnce();
        close(original);
        Folders.copy(deskDir, secondDir);
        original = open(deskDir);
        DeskServices copy = open(secondDir);
        logIn(original);
        logIn(copy);

        BookingConfirmation byOriginal = book(original, "Bart", "Wouters");
        original.sync().syncOnce();
        BookingConfirmation byCopy = book(copy, "Lien", "Claes");
        String copyTicket = copy.actions().registerWalkIn("EID_APPLY", TestAppointments.citizen("Tom", "Jacobs"));
        copy.sync().syncOnce();
        original.actions().checkIn(shared.appointmentId());
        BookingConfirmation laterByOriginal = book(original, "Els", "Maes");
        original.sync().syncOnce();

        assertThat(copy.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
        assertThat(original.sync().status().phase()).as("the desk that pushed after a newer copy appeared stops")
                .isEqualTo(SyncPhase.ACTIVE_ELSEWHERE);
        assertThat(original.agenda().waitingCommands()).as("its work is kept").isEqualTo(3);
        StatusBarText shown = new StatusBarPresenter(dutch, BRUSSELS).present(original.sync().status(),
                clock.instant());
        assertThat(shown.connection()).contains("ook actief op een andere computer");
        assertThat(audit(original, "DeskActiveElsewhere")).hasSize(1);
        assertThat(usableLeases(original)).as("no booking is promised as final on a lease the copy holds too")
                .isEmpty();
        assertThat(usableLeases(copy)).as("the desk that goes on keeps its leases").isNotEmpty();
        assertThat(original.actions().registerWalkIn("EID_APPLY", TestAppointments.citizen("Ward", "Smet")))
                .as("the stopped desk's tickets go on in a series the copy does not use").startsWith("L1B-");

        // it stays stopped after a restart, until it is enrolled again as a desk of its own
        close(original);
        original = open(deskDir);
        logIn(original);
        original.sync().syncOnce();
        assertThat(original.sync().status().phase()).isEqualTo(SyncPhase.ACTIVE_ELSEWHERE);
        server.components.enrollment().issue("SECOND-PC-ANTWERPEN", "antwerpen", "Loket 3", Duration.ofHours(1),
                "admin");
        original.enrollment().reenroll("", "SECOND-PC-ANTWERPEN");
        original.sync().syncOnce();
        copy.sync().syncOnce();

        assertThat(original.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
        assertThat(original.agenda().waitingCommands()).isZero();
        assertThat(original.sync().status().rejected()).isZero();
        for (BookingConfirmation booking : List.of(shared, byOriginal, byCopy, laterByOriginal)) {
            assertThat(serverAgenda(booking.start().toLocalDate())).extracting(Appointment::id)
                    .as("nothing lost, nothing doubled").containsOnlyOnce(booking.appointmentId());
        }
        assertThat(serverAgenda(LocalDate.now(clock))).extracting(Appointment::code).contains(copyTicket);
        assertThat(server.components.db().inSnapshot(c -> server.components.appointments().find(c,
                shared.appointmentId())).orElseThrow().appointment().status().name()).isEqualTo("CHECKED_IN");
        assertConverged(original, LocalDate.now(clock), laterByOriginal.start().toLocalDate());
        assertConverged(copy, LocalDate.now(clock), byCopy.start().toLocalDate());
        assertThat(original.actions().registerWalkIn("EID_APPLY", TestAppointments.citizen("Noor", "Bakker")))
                .as("the tickets of the new desk, in the series its stop started").startsWith("L3B-");
    }

    @Test
    void a_restored_desk_that_syncs_before_it_works_continues_after_the_servers_sequence_with_fresh_tickets()
            throws Exception {
        DeskServices desk = open(deskDir);
        enrollAndLogIn(desk);
        desk.actions().registerWalkIn("EID_APPLY", TestAppointments.citizen("Jan", "Janssens"));
        desk.sync().syncOnce();
        close(desk);
        Folders.copy(deskDir, copyDir);
        desk = open(deskDir);
        logIn(desk);
        String lostTicket = desk.actions().registerWalkIn("EID_APPLY", TestAppointments.citizen("Els", "Maes"));
        BookingConfirmation afterCopy = book(desk, "Bart", "Wouters");
        desk.sync().syncOnce();
        close(desk);

        DeskServices restored = open(copyDir);
        logIn(restored);

        assertThat(restored.sync().status().renumbering()).as("found at the first pull").isNotNull();
        String ticket = restored.actions().registerWalkIn("EID_APPLY", TestAppointments.citizen("Lien", "Claes"));
        BookingConfirmation afterRestore = book(restored, "Tom", "Jacobs");
        restored.sync().syncOnce();

        assertThat(lostTicket).isEqualTo("L1-0002");
        assertThat(ticket).as("not even the first ticket after the restore repeats one").isEqualTo("L1B-0001");
        assertThat(restored.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
        assertThat(restored.sync().status().waiting()).isZero();
        assertThat(audit(restored, "SequenceRefused")).as("no sequence was reused").isEmpty();
        LocalDate today = LocalDate.now(clock);
        assertThat(serverAgenda(today)).extracting(Appointment::code).doesNotHaveDuplicates()
                .contains("L1-0001", lostTicket, ticket);
        assertConverged(restored, today, afterCopy.start().toLocalDate(), afterRestore.start().toLocalDate());
        assertThat(new StatusBarPresenter(dutch, BRUSSELS).present(restored.sync().status(), clock.instant())
                .notice()).contains("nummert zijn wijzigingen verder").contains("niets is verloren");
    }

    private DeskServices open(Path dir) {
        ScheduledExecutorService scheduler = DeskAssembly.syncScheduler();
        schedulers.add(scheduler);
        DeskServices desk = DeskAssembly.build(new ClientOptions(server.url(), null, dir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO), clock, scheduler, 1_000);
        desk.sync().stop();
        desks.add(desk);
        return desk;
    }

    private void close(DeskServices desk) {
        desks.remove(desk);
        desk.close();
    }

    private void enrollAndLogIn(DeskServices desk) {
        desk.enrollment().enroll(server.url(), RealServer.ENROLL_CODE, "e2e-desk");
        logIn(desk);
        slots = desk.booking().proximity("antwerpen", "EID_APPLY", 14);
    }

    private void logIn(DeskServices desk) {
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();
    }

    private BookingConfirmation book(DeskServices desk, String given, String family) {
        return desk.booking().book("antwerpen", "EID_APPLY", slots.get(nextSlot++).start(),
                TestAppointments.citizen(given, family));
    }

    private List<AuditEntry> audit(DeskServices desk, String action) {
        String deviceId = desk.enrollment().current().orElseThrow().deviceId();
        return server.components.db().inSnapshot(c -> server.components.audit().search(c, "antwerpen", null,
                List.of(deviceId), null, null, null, 100)).stream().filter(e -> e.action().equals(action)).toList();
    }

    private List<SeatLease> usableLeases(DeskServices desk) {
        return desk.store().database().inTransaction(c -> desk.store().seatLeases().usable(c, clock.instant()));
    }

    private void assertConverged(DeskServices desk, LocalDate... days) {
        for (LocalDate day : new java.util.TreeSet<>(List.of(days))) {
            List<String> confirmed = desk.agenda().day(day).stream()
                    .filter(e -> e.appointment().locationId().equals("antwerpen"))
                    .map(e -> e.mark() + " " + e.appointment().id() + " " + e.appointment().status()).sorted().toList();
            assertThat(confirmed).as("the desk's copy of %s is the server's", day).isEqualTo(serverAgenda(day).stream()
                    .map(a -> SyncMark.SYNCED + " " + a.id() + " " + a.status()).sorted().toList());
        }
    }

    private List<Appointment> serverAgenda(LocalDate day) {
        return server.components.db().inSnapshot(c -> server.components.appointments().atLocation(c, "antwerpen",
                day.atStartOfDay(), day.plusDays(1).atStartOfDay()));
    }

    @SuppressWarnings("unused")
    private static boolean synced(AgendaEntry entry) {
        return entry.mark() == SyncMark.SYNCED;
    }
}
