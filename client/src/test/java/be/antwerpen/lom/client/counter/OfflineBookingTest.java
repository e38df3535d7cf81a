package be.antwerpen.lom.client.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.agenda.SyncMark;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineBookingTest {

    /** Monday 30 November 2026, 09:00 in Brussels. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneId.of("Europe/Brussels"));
    private static final LocalDateTime ELEVEN = LocalDateTime.of(2026, 11, 30, 11, 0);

    @TempDir
    Path dir;

    private TestDesk desk;

    @BeforeEach
    void setUp() {
        desk = new TestDesk(dir, CLOCK);
        desk.referenceData.set(ReferenceDataLoader.antwerpExample());
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @Test
    void proximity_offers_only_future_slots_of_the_location() {
        List<Slot> slots = desk.booking.proximity("antwerpen", "EID_APPLY", 7);
        assertThat(slots).isNotEmpty().allMatch(s -> s.locationId().equals("antwerpen"))
                .allMatch(s -> s.start().isAfter(LocalDateTime.now(CLOCK)));
    }

    @Test
    void flexibility_saturdays_only_offers_saturdays_at_any_location() {
        List<Slot> slots = desk.booking.flexibility("EID_APPLY", 14, true, false, 20);
        assertThat(slots).hasSize(20)
                .allMatch(s -> s.start().getDayOfWeek() == java.time.DayOfWeek.SATURDAY);
    }

    @Test
    void a_booking_made_offline_is_provisional_and_waits_in_the_outbox() {
        BookingConfirmation confirmation = desk.booking.book("antwerpen", "EID_APPLY", ELEVEN,
                TestAppointments.citizen("Lotte", "Claes"));

        assertThat(confirmation.provisional()).isTrue();
        assertThat(confirmation.code()).matches("[A-Z2-9]{3}-[A-Z2-9]{3}");
        assertThat(desk.agenda.day(ELEVEN.toLocalDate())).singleElement().satisfies(e -> {
            assertThat(e.mark()).isEqualTo(SyncMark.PROVISIONAL);
            assertThat(e.appointment().provisional()).isTrue();
            assertThat(e.appointment().end()).isEqualTo(ELEVEN.plusMinutes(20));
        });
        assertThat(desk.agenda.outbox()).singleElement()
                .satisfies(e -> assertThat(e.payload()).isInstanceOf(Commands.Book.class));
    }

    @Test
    void the_last_free_seat_cannot_be_booked_twice_at_the_same_desk() {
        desk.store.database().inTransaction(c -> {
            for (int i = 0; i < 7; i++) {
                Appointment a = TestAppointments.booked("OCC-00" + i, ELEVEN);
                desk.store.appointments().upsert(c, new Appointment(UUID.randomUUID(), a.code(), "antwerpen",
                        "EID_APPLY", ELEVEN, ELEVEN.plusMinutes(20), a.citizen(), AppointmentStatus.BOOKED,
                        AppointmentOrigin.ONLINE, false, 1));
            }
            return null;
        });
        desk.booking.book("antwerpen", "EID_APPLY", ELEVEN, TestAppointments.citizen("Lotte", "Claes"));

        assertThatThrownBy(() -> desk.booking.book("antwerpen", "EID_APPLY", ELEVEN,
                TestAppointments.citizen("Tom", "Wouters")))
                .isInstanceOf(CounterActionRefusedException.class)
                .hasMessageContaining("no longer free");
        assertThat(desk.agenda.outbox()).hasSize(1);
    }
}
