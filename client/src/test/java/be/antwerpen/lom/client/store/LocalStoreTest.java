package be.antwerpen.lom.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.agenda.SyncMark;
import be.antwerpen.lom.client.counter.BookingConfirmation;
import be.antwerpen.lom.client.counter.CounterActionRefusedException;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.sync.Commands;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneId.of("Europe/Brussels"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    private TestDesk desk;
    private Appointment appointment;

    @BeforeEach
    void open() {
        desk = new TestDesk(dir, CLOCK);
        appointment = TestAppointments.booked("K7M-2QX", TODAY.atTime(9, 30));
        desk.store.database().inTransaction(c -> {
            desk.store.appointments().upsert(c, appointment);
            return null;
        });
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void database_runs_in_wal_mode_with_full_synchronous() throws Exception {
        String journal = desk.store.database().inTransaction(c -> pragma(c, "journal_mode"));
        String synchronous = desk.store.database().inTransaction(c -> pragma(c, "synchronous"));
        assertThat(journal).isEqualToIgnoringCase("wal");
        assertThat(synchronous).isEqualTo("2");
    }

    @Test
    void check_in_shows_at_once_as_pending_and_puts_one_command_in_the_outbox() {
        desk.actions.checkIn(appointment.id());

        List<AgendaEntry> day = desk.agenda.day(TODAY);
        assertThat(day).singleElement().satisfies(e -> {
            assertThat(e.appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN);
            assertThat(e.mark()).isEqualTo(SyncMark.PENDING);
        });
        List<OutboxEntry> outbox = desk.agenda.outbox();
        assertThat(outbox).singleElement().satisfies(e -> {
            assertThat(e.sequence()).isEqualTo(1);
            assertThat(e.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(e.payload()).isEqualTo(new Commands.CheckIn(appointment.id(), null));
        });
        assertThat(desk.localChanges).hasValue(1);
    }

    @Test
    void sequences_are_gap_free_even_after_acknowledged_commands_leave_the_outbox() {
        desk.actions.checkIn(appointment.id());
        desk.store.database().inTransaction(c -> {
            desk.store.outbox().settle(c, desk.agenda.outbox().get(0).commandId(), OutboxStatus.ACKED, null, null);
            desk.store.outbox().removeReflected(c, 1);
            return null;
        });
        desk.actions.call(appointment.id());

        assertThat(desk.agenda.outbox()).extracting(OutboxEntry::sequence).containsExactly(2L);
    }

    @Test
    void settling_a_push_answer_as_one_batch_marks_only_pending_commands_and_the_sync_list_skips_acknowledged()
            throws Exception {
        Appointment other = TestAppointments.booked("Q4R-8ZT", TODAY.atTime(10, 0));
        desk.store.database().inTransaction(c -> {
            desk.store.appointments().upsert(c, other);
            return null;
        });
        desk.actions.checkIn(appointment.id());
        desk.actions.checkIn(other.id());
        desk.actions.call(appointment.id());
        List<OutboxEntry> sent = desk.agenda.outbox();
        java.util.UUID conflict = java.util.UUID.randomUUID();
        desk.store.database().inTransaction(c -> {
            desk.store.outbox().settle(c, sent.get(2).commandId(), OutboxStatus.REJECTED, "earlier answer", null);
            desk.store.outbox().settleAll(c, List.of(
                    new OutboxStore.Settlement(sent.get(0).commandId(), OutboxStatus.ACKED, null, null),
                    new OutboxStore.Settlement(sent.get(1).commandId(), OutboxStatus.CONFLICT, "taken", conflict),
                    new OutboxStore.Settlement(sent.get(2).commandId(), OutboxStatus.ACKED, null, null)));
            return null;
        });

        assertThat(desk.agenda.outbox()).extracting(OutboxEntry::status)
                .containsExactly(OutboxStatus.ACKED, OutboxStatus.CONFLICT, OutboxStatus.REJECTED);
        assertThat(desk.agenda.outbox().get(1).conflictId()).isEqualTo(conflict);
        assertThat(desk.agenda.unacknowledged()).extracting(OutboxEntry::sequence).containsExactly(2L, 3L);
    }

    @Test
    void a_pull_page_written_on_shared_statements_upserts_and_deletes_in_order() throws Exception {
        Appointment later = TestAppointments.booked("Q4R-8ZT", TODAY.atTime(10, 0));
        desk.store.database().inTransaction(c -> {
            try (AppointmentStore.PageWrites writes = desk.store.appointments().pageWrites(c)) {
                writes.upsert(later);
                writes.delete(appointment.id());
                writes.upsert(appointment);
                writes.delete(later.id());
            }
            return null;
        });

        assertThat(desk.agenda.day(TODAY)).extracting(e -> e.appointment().id()).containsExactly(appointment.id());
    }

    @Test
    void a_refused_transition_stores_nothing() {
        assertThatThrownBy(() -> desk.actions.markServed(appointment.id(), "done"))
                .isInstanceOf(CounterActionRefusedException.class)
                .hasMessageContaining("cannot be marked as served");
        assertThat(desk.agenda.outbox()).isEmpty();
    }

    @Test
    void repeating_an_action_adds_no_second_command() {
        desk.actions.checkIn(appointment.id());
        desk.actions.checkIn(appointment.id());
        assertThat(desk.agenda.outbox()).hasSize(1);
    }

    @Test
    void walk_in_tickets_count_up_per_desk_with_its_prefix() {
        String first = desk.actions.registerWalkIn("EID", TestAppointments.citizen("Jan", "Janssens"));
        String second = desk.actions.registerWalkIn("EID", TestAppointments.citizen("Mia", "Maes"));

        assertThat(first).isEqualTo("L1-0001");
        assertThat(second).isEqualTo("L1-0002");
        assertThat(desk.agenda.day(TODAY)).extracting(e -> e.appointment().code())
                .contains("L1-0001", "L1-0002");
    }

    @Test
    void a_rejected_command_is_not_replayed_and_marks_its_record_with_the_reason() {
        desk.actions.checkIn(appointment.id());
        desk.store.database().inTransaction(c -> {
            desk.store.outbox().settle(c, desk.agenda.outbox().get(0).commandId(), OutboxStatus.REJECTED,
                    "the appointment was cancelled online", null);
            return null;
        });

        assertThat(desk.agenda.day(TODAY)).singleElement().satisfies(e -> {
            assertThat(e.appointment().status()).isEqualTo(AppointmentStatus.BOOKED);
            assertThat(e.mark()).isEqualTo(SyncMark.REJECTED);
            assertThat(e.reason()).isEqualTo("the appointment was cancelled online");
        });
    }

    @Test
    void a_rejected_booking_made_here_stays_in_the_day_marked_with_the_reason_and_holds_no_seat() {
        desk.referenceData.set(ReferenceDataLoader.antwerpExample());
        LocalDateTime eleven = TODAY.atTime(11, 0);
        fill(eleven, 7);
        BookingConfirmation booked = desk.booking.book("antwerpen", "EID_APPLY", eleven,
                TestAppointments.citizen("Lotte", "Claes"));
        assertThat(desk.booking.proximity("antwerpen", "EID_APPLY", 1)).noneMatch(s -> s.start().equals(eleven));
        desk.store.database().inTransaction(c -> {
            desk.store.outbox().settle(c, desk.agenda.outbox().get(0).commandId(), OutboxStatus.REJECTED,
                    "location_closed", null);
            return null;
        });

        assertThat(desk.agenda.day(TODAY)).filteredOn(e -> e.appointment().id().equals(booked.appointmentId()))
                .singleElement().satisfies(e -> {
                    assertThat(e.appointment().code()).isEqualTo(booked.code());
                    assertThat(e.appointment().citizen().familyName()).isEqualTo("Claes");
                    assertThat(e.appointment().start()).isEqualTo(eleven);
                    assertThat(e.mark()).isEqualTo(SyncMark.REJECTED);
                    assertThat(e.reason()).isEqualTo("location_closed");
                    assertThat(e.refusedBooking()).as("holds no seat").isTrue();
                });
        assertThat(desk.booking.proximity("antwerpen", "EID_APPLY", 1)).as("the refused seat is free again")
                .anyMatch(s -> s.start().equals(eleven));
        Optional<AgendaEntry> actionable = desk.store.database()
                .inTransaction(c -> desk.agenda.current(c, booked.appointmentId()));
        assertThat(actionable).as("nothing can happen to it but its dismissal").isEmpty();
    }

    @Test
    void a_rejected_walk_in_stays_in_the_day_and_later_commands_about_it_neither_replay_nor_mark_it() {
        desk.referenceData.set(ReferenceDataLoader.antwerpExample());
        String ticket = desk.actions.registerWalkIn("EID_APPLY", TestAppointments.citizen("Tom", "Wouters"));
        AgendaEntry walkIn = desk.agenda.day(TODAY).stream().filter(e -> e.appointment().code().equals(ticket))
                .findFirst().orElseThrow();
        desk.actions.call(walkIn.appointment().id());
        desk.store.database().inTransaction(c -> {
            List<OutboxEntry> sent = desk.agenda.outbox();
            desk.store.outbox().settle(c, sent.get(0).commandId(), OutboxStatus.REJECTED, "device_time_too_old", null);
            desk.store.outbox().settle(c, sent.get(1).commandId(), OutboxStatus.REJECTED, "unknown_appointment", null);
            return null;
        });

        assertThat(desk.agenda.day(TODAY)).filteredOn(e -> e.appointment().code().equals(ticket))
                .singleElement().satisfies(e -> {
                    assertThat(e.appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN);
                    assertThat(e.mark()).isEqualTo(SyncMark.REJECTED);
                    assertThat(e.reason()).isEqualTo("device_time_too_old");
                    assertThat(e.refusedBooking()).isTrue();
                });
    }

    /** {@code seats} confirmed bookings at {@code start}, from other citizens. */
    private void fill(LocalDateTime start, int seats) {
        desk.store.database().inTransaction(c -> {
            for (int i = 0; i < seats; i++) {
                desk.store.appointments().upsert(c, new Appointment(UUID.randomUUID(), "OCC-00" + i, "antwerpen",
                        "EID_APPLY", start, start.plusMinutes(20), TestAppointments.anotherCitizen("Ann", "Peeters"),
                        AppointmentStatus.BOOKED, AppointmentOrigin.ONLINE, false, 1));
            }
            return null;
        });
    }

    @Test
    void a_change_reported_saved_survives_a_connection_dropped_without_close() throws Exception {
        desk.actions.checkIn(appointment.id());
        // Do not close the desk's connection: read the file through a second, independent connection.
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(LocalDatabase.FILE_NAME));
             Statement s = other.createStatement();
             ResultSet rs = s.executeQuery("SELECT command_type, status FROM outbox")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("CheckIn");
            assertThat(rs.getString(2)).isEqualTo("PENDING");
        }
    }

    @Test
    void reopening_the_database_keeps_confirmed_state_and_outbox() {
        desk.actions.checkIn(appointment.id());
        desk.close();
        desk = new TestDesk(dir, CLOCK);

        assertThat(desk.agenda.day(TODAY)).singleElement()
                .satisfies(e -> assertThat(e.appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN));
        assertThat(desk.agenda.waitingCommands()).isEqualTo(1);
    }

    @Test
    void appointments_of_other_days_are_not_in_the_day_view() {
        desk.store.database().inTransaction(c -> {
            desk.store.appointments().upsert(c, TestAppointments.booked("ABC-DEF", LocalDateTime.of(2026, 12, 1, 9, 0)));
            return null;
        });
        assertThat(desk.agenda.day(TODAY)).hasSize(1);
    }

    private static String pragma(Connection c, String name) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
