package be.antwerpen.lom.client.install;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.rekey.RekeyedFormStore;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.store.LocalDatabase;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ProtocolJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * A package upgrade keeps the desk's data: a database written by an earlier package's schema, with
 * commands still waiting in the outbox, is migrated by the current code and nothing is lost.
 *
 * <p>The earlier schema is built from the client's own migrations with Flyway's {@code target}: the
 * schema that package 0.1.0 shipped (V1), and the one just before the newest migration. While V1 is
 * the only migration both are V1 and the test proves that reopening keeps everything; as soon as a V2
 * lands it proves the real migration.
 */
class DeskUpgradeTest {

    /** The schema version the first desk package (0.1.0) created. Never change it: desks in the field have it. */
    static final String SCHEMA_OF_PACKAGE_0_1_0 = "1";

    private static final String MIGRATIONS = "classpath:db/migration/client";
    private final ObjectMapper json = ProtocolJson.newMapper();

    @TempDir
    Path dataDir;

    @Test
    void database_of_package_0_1_0_with_a_waiting_outbox_is_migrated_and_keeps_it() throws Exception {
        upgradeFrom(MigrationVersion.fromVersion(SCHEMA_OF_PACKAGE_0_1_0));
    }

    @Test
    void database_of_the_schema_before_the_newest_migration_is_migrated_and_keeps_its_outbox() throws Exception {
        List<MigrationVersion> versions = availableVersions();
        upgradeFrom(versions.size() > 1 ? versions.get(versions.size() - 2) : versions.get(0));
    }

    @Test
    void a_paper_form_entered_before_its_commands_were_recorded_still_counts_as_entered_after_the_upgrade()
            throws Exception {
        SQLiteDataSource file = new SQLiteDataSource();
        file.setUrl("jdbc:sqlite:" + dataDir.resolve(LocalDatabase.FILE_NAME).toAbsolutePath());
        Flyway.configure().dataSource(file).locations(MIGRATIONS).target(MigrationVersion.fromVersion("9")).load()
                .migrate();
        try (Connection c = file.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO rekeyed_form (form_key, appointment_id, entered_at)"
                     + " VALUES ('W:ANT-W-000007', '018f0000-0000-7000-8000-000000000007', '2026-11-27T09:00:00Z')")) {
            s.executeUpdate();
        }

        try (LocalStore store = LocalStore.open(dataDir, json)) {
            RekeyedFormStore forms = new RekeyedFormStore();
            boolean entered = store.database().inTransaction(c -> forms.contains(c, "W:ANT-W-000007"));
            Set<String> enteredForms = store.database().inTransaction(forms::allKeys);
            Map<String, String> refused = store.database().inTransaction(forms::refused);
            assertThat(entered).isTrue();
            assertThat(enteredForms).containsExactly("W:ANT-W-000007");
            assertThat(refused).isEmpty();
        }
    }

    @Test
    void the_schema_of_package_0_1_0_is_still_among_the_migrations() {
        assertThat(availableVersions()).contains(MigrationVersion.fromVersion(SCHEMA_OF_PACKAGE_0_1_0));
    }

    private void upgradeFrom(MigrationVersion previous) throws Exception {
        SQLiteDataSource file = new SQLiteDataSource();
        file.setUrl("jdbc:sqlite:" + dataDir.resolve(LocalDatabase.FILE_NAME).toAbsolutePath());
        Flyway.configure().dataSource(file).locations(MIGRATIONS).target(previous).load().migrate();
        List<CommandPayload> waiting = List.of(
                new Commands.CheckIn(UUID.fromString("018f0000-0000-7000-8000-000000000001"), null),
                new Commands.MarkNoShow(UUID.fromString("018f0000-0000-7000-8000-000000000002"),
                        LocalDateTime.of(2026, 11, 27, 10, 40)),
                new Commands.Cancel(UUID.fromString("018f0000-0000-7000-8000-000000000003"), "burger belde af",
                        LocalDateTime.of(2026, 11, 27, 11, 5)));
        try (Connection c = file.getConnection()) {
            writeAsTheEarlierDesk(c, waiting);
        }

        try (LocalStore store = LocalStore.open(dataDir, json)) {
            List<OutboxEntry> outbox = store.database().inTransaction(store.outbox()::all);
            assertThat(outbox).extracting(OutboxEntry::sequence).containsExactly(1L, 2L, 3L);
            assertThat(outbox).extracting(OutboxEntry::payload).containsExactlyElementsOf(waiting);
            assertThat(outbox).extracting(OutboxEntry::status).containsOnly(OutboxStatus.PENDING);
            assertThat(outbox).extracting(OutboxEntry::actor).containsOnly("agent.antwerpen");
            assertThat(store.database().inTransaction(store.syncState()::read).enrolled())
                    .contains(new DeviceIdentity("http://127.0.0.1:8080", "device-7", "secret-7", "antwerpen", "Loket 1"));
            assertThat(store.database().inTransaction(store.syncState()::read).nextSequence()).isEqualTo(4L);
            assertThat(store.database().inTransaction(this::appliedVersion)).isEqualTo(latest());
        }
    }

    /** Rows as the earlier desk wrote them, with plain SQL against the earlier schema's columns. */
    private void writeAsTheEarlierDesk(Connection c, List<CommandPayload> waiting) throws Exception {
        try (PreparedStatement s = c.prepareStatement("UPDATE sync_state SET server_url = ?, device_id = ?, "
                + "device_secret = ?, location_id = ?, desk_name = ?, next_sequence = ? WHERE id = 1")) {
            s.setString(1, "http://127.0.0.1:8080");
            s.setString(2, "device-7");
            s.setString(3, "secret-7");
            s.setString(4, "antwerpen");
            s.setString(5, "Loket 1");
            s.setLong(6, waiting.size() + 1);
            s.executeUpdate();
        }
        long sequence = 1;
        for (CommandPayload payload : waiting) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox (sequence, command_id, entity_id, "
                    + "command_type, payload, actor, device_time, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING')")) {
                s.setLong(1, sequence);
                s.setString(2, UUID.nameUUIDFromBytes(("command-" + sequence).getBytes()).toString());
                s.setString(3, ((Commands.AppointmentCommand) payload).appointmentId().toString());
                s.setString(4, payload.getClass().getSimpleName());
                s.setString(5, json.writerFor(CommandPayload.class).writeValueAsString(payload));
                s.setString(6, "agent.antwerpen");
                s.setString(7, "2026-11-27T09:0" + sequence + ":00Z");
                s.executeUpdate();
            }
            sequence++;
        }
    }

    private MigrationVersion appliedVersion(Connection c) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM flyway_schema_history "
                + "WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return MigrationVersion.fromVersion(rs.getString(1));
        }
    }

    private MigrationVersion latest() {
        List<MigrationVersion> versions = availableVersions();
        return versions.get(versions.size() - 1);
    }

    private List<MigrationVersion> availableVersions() {
        SQLiteDataSource scratch = new SQLiteDataSource();
        scratch.setUrl("jdbc:sqlite:" + dataDir.resolve("scratch.db").toAbsolutePath());
        MigrationInfo[] all = Flyway.configure().dataSource(scratch).locations(MIGRATIONS).load().info().all();
        return Arrays.stream(all).map(MigrationInfo::getVersion).sorted().toList();
    }
}
