package be.antwerpen.lom.client.rekey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.counter.BookingConfirmation;
import be.antwerpen.lom.client.downtime.PackManifest;
import be.antwerpen.lom.client.downtime.RenderedPack;
import be.antwerpen.lom.client.downtime.SerialRange;
import be.antwerpen.lom.client.testing.OpenMorning;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.SettableClock;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictView;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lease serials, print a pack, re-key paper forms and sync them, all through the real server. */
class PaperFallbackEndToEndTest {

    @TempDir
    Path serverDir;
    @TempDir
    Path deskDir;

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** Server and desk share a clock at an open weekday morning: on the real clock the test failed on Saturdays. */
    private final SettableClock clock = new SettableClock(OpenMorning.antwerpen(BRUSSELS).atZone(BRUSSELS).toInstant(),
            BRUSSELS);
    private RealServer server;
    private ScheduledExecutorService scheduler;
    private DeskServices desk;

    @BeforeEach
    void start() throws Exception {
        server = new RealServer(serverDir, clock);
        server.start();
        scheduler = DeskAssembly.syncScheduler();
        desk = DeskAssembly.build(new ClientOptions(server.url(), null, deskDir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO), clock, scheduler, 1_000);
        desk.enrollment().enroll(server.url(), RealServer.ENROLL_CODE, "e2e-desk");
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
    void forms_re_keyed_after_an_outage_reach_the_server_with_origin_paper_paper_time_and_serial() {
        SerialRange leased = desk.paper().leases().lease(100);
        desk.store().database().inTransaction(c -> {
            desk.paper().serials().add(c, leased);
            return null;
        });
        assertThat(leased.prefix()).isEqualTo("ANT-W");
        Slot slot = desk.booking().proximity("antwerpen", "EID_APPLY", 14).get(0);
        BookingConfirmation booked = desk.booking().book("antwerpen", "EID_APPLY", slot.start(),
                TestAppointments.citizen("Đorđe", "Šimić"));
        desk.sync().syncOnce();
        LocalDate day = slot.start().toLocalDate();

        RenderedPack pack = desk.paper().generator().generate(day, (step, done, total) -> { }).orElseThrow();
        // the outage: the citizens came and were served on paper; the forms are entered afterwards
        clock.set(slot.start().plusMinutes(30).atZone(BRUSSELS).toInstant());
        PackManifest.Entry entry = pack.manifest().appointments().stream()
                .filter(e -> e.id().equals(booked.appointmentId())).findFirst().orElseThrow();
        String serial = pack.manifest().walkInForms().get(0).serial();
        LocalTime paperTime = slot.start().toLocalTime();

        desk.paper().rekeying().enterAppointment((AppointmentPaperForm) desk.paper().lookup()
                .find("LOM1|A|" + entry.id() + "|" + entry.code()), PaperOutcome.SERVED, paperTime, "aanvraag ok");
        UUID walkIn = desk.paper().rekeying().enterWalkIn((WalkInPaperForm) desk.paper().lookup().find(serial),
                PaperOutcome.SERVED, paperTime, TestAppointments.VALID_NRN, "Şükrü", "Öztürk", null);
        desk.sync().syncOnce();

        assertThat(desk.agenda().outbox()).isEmpty();
        Appointment served = stored(booked.appointmentId());
        assertThat(served.status()).isEqualTo(AppointmentStatus.SERVED);
        Appointment registered = stored(walkIn);
        assertThat(registered.origin()).isEqualTo(AppointmentOrigin.PAPER);
        assertThat(registered.code()).isEqualTo(serial);
        assertThat(registered.start()).isEqualTo(day.atTime(paperTime));
        assertThat(registered.status()).isEqualTo(AppointmentStatus.SERVED);
        assertThat(audit(booked.appointmentId())).filteredOn(e -> e.action().equals("MarkServed")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("[paper " + day.atTime(paperTime) + "]"));
        assertThat(audit(walkIn)).filteredOn(e -> e.action().equals("RegisterWalkIn")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("serial " + serial));

        assertThatThrownBy(() -> desk.paper().rekeying().enterWalkIn(
                (WalkInPaperForm) desk.paper().lookup().find(serial), PaperOutcome.SERVED, paperTime, "", "Jan",
                "Claes", null)).isInstanceOf(RekeyRefusedException.class).hasMessageContaining("entered already");
        assertThat(desk.agenda().outbox()).isEmpty();
    }

    @Test
    void a_form_served_on_paper_for_an_appointment_cancelled_meanwhile_ends_served_at_the_server_with_a_stale_state_conflict() {
        SerialRange leased = desk.paper().leases().lease(100);
        desk.store().database().inTransaction(c -> {
            desk.paper().serials().add(c, leased);
            return null;
        });
        Slot slot = desk.booking().proximity("antwerpen", "EID_APPLY", 14).get(0);
        BookingConfirmation booked = desk.booking().book("antwerpen", "EID_APPLY", slot.start(),
                TestAppointments.citizen("Đorđe", "Šimić"));
        desk.sync().syncOnce();
        LocalDate day = slot.start().toLocalDate();
        desk.paper().generator().generate(day, (step, done, total) -> { }).orElseThrow();
        // the citizen cancels after the pack was printed, comes anyway and is served on paper
        desk.actions().cancel(booked.appointmentId(), "online geannuleerd");
        desk.sync().syncOnce();
        assertThat(stored(booked.appointmentId()).status()).isEqualTo(AppointmentStatus.CANCELLED);
        clock.set(slot.start().plusMinutes(30).atZone(BRUSSELS).toInstant());

        desk.paper().rekeying().enterAppointment((AppointmentPaperForm) desk.paper().lookup()
                .find(booked.code()), PaperOutcome.SERVED, slot.start().toLocalTime(), "toch geholpen");
        desk.sync().syncOnce();

        assertThat(stored(booked.appointmentId()).status()).isEqualTo(AppointmentStatus.SERVED);
        var s = server.components;
        List<ConflictView> open = s.db().inTransaction(c -> s.conflicts().atLocation(c, "antwerpen", true));
        assertThat(open).singleElement().satisfies(conflict -> {
                    assertThat(conflict.kind()).isEqualTo(ConflictKind.STALE_STATE);
                    assertThat(conflict.appointmentId()).isEqualTo(booked.appointmentId());
                });
    }

    private Appointment stored(UUID id) {
        var s = server.components;
        return s.db().inTransaction(c -> s.appointments().find(c, id)).orElseThrow().appointment();
    }

    private List<AuditEntry> audit(UUID id) {
        var s = server.components;
        return s.db().inTransaction(c -> s.audit().search(c, null, null, null, List.of(id.toString()), null, null, 50));
    }
}
