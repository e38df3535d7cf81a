package be.antwerpen.lom.client.store;

import static be.antwerpen.lom.client.store.PrivateModes.mode;
import static be.antwerpen.lom.client.store.PrivateModes.widen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database, its write-ahead log and shared-memory file are the user's only (ADR 0045, issue 19). */
class LocalDatabaseFileModesTest {

    @TempDir
    Path temp;

    @BeforeEach
    void posixOnly() {
        PrivateModes.assumePosix();
    }

    @Test
    void the_data_folder_database_wal_and_shm_are_created_for_the_user_only() throws Exception {
        Path dataDir = temp.resolve("home").resolve("loket-op-maat");

        try (LocalDatabase database = LocalDatabase.open(dataDir)) {
            database.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE mode_probe (x TEXT)");
                    s.execute("INSERT INTO mode_probe VALUES ('written')");
                }
                return null;
            });
            assertThat(dataDir.resolve("loket.db-wal")).isRegularFile();
            assertThat(dataDir.resolve("loket.db-shm")).isRegularFile();
            assertThat(mode(temp.resolve("home"))).as("missing parent").isEqualTo("rwx------");
            assertThat(PrivateModes.assertAllPrivate(dataDir)).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void one_program_at_a_time_works_on_a_data_folder_and_the_lock_file_is_private() throws Exception {
        Path dataDir = temp.resolve("data");
        try (LocalDatabase first = LocalDatabase.open(dataDir)) {
            assertThat(first).isNotNull();
            assertThatThrownBy(() -> LocalDatabase.open(dataDir)).isInstanceOf(DataFolderInUseException.class);
            assertThat(mode(dataDir.resolve(LocalDatabase.LOCK_FILE_NAME))).isEqualTo("rw-------");
        }
        try (LocalDatabase next = LocalDatabase.open(dataDir)) {
            assertThat(next).as("the lock went with the first program's close").isNotNull();
        }
    }

    @Test
    void a_data_folder_an_older_version_left_readable_is_tightened_when_the_desk_opens_it() throws Exception {
        Path dataDir = temp.resolve("data");
        try (LocalDatabase database = LocalDatabase.open(dataDir)) {
            assertThat(database).isNotNull();
        }
        Path oldPack = Files.createDirectories(dataDir.resolve("downtime-pack").resolve("antwerpen"));
        Files.writeString(oldPack.resolve("pack.json"), "{}");
        try (var all = Files.walk(dataDir)) {
            for (Path path : all.toList()) {
                widen(path);
            }
        }

        try (LocalDatabase database = LocalDatabase.open(dataDir)) {
            assertThat(PrivateModes.assertAllPrivate(dataDir)).isGreaterThanOrEqualTo(2);
        }
    }
}
