package be.antwerpen.lom.client.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.agenda.SyncMark;
import be.antwerpen.lom.client.auth.ReenrollmentRefusedException;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.counter.BookingConfirmation;
import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.testing.Folders;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.sync.ReenrollmentViewModel;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.lease.SeatLease;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.sync.Commands;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a cyberattack the server is restored from a backup and forgets this desk, or the commands
 * it acknowledged after the backup. The desk is enrolled again with a new code and sends everything
 * it still holds; what the backup lacks and the desk no longer holds is shown, not hidden (ADR 0042).
 */
class ServerRestoreEndToEndTest {

    private final Clock clock = Clock.system(ZoneId.of("Europe/Brussels"));

    @TempDir
    Path serverDir;
    @TempDir
    Path backupDir;
    @TempDir
    Path deskDir;

    private int port;
    private RealServer server;
    private ScheduledExecutorService scheduler;
    private DeskServices desk;
    private List<Slot> slots;

    @BeforeEach
    void start() throws Exception {
        server = new RealServer(serverDir);
        port = server.port();
        server.start();
        scheduler = DeskAssembly.syncScheduler();
        desk = DeskAssembly.build(new ClientOptions(server.url(), null, deskDir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO), clock, scheduler, 1_000);
        desk.sync().stop();
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        desk.close();
        server.close();
    }

    @Test
    void a_desk_the_restored_server_does_not_know_is_enrolled_again_and_sends_all_it_still_holds() throws Exception {
        takeBackup();
        Work work = workOnlineThenOffline();
        assertThat(usableLeases()).as("seat leases held before the restore").isNotEmpty();
        restoreBackup();
        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.DEVICE_UNKNOWN);
        assertThat(usableLeases()).as("a server that does not know the desk holds no seat for it").isEmpty();
        assertThat(desk.agenda().outbox()).hasSize(3);
        server.components.enrollment().issue("RESTORE-ANTWERPEN-1", "antwerpen", "Loket 1", Duration.ofHours(1),
                "admin");

        desk.enrollment().reenroll("", "RESTORE-ANTWERPEN-1");
        desk.sync().syncOnce();

        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
        LocalDate offlineDay = work.bookedOffline().start().toLocalDate();
        assertThat(serverAgenda(offlineDay)).extracting(Appointment::id)
                .contains(work.bookedOffline().appointmentId());
        assertWalkInSynced(work.walkInTicket());
        // the online booking was confirmed and left the outbox before the backup was restored; the
        // backup lacks it, so the check-in on it is refused and stays visible
        assertThat(desk.agenda().outbox()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(OutboxStatus.REJECTED);
            assertThat(entry.payload()).isInstanceOf(Commands.CheckIn.class);
            assertThat(entry.reason()).isNotBlank();
        });
        assertConverged(offlineDay, LocalDate.now(clock));
    }

    @Test
    void a_desk_whose_acknowledged_commands_the_restore_lost_is_enrolled_again_instead_of_waiting_forever()
            throws Exception {
        enrollAndLogIn();
        takeBackup();
        BookingConfirmation lost = desk.booking().book("antwerpen", "EID_APPLY", slots.get(1).start(),
                TestAppointments.citizen("Ilse", "Wouters"));
        desk.sync().syncOnce();
        assertThat(desk.agenda().outbox()).as("acknowledged and reflected").isEmpty();
        server.stop();
        String ticket = desk.actions().registerWalkIn("EID_APPLY", TestAppointments.citizen("Jan", "Janssens"));

        restoreBackup();

        assertThat(desk.sync().status().phase()).as("the server expects commands the desk no longer holds")
                .isEqualTo(SyncPhase.DEVICE_UNKNOWN);
        server.components.enrollment().issue("RESTORE-ANTWERPEN-2", "antwerpen", "Loket 1", Duration.ofHours(1),
                "admin");
        desk.enrollment().reenroll("", "RESTORE-ANTWERPEN-2");
        desk.sync().syncOnce();

        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
        assertThat(desk.agenda().outbox()).isEmpty();
        assertWalkInSynced(ticket);
        assertThat(serverAgenda(lost.start().toLocalDate())).extracting(Appointment::id)
                .as("lost with the backup").doesNotContain(lost.appointmentId());
        assertConverged(lost.start().toLocalDate(), LocalDate.now(clock));
    }

    @Test
    void a_code_for_another_location_cannot_take_over_the_desks_work() throws Exception {
        takeBackup();
        workOnlineThenOffline();
        restoreBackup();
        server.components.enrollment().issue("RESTORE-DEURNE-1", "deurne", "Loket 1", Duration.ofHours(1), "admin");
        List<Long> before = desk.agenda().outbox().stream().map(OutboxEntry::sequence).toList();

        assertThatThrownBy(() -> desk.enrollment().reenroll("", "RESTORE-DEURNE-1"))
                .isInstanceOf(ReenrollmentRefusedException.class).hasMessageContaining("deurne");

        assertThat(desk.enrollment().current()).hasValueSatisfying(i -> assertThat(i.locationId())
                .isEqualTo("antwerpen"));
        assertThat(desk.agenda().outbox()).extracting(OutboxEntry::sequence).isEqualTo(before);
        desk.sync().syncOnce();
        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.DEVICE_UNKNOWN);
    }

    @Test
    void the_sync_screen_offers_enrolling_again_only_while_the_server_does_not_know_the_desk() throws Exception {
        takeBackup();
        workOnlineThenOffline();
        restoreBackup();
        AtomicInteger syncRequests = new AtomicInteger();
        Messages messages = new Messages(Messages.DUTCH_BELGIUM);
        ReenrollmentViewModel model = new ReenrollmentViewModel(desk.enrollment(), syncRequests::incrementAndGet,
                new BackgroundTasks(Runnable::run, Runnable::run), messages);
        model.statusChanged(desk.sync().status());
        assertThat(model.needed()).isTrue();

        model.reenroll("  ");
        assertThat(model.messageIsError()).isTrue();
        assertThat(model.message()).isEqualTo(messages.get("reenroll.codeMissing"));

        model.reenroll("NOT-A-CODE");
        assertThat(model.messageIsError()).isTrue();
        assertThat(model.needed()).isTrue();
        assertThat(syncRequests).hasValue(0);

        server.components.enrollment().issue("RESTORE-ANTWERPEN-3", "antwerpen", "Loket 1", Duration.ofHours(1),
                "admin");
        model.reenroll("RESTORE-ANTWERPEN-3");

        assertThat(model.messageIsError()).isFalse();
        assertThat(model.needed()).isFalse();
        assertThat(syncRequests).hasValue(1);
        desk.sync().syncOnce();
        model.statusChanged(desk.sync().status());
        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
        assertThat(model.needed()).isFalse();
    }

    /** What the desk did: an online booking (confirmed), then offline a check-in, a booking and a walk-in. */
    private record Work(BookingConfirmation bookedOnline, BookingConfirmation bookedOffline, String walkInTicket) {
    }

    private Work workOnlineThenOffline() {
        enrollAndLogIn();
        BookingConfirmation online = desk.booking().book("antwerpen", "EID_APPLY", slots.get(0).start(),
                TestAppointments.citizen("An", "Peeters"));
        desk.sync().syncOnce();
        assertThat(desk.agenda().outbox()).as("synced and reflected work leaves the outbox").isEmpty();
        server.stop();
        desk.actions().checkIn(online.appointmentId());
        BookingConfirmation offline = desk.booking().book("antwerpen", "EID_APPLY", slots.get(2).start(),
                TestAppointments.citizen("Lotte", "Claes"));
        String ticket = desk.actions().registerWalkIn("EID_APPLY", TestAppointments.citizen("Jan", "Janssens"));
        return new Work(online, offline, ticket);
    }

    private void enrollAndLogIn() {
        desk.enrollment().enroll(server.url(), RealServer.ENROLL_CODE, "e2e-desk");
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();
        slots = desk.booking().proximity("antwerpen", "EID_APPLY", 14);
    }

    /** A copy of the server's database folder, taken while the server is briefly stopped. */
    private void takeBackup() throws Exception {
        server.close();
        Folders.copy(serverDir, backupDir);
        server = RealServer.restored(serverDir, port);
        server.start();
    }

    /** The server comes back from the backup on the same address; the desk tries to sync. */
    private void restoreBackup() throws Exception {
        server.close();
        server = RealServer.restored(backupDir, port);
        server.start();
        desk.sync().syncOnce();
        if (desk.sync().status().phase() == SyncPhase.LOGIN_EXPIRED) {
            desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
            desk.sync().syncOnce();
        }
    }

    private void assertWalkInSynced(String ticket) {
        AgendaEntry walkIn = desk.agenda().day(LocalDate.now(clock)).stream()
                .filter(e -> e.appointment().code().equals(ticket)).findFirst().orElseThrow();
        assertThat(walkIn.mark()).isEqualTo(SyncMark.SYNCED);
        assertThat(serverAgenda(LocalDate.now(clock))).extracting(Appointment::id)
                .contains(walkIn.appointment().id());
    }

    private void assertConverged(LocalDate... days) {
        for (LocalDate day : days) {
            assertThat(confirmed(day)).as("the desk's copy of %s is the restored server's", day)
                    .isEqualTo(serverAgenda(day).stream().map(a -> a.id() + " " + a.status()).sorted().toList());
        }
    }

    private List<String> confirmed(LocalDate day) {
        return desk.agenda().day(day).stream()
                .filter(e -> e.mark() == SyncMark.SYNCED && e.appointment().locationId().equals("antwerpen"))
                .map(e -> e.appointment().id() + " " + e.appointment().status()).sorted().toList();
    }

    private List<Appointment> serverAgenda(LocalDate day) {
        return server.components.db().inSnapshot(c -> server.components.appointments().atLocation(c, "antwerpen",
                day.atStartOfDay(), day.plusDays(1).atStartOfDay()));
    }

    private List<SeatLease> usableLeases() {
        return desk.store().database().inTransaction(c -> desk.store().seatLeases().usable(c, clock.instant()));
    }
}
