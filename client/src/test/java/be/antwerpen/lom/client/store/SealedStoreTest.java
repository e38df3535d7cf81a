package be.antwerpen.lom.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.SyncCommand;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store seals citizens' data with the data key and refuses to work without it (ADR 0045). */
class SealedStoreTest {

    private static final String NRN = "85073003328";
    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 7, 9, 0);

    @TempDir
    Path dir;

    private final ObjectMapper json = ProtocolJson.newMapper();

    @Test
    void the_citizen_column_holds_ciphertext_that_opens_only_in_its_own_row() {
        try (LocalStore store = LocalStore.open(dir, json)) {
            new PersonalDataLock(store).create(PersonalDataVault.newKey(), Instant.now());
            Appointment first = appointment("ANT-0001", "Wouters");
            Appointment second = appointment("ANT-0002", "Goossens");
            store.database().inTransaction(c -> {
                store.appointments().upsert(c, first);
                store.appointments().upsert(c, second);
                return null;
            });

            byte[] sealed = store.database().inTransaction(c -> rawCitizen(c, first.id()));
            assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Wouters").doesNotContain(NRN);
            assertThat(store.database().inTransaction(c -> store.appointments().find(c, first.id())).orElseThrow()
                    .citizen()).isEqualTo(first.citizen());

            store.database().inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("UPDATE appointment SET citizen = ? WHERE id = ?")) {
                    s.setBytes(1, sealed);
                    s.setString(2, second.id().toString());
                    s.executeUpdate();
                }
                return null;
            });
            assertThatThrownBy(() -> store.database().inTransaction(c -> store.appointments().find(c, second.id())))
                    .isInstanceOf(SealedWithAnotherKeyException.class);
        }
    }

    @Test
    void a_locked_store_neither_reads_nor_writes_personal_data() {
        try (LocalStore store = LocalStore.open(dir, json)) {
            new PersonalDataLock(store).create(PersonalDataVault.newKey(), Instant.now());
            Appointment a = appointment("ANT-0001", "Wouters");
            store.database().inTransaction(c -> {
                store.appointments().upsert(c, a);
                return null;
            });
            store.vault().lock();

            assertThatThrownBy(() -> store.database().inTransaction(c -> store.appointments().find(c, a.id())))
                    .isInstanceOf(PersonalDataLockedException.class).hasMessageNotContaining("Wouters");
            assertThatThrownBy(() -> store.database().inTransaction(c -> {
                store.appointments().upsert(c, appointment("ANT-0002", "Goossens"));
                return null;
            })).isInstanceOf(PersonalDataLockedException.class);
            assertThat(store.database().inTransaction(store.appointments()::count)).isEqualTo(1);
        }
    }

    @Test
    void another_key_does_not_open_the_desk() {
        try (LocalStore store = LocalStore.open(dir, json)) {
            PersonalDataLock lock = new PersonalDataLock(store);
            lock.create(PersonalDataVault.newKey(), Instant.now());
            lock.lock();

            assertThatThrownBy(() -> lock.unlock(PersonalDataVault.newKey())).isInstanceOf(IllegalArgumentException.class);
            assertThat(store.vault().unlocked()).isFalse();
        }
    }

    @Test
    void outbox_payloads_are_sealed_and_read_back() {
        try (LocalStore store = LocalStore.open(dir, json)) {
            new PersonalDataLock(store).create(PersonalDataVault.newKey(), Instant.now());
            SyncCommand command = new SyncCommand(UUID.randomUUID(), 1, SyncCommand.CURRENT_SCHEMA_VERSION,
                    Instant.now(), "agent.antwerpen", new Commands.RegisterWalkIn(UUID.randomUUID(), "W-001",
                    "antwerpen", "EID_APPLY", START, citizen("Wouters"), AppointmentOrigin.WALK_IN, null));
            store.database().inTransaction(c -> {
                store.outbox().append(c, command);
                return null;
            });

            String raw = store.database().inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT payload FROM outbox");
                     ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(raw).startsWith(OutboxStore.SEALED_MARK).doesNotContain("Wouters");
            assertThat(store.database().inTransaction(store.outbox()::all)).singleElement()
                    .satisfies(e -> assertThat(e.toCommand()).isEqualTo(command));
        }
    }

    @Test
    void rows_an_earlier_build_wrote_in_clear_are_sealed_at_the_first_login_and_leave_no_trace() throws Exception {
        Path file = dir.resolve(LocalDatabase.FILE_NAME);
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration/client")
                .target("5").load().migrate();
        UUID id = UUID.randomUUID();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("INSERT INTO appointment VALUES ('" + id + "', 'ANT-0001', 'antwerpen', 'EID_APPLY',"
                    + " '2026-12-07T09:00', '2026-12-07T09:10', 'BOOKED', 'ONLINE', 0, 1, '" + NRN + "',"
                    + " 'Griet', 'Wouterszoon', 'griet@voorbeeld.be', '+32 470 11 22 33')");
            s.execute("INSERT INTO outbox (sequence, command_id, entity_id, command_type, payload, actor,"
                    + " device_time, status, reason, conflict_id) VALUES (1, '" + UUID.randomUUID() + "', '" + id + "', 'CheckIn',"
                    + " '{\"type\":\"CheckIn\",\"note\":\"Wouterszoon\"}', 'agent', '2026-12-07T08:00:00Z', 'PENDING',"
                    + " NULL, NULL)");
        }
        try (LocalStore store = LocalStore.open(dir, json)) {
            new PersonalDataLock(store).create(PersonalDataVault.newKey(), Instant.now());

            assertThat(store.database().inTransaction(c -> store.appointments().find(c, id)).orElseThrow()
                    .citizen().familyName()).isEqualTo("Wouterszoon");
            String payload = store.database().inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT payload FROM outbox");
                     ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(payload).startsWith(OutboxStore.SEALED_MARK);
        }
        for (String name : new String[] {LocalDatabase.FILE_NAME, LocalDatabase.FILE_NAME + "-wal"}) {
            Path f = dir.resolve(name);
            if (Files.exists(f)) {
                String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(content).as(name).doesNotContain("Wouterszoon").doesNotContain(NRN)
                        .doesNotContain("griet@voorbeeld.be");
            }
        }
    }

    private static byte[] rawCitizen(java.sql.Connection c, UUID id) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT citizen FROM appointment WHERE id = ?")) {
            s.setString(1, id.toString());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    private static Citizen citizen(String family) {
        return new Citizen(NationalRegisterNumber.parse(NRN), "Griet", family, "griet@voorbeeld.be",
                "+32 470 11 22 33");
    }

    private static Appointment appointment(String code, String family) {
        return new Appointment(UUID.randomUUID(), code, "antwerpen", "EID_APPLY", START, START.plusMinutes(10),
                citizen(family), AppointmentStatus.BOOKED, AppointmentOrigin.ONLINE, false, 1);
    }
}
