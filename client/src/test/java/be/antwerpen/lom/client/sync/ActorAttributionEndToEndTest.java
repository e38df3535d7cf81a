package be.antwerpen.lom.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.counter.BookingConfirmation;
import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.testing.LaterSlot;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.staff.StaffRole;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shift change during an outage (ADR 0032): what each person did offline reaches the server's audit
 * trail under their own name, although the next person's login pushes it; a name the desk cannot prove
 * counts for nothing.
 */
class ActorAttributionEndToEndTest {

    private static final String SECOND = "agent2.antwerpen";

    @TempDir
    Path serverDir;
    @TempDir
    Path deskDir;

    private final Clock clock = Clock.system(ZoneId.of("Europe/Brussels"));
    private RealServer server;
    private ScheduledExecutorService scheduler;
    private DeskServices desk;

    @BeforeEach
    void start() throws Exception {
        server = new RealServer(serverDir);
        server.components.staffAdministration().create(SECOND, "Tweede Agent", StaffRole.AGENT, Set.of("antwerpen"),
                RealServer.PASSWORD, true, "e2e");
        server.start();
        scheduler = DeskAssembly.syncScheduler();
        desk = DeskAssembly.build(new ClientOptions(server.url(), null, deskDir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO), clock, scheduler, 1_000);
        desk.sync().stop();
        desk.enrollment().enroll(server.url(), RealServer.ENROLL_CODE, "e2e-desk");
        for (String who : List.of(SECOND, RealServer.AGENT)) {
            desk.login().login(who, RealServer.PASSWORD.toCharArray());
            desk.login().logout();
        }
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        desk.close();
        server.close();
    }

    @Test
    void each_persons_offline_work_is_audited_under_their_own_name_after_a_shift_change() {
        Slot slot = LaterSlot.of(desk.booking().proximity("antwerpen", "EID_APPLY", 14), clock);
        server.stop();
        desk.login().logout();
        assertThat(desk.login().login(SECOND, RealServer.PASSWORD.toCharArray()).offline()).isTrue();
        BookingConfirmation byTheSecond = desk.booking().book("antwerpen", "EID_APPLY", slot.start(),
                TestAppointments.anotherCitizen("An", "Peeters"));
        desk.login().logout();
        assertThat(desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray()).offline()).isTrue();
        BookingConfirmation byTheFirst = desk.booking().book("antwerpen", "EID_APPLY", slot.start(),
                TestAppointments.anotherCitizen("Lotte", "Claes"));
        List<OutboxEntry> waiting = desk.agenda().outbox();
        assertThat(waiting).extracting(OutboxEntry::actor).containsExactly(SECOND, RealServer.AGENT);
        assertThat(waiting).allSatisfy(e -> assertThat(e.actorProof()).isNotBlank());

        server.start();
        desk.login().logout();
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();

        assertThat(desk.agenda().outbox()).isEmpty();
        assertThat(actorOfBooking(byTheSecond.appointmentId())).isEqualTo(SECOND);
        assertThat(actorOfBooking(byTheFirst.appointmentId())).isEqualTo(RealServer.AGENT);
    }

    @Test
    void a_command_recorded_under_a_name_the_desk_cannot_prove_is_the_pushers() {
        Slot slot = desk.booking().proximity("antwerpen", "EID_APPLY", 14).get(1);
        BookingConfirmation booked = desk.booking().book("antwerpen", "EID_APPLY", slot.start(),
                TestAppointments.citizen("Jan", "Janssens"));
        desk.store().database().inTransaction(c -> {
            try (var s = c.prepareStatement("UPDATE outbox SET actor = ?")) {
                s.setString(1, SECOND);
                s.executeUpdate();
            }
            return null;
        });

        desk.sync().syncOnce();

        assertThat(desk.agenda().outbox()).isEmpty();
        assertThat(actorOfBooking(booked.appointmentId())).isEqualTo(RealServer.AGENT);
    }

    private String actorOfBooking(UUID appointmentId) {
        List<AuditEntry> lines = server.components.db().inSnapshot(c -> server.components.audit().search(c, null, null,
                null, List.of(appointmentId.toString()), null, null, 100));
        return lines.stream().filter(e -> e.action().equals("Book")).map(AuditEntry::actor).findFirst()
                .orElseThrow();
    }
}
