package be.antwerpen.lom.client.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.agenda.SyncMark;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.lease.SeatLease;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.sync.Commands;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline booking on the desk's seat leases (ADR 0030, 0031): final on a lease, provisional beyond. */
class LeaseBookingTest {

    /** Monday 30 November 2026, 09:00 in Brussels. */
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Brussels"));
    private static final LocalDateTime ELEVEN = LocalDateTime.of(2026, 11, 30, 11, 0);

    @TempDir
    Path dir;

    private TestDesk desk;
    private final SeatLease lease = new SeatLease(UUID.randomUUID(), "antwerpen", ELEVEN, ELEVEN.plusMinutes(30),
            NOW.plusSeconds(3600));

    @BeforeEach
    void setUp() {
        desk = new TestDesk(dir, CLOCK);
        desk.referenceData.set(ReferenceDataLoader.antwerpExample());
        desk.store.database().inTransaction(c -> {
            desk.store.seatLeases().replaceHeld(c, List.of(lease), ELEVEN.minusDays(1));
            return null;
        });
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @Test
    void a_booking_inside_a_held_lease_is_final_names_the_lease_and_uses_it_up() {
        Predicate<Slot> before = desk.booking.certainty();
        Slot eleven = desk.booking.proximity("antwerpen", "EID_APPLY", 0).stream()
                .filter(s -> s.start().equals(ELEVEN)).findFirst().orElseThrow();
        Slot noon = desk.booking.proximity("antwerpen", "EID_APPLY", 0).stream()
                .filter(s -> s.start().equals(ELEVEN.plusHours(1))).findFirst().orElseThrow();

        BookingConfirmation done = desk.booking.book("antwerpen", "EID_APPLY", ELEVEN,
                TestAppointments.citizen("Lotte", "Claes"));

        assertThat(before.test(eleven)).isTrue();
        assertThat(before.test(noon)).isFalse();
        assertThat(done.provisional()).isFalse();
        assertThat(desk.agenda.outbox()).singleElement().satisfies(e ->
                assertThat(((Commands.Book) e.payload()).leaseId()).isEqualTo(lease.id()));
        assertThat(desk.agenda.day(ELEVEN.toLocalDate())).singleElement().satisfies(e -> {
            assertThat(e.mark()).isEqualTo(SyncMark.PENDING);
            assertThat(e.appointment().provisional()).isFalse();
        });
        assertThat(desk.booking.certainty().test(eleven)).as("a lease is used once").isFalse();

        BookingConfirmation second = desk.booking.book("antwerpen", "EID_APPLY", ELEVEN,
                TestAppointments.citizen("Tom", "Wouters"));
        assertThat(second.provisional()).isTrue();
        assertThat(((Commands.Book) desk.agenda.outbox().get(1).payload()).leaseId()).isNull();
    }

    @Test
    void a_product_longer_than_the_lease_or_another_location_is_not_covered() {
        BookingConfirmation longer = desk.booking.book("antwerpen", "MARRIAGE_FILE", ELEVEN,
                TestAppointments.citizen("Lotte", "Claes"));
        assertThat(longer.provisional()).isTrue();
    }

    @Test
    void a_lease_past_its_use_before_is_not_used_and_the_booking_is_provisional() {
        desk.store.database().inTransaction(c -> {
            desk.store.seatLeases().replaceHeld(c, List.of(new SeatLease(lease.id(), "antwerpen", ELEVEN,
                    ELEVEN.plusMinutes(30), NOW.minusSeconds(1))), ELEVEN.minusDays(1));
            return null;
        });

        BookingConfirmation done = desk.booking.book("antwerpen", "EID_APPLY", ELEVEN,
                TestAppointments.citizen("Lotte", "Claes"));

        assertThat(done.provisional()).isTrue();
    }

    @Test
    void on_a_desk_whose_clock_runs_slow_a_lease_the_server_has_let_go_is_not_used_and_the_booking_is_provisional() {
        Slot eleven = desk.booking.proximity("antwerpen", "EID_APPLY", 0).stream()
                .filter(s -> s.start().equals(ELEVEN)).findFirst().orElseThrow();
        assertThat(desk.booking.certainty().test(eleven)).as("on the desk's own clock, before use-before").isTrue();
        // the last sync measured the server's clock 80 minutes ahead of this desk's: on the server's clock the lease's
        // use-before and its grace of 15 minutes have passed, and the server may have given the seat away
        desk.store.database().inTransaction(c -> {
            desk.store.syncState().synced(c, NOW, java.time.Duration.ofMinutes(80).toMillis());
            return null;
        });

        assertThat(desk.booking.certainty().test(eleven)).isFalse();
        BookingConfirmation done = desk.booking.book("antwerpen", "EID_APPLY", ELEVEN,
                TestAppointments.citizen("Lotte", "Claes"));
        assertThat(done.provisional()).isTrue();
    }

    @Test
    void the_lease_is_kept_when_the_local_view_shows_the_slot_full() {
        desk.store.database().inTransaction(c -> {
            for (int i = 0; i < 12; i++) {
                Appointment a = TestAppointments.booked("OCC-0" + i, ELEVEN);
                desk.store.appointments().upsert(c, new Appointment(UUID.randomUUID(), a.code(), "antwerpen",
                        "EID_APPLY", ELEVEN, ELEVEN.plusMinutes(20), a.citizen(), AppointmentStatus.BOOKED,
                        AppointmentOrigin.ONLINE, false, 1));
            }
            return null;
        });

        BookingConfirmation done = desk.booking.book("antwerpen", "EID_APPLY", ELEVEN,
                TestAppointments.citizen("Lotte", "Claes"));

        assertThat(done.provisional()).isFalse();
    }

    @Test
    void a_new_list_from_the_server_replaces_unused_leases_but_keeps_a_used_one() {
        desk.booking.book("antwerpen", "EID_APPLY", ELEVEN, TestAppointments.citizen("Lotte", "Claes"));
        SeatLease other = new SeatLease(UUID.randomUUID(), "deurne", ELEVEN, ELEVEN.plusMinutes(30),
                NOW.plusSeconds(3600));
        desk.store.database().inTransaction(c -> {
            desk.store.seatLeases().replaceHeld(c, List.of(lease, other), ELEVEN.minusDays(1));
            return null;
        });

        List<SeatLease> usable = desk.store.database().inTransaction(c -> desk.store.seatLeases().usable(c, NOW));

        assertThat(usable).extracting(SeatLease::id).containsExactly(other.id());
    }

    @Test
    void a_slot_that_only_overlaps_a_lease_is_not_free_on_the_leases_seat() {
        int seats = desk.booking.proximity("antwerpen", "EID_APPLY", 0).stream()
                .filter(s -> s.start().equals(ELEVEN)).findFirst().orElseThrow().capacity();
        LocalDateTime twenty = ELEVEN.plusMinutes(20);
        desk.store.database().inTransaction(c -> {
            for (int i = 0; i < seats - 1; i++) {
                for (LocalDateTime start : List.of(ELEVEN, twenty)) {
                    Appointment a = TestAppointments.booked("OVL-" + start.getMinute() + "-" + i, start);
                    desk.store.appointments().upsert(c, new Appointment(UUID.randomUUID(), a.code(), "antwerpen",
                            "EID_APPLY", start, start.plusMinutes(20), a.citizen(), AppointmentStatus.BOOKED,
                            AppointmentOrigin.ONLINE, false, 1));
                }
            }
            return null;
        });

        List<LocalDateTime> offered = desk.booking.proximity("antwerpen", "EID_APPLY", 0).stream()
                .map(Slot::start).filter(t -> !t.isBefore(ELEVEN) && t.isBefore(ELEVEN.plusHours(1))).toList();

        assertThat(offered).as("inside the lease: offered on its seat").contains(ELEVEN, ELEVEN.plusMinutes(10));
        assertThat(offered).as("11:20-11:40 overlaps the lease's last cell, whose seat the server holds for it")
                .doesNotContain(twenty);
        assertThat(desk.booking.flexibility("EID_APPLY", 0, false, false, 10_000).stream()
                .filter(s -> s.locationId().equals("antwerpen")).map(Slot::start).toList())
                .contains(ELEVEN).doesNotContain(twenty);
        assertThatThrownBy(() -> desk.booking.book("antwerpen", "EID_APPLY", twenty,
                        TestAppointments.citizen("Lotte", "Claes")))
                .isInstanceOf(CounterActionRefusedException.class);
        assertThat(desk.booking.book("antwerpen", "EID_APPLY", ELEVEN.plusMinutes(10),
                TestAppointments.citizen("Tom", "Wouters")).provisional()).isFalse();
    }
}
