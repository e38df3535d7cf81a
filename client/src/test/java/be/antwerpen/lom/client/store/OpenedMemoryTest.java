package be.antwerpen.lom.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.SyncCommand;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the screens read again after every sync batch is taken from memory only while it is exactly what the
 * database holds, and never once the desk is locked (issue 16, {@link OpenedCommands}, {@link OpenedCitizens}).
 */
class OpenedMemoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    private final ObjectMapper json = ProtocolJson.newMapper();

    @Test
    void the_outbox_read_again_shows_each_commands_new_status_and_sequence() {
        try (LocalStore store = unlocked()) {
            SyncCommand first = walkIn(1, "Wouters");
            SyncCommand second = walkIn(2, "Goossens");
            append(store, first, second);
            assertThat(store.database().inTransaction(store.outbox()::all))
                    .extracting(OutboxEntry::status).containsExactly(OutboxStatus.PENDING, OutboxStatus.PENDING);

            store.database().inTransaction(c -> {
                store.outbox().renumberWaiting(c, 0, 7);
                store.outbox().settle(c, first.commandId(), OutboxStatus.ACKED, null, null);
                store.outbox().settle(c, second.commandId(), OutboxStatus.REJECTED, "no seat", null);
                return null;
            });

            List<OutboxEntry> again = store.database().inTransaction(store.outbox()::all);
            assertThat(again).extracting(OutboxEntry::status).containsExactly(OutboxStatus.ACKED, OutboxStatus.REJECTED);
            assertThat(again).extracting(OutboxEntry::reason).containsExactly(null, "no seat");
            assertThat(again).extracting(OutboxEntry::sequence).containsExactly(7L, 8L);
            assertThat(again).extracting(OutboxEntry::payload).containsExactly(first.payload(), second.payload());
            assertThat(again).extracting(OutboxEntry::deviceTime)
                    .containsExactly(first.deviceTime(), second.deviceTime());
            assertThat(store.database().inTransaction(store.outbox()::unacknowledged))
                    .extracting(OutboxEntry::commandId).containsExactly(second.commandId());
        }
    }

    @Test
    void a_payload_changed_in_the_database_is_opened_again_not_taken_from_memory() {
        try (LocalStore store = unlocked()) {
            SyncCommand first = walkIn(1, "Wouters");
            SyncCommand second = walkIn(2, "Goossens");
            append(store, first, second);
            store.database().inTransaction(store.outbox()::all);

            // the second row gets the first row's sealed payload (a tampered or restored file)
            store.database().inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET payload ="
                        + " (SELECT payload FROM outbox WHERE command_id = ?) WHERE command_id = ?")) {
                    s.setString(1, first.commandId().toString());
                    s.setString(2, second.commandId().toString());
                    s.executeUpdate();
                }
                return null;
            });

            assertThatThrownBy(() -> store.database().inTransaction(store.outbox()::all))
                    .isInstanceOf(SealedWithAnotherKeyException.class);
            assertThatThrownBy(() -> store.database().inTransaction(c -> store.outbox().pendingForPush(c, 0, 10, Integer.MAX_VALUE)))
                    .isInstanceOf(SealedWithAnotherKeyException.class);
        }
    }

    @Test
    void a_locked_desk_reads_nothing_from_memory() {
        try (LocalStore store = unlocked()) {
            append(store, walkIn(1, "Wouters"));
            Appointment a = appointment("Wouters");
            store.database().inTransaction(c -> {
                store.appointments().upsert(c, a);
                return null;
            });
            store.database().inTransaction(store.outbox()::all);
            store.database().inTransaction(c -> store.appointments().onDay(c, DAY));

            store.vault().lock();

            assertThatThrownBy(() -> store.database().inTransaction(store.outbox()::all))
                    .isInstanceOf(PersonalDataLockedException.class);
            assertThatThrownBy(() -> store.database().inTransaction(store.outbox()::unacknowledged))
                    .isInstanceOf(PersonalDataLockedException.class);
            assertThatThrownBy(() -> store.database().inTransaction(c -> store.outbox().pendingForPush(c, 0, 10, Integer.MAX_VALUE)))
                    .isInstanceOf(PersonalDataLockedException.class);
            assertThatThrownBy(() -> store.database().inTransaction(c -> store.appointments().onDay(c, DAY)))
                    .isInstanceOf(PersonalDataLockedException.class);
        }
    }

    @Test
    void a_citizen_written_again_is_opened_again() {
        try (LocalStore store = unlocked()) {
            Appointment a = appointment("Wouters");
            store.database().inTransaction(c -> {
                store.appointments().upsert(c, a);
                return null;
            });
            assertThat(onDay(store)).extracting(x -> x.citizen().familyName()).containsExactly("Wouters");

            Appointment renamed = new Appointment(a.id(), a.code(), a.locationId(), a.productCode(), a.start(), a.end(),
                    new Citizen(null, "Lotte", "Wouters-Peeters", "lotte@example.org", null), AppointmentStatus.CALLED,
                    a.origin(), false, 2);
            store.database().inTransaction(c -> {
                store.appointments().upsert(c, renamed);
                return null;
            });

            assertThat(onDay(store)).singleElement().isEqualTo(renamed);
        }
    }

    private static List<Appointment> onDay(LocalStore store) {
        return store.database().inTransaction(c -> store.appointments().onDay(c, DAY));
    }

    private LocalStore unlocked() {
        return UnlockedStores.open(dir, json);
    }

    private static void append(LocalStore store, SyncCommand... commands) {
        UnlockedStores.append(store, commands);
    }

    private static SyncCommand walkIn(long sequence, String familyName) {
        UUID appointment = UUID.randomUUID();
        return new SyncCommand(UUID.randomUUID(), sequence, SyncCommand.CURRENT_SCHEMA_VERSION,
                Instant.parse("2026-12-07T08:00:00Z").plusSeconds(sequence), "agent.antwerpen",
                new Commands.RegisterWalkIn(appointment, "L1-000" + sequence, "antwerpen", "EID_APPLY",
                        DAY.atTime(9, 0), new Citizen(null, "Lotte", familyName, null, null), AppointmentOrigin.WALK_IN,
                        null), null);
    }

    private static Appointment appointment(String familyName) {
        LocalDateTime start = DAY.atTime(9, 0);
        return new Appointment(UUID.randomUUID(), "ANT-0001", "antwerpen", "EID_APPLY", start, start.plusMinutes(10),
                new Citizen(null, "Lotte", familyName, null, null), AppointmentStatus.BOOKED, AppointmentOrigin.ONLINE,
                false, 1);
    }
}
