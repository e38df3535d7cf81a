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
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.sync.ReenrollmentViewModel;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.sync.Commands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a cyberattack the server is restored from a backup taken before this desk was enrolled: the
 * server answers {@code 410 unknown_device}. The desk is enrolled again with a new code and sends
 * everything it still holds; what the backup lacks and the desk no longer holds is shown, not hidden.
 */
class ServerRestoreEndToEndTest {

    private final Clock clock = Clock.system(ZoneId.of("Europe/Brussels"));

    @TempDir
    Path serverDir;
    @TempDir
    Path backupDir;
    @TempDir
    Path deskDir;

    private RealServer server;
    private ScheduledExecutorService scheduler;
    private DeskServices desk;
    private BookingConfirmation bookedOnline;
    private BookingConfirmation bookedOffline;
    private String walkInTicket;

    @BeforeEach
    void workThenLoseTheServer() throws Exception {
        RealServer fresh = new RealServer(serverDir);
        int port = fresh.port();
        fresh.close();
        copy(serverDir, backupDir);
        server = RealServer.restored(serverDir, port);
        server.start();
        scheduler = DeskAssembly.syncScheduler();
        desk = DeskAssembly.build(new ClientOptions(server.url(), null, deskDir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO), clock, scheduler, 1_000);
        desk.sync().stop();
        desk.enrollment().enroll(server.url(), RealServer.ENROLL_CODE, "e2e-desk");
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();

        List<Slot> slots = desk.booking().proximity("antwerpen", "EID_APPLY", 14);
        bookedOnline = desk.booking().book("antwerpen", "EID_APPLY", slots.get(0).start(),
                TestAppointments.citizen("An", "Peeters"));
        desk.sync().syncOnce();
        assertThat(desk.agenda().outbox()).as("synced and reflected work leaves the outbox").isEmpty();

        server.stop();
        desk.actions().checkIn(bookedOnline.appointmentId());
        bookedOffline = desk.booking().book("antwerpen", "EID_APPLY", slots.get(2).start(),
                TestAppointments.citizen("Lotte", "Claes"));
        walkInTicket = desk.actions().registerWalkIn("EID_APPLY", TestAppointments.citizen("Jan", "Janssens"));
        server.close();

        server = RealServer.restored(backupDir, port);
        server.start();
        desk.sync().syncOnce();
        if (desk.sync().status().phase() == SyncPhase.LOGIN_EXPIRED) {
            desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
            desk.sync().syncOnce();
        }
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        desk.store().close();
        server.close();
    }

    @Test
    void a_desk_the_restored_server_does_not_know_is_enrolled_again_and_sends_all_it_still_holds() throws Exception {
        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.DEVICE_UNKNOWN);
        assertThat(desk.agenda().outbox()).hasSize(3);
        server.components.enrollment.issue("RESTORE-ANTWERPEN-1", "antwerpen", "Loket 1", Duration.ofHours(1),
                "admin");

        desk.enrollment().reenroll("", "RESTORE-ANTWERPEN-1");
        desk.sync().syncOnce();

        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
        LocalDate offlineDay = bookedOffline.start().toLocalDate();
        assertThat(serverAgenda(offlineDay)).extracting(Appointment::id).contains(bookedOffline.appointmentId());
        AgendaEntry walkIn = desk.agenda().day(LocalDate.now(clock)).stream()
                .filter(e -> e.appointment().code().equals(walkInTicket)).findFirst().orElseThrow();
        assertThat(walkIn.mark()).isEqualTo(SyncMark.SYNCED);
        assertThat(serverAgenda(LocalDate.now(clock))).extracting(Appointment::id)
                .contains(walkIn.appointment().id());
        // the online booking was already confirmed and left the outbox before the backup was
        // restored; the backup lacks it, so the check-in on it is refused and stays visible
        assertThat(desk.agenda().outbox()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(OutboxStatus.REJECTED);
            assertThat(entry.payload()).isInstanceOf(Commands.CheckIn.class);
            assertThat(entry.reason()).isNotBlank();
        });
        for (LocalDate day : List.of(offlineDay, LocalDate.now(clock))) {
            assertThat(confirmed(day)).as("the desk's copy of %s is the restored server's", day)
                    .isEqualTo(serverAgenda(day).stream().map(a -> a.id() + " " + a.status()).sorted().toList());
        }
    }

    @Test
    void a_code_for_another_location_cannot_take_over_the_desks_work() {
        server.components.enrollment.issue("RESTORE-DEURNE-1", "deurne", "Loket 1", Duration.ofHours(1), "admin");
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
    void the_sync_screen_offers_enrolling_again_only_while_the_server_does_not_know_the_desk() {
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

        server.components.enrollment.issue("RESTORE-ANTWERPEN-2", "antwerpen", "Loket 1", Duration.ofHours(1),
                "admin");
        model.reenroll("RESTORE-ANTWERPEN-2");

        assertThat(model.messageIsError()).isFalse();
        assertThat(model.needed()).isFalse();
        assertThat(syncRequests).hasValue(1);
        desk.sync().syncOnce();
        model.statusChanged(desk.sync().status());
        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
        assertThat(model.needed()).isFalse();
    }

    private List<String> confirmed(LocalDate day) {
        return desk.agenda().day(day).stream()
                .filter(e -> e.mark() == SyncMark.SYNCED && e.appointment().locationId().equals("antwerpen"))
                .map(e -> e.appointment().id() + " " + e.appointment().status()).sorted().toList();
    }

    private List<Appointment> serverAgenda(LocalDate day) {
        return server.components.db.inSnapshot(c -> server.components.appointments.atLocation(c, "antwerpen",
                day.atStartOfDay(), day.plusDays(1).atStartOfDay()));
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
