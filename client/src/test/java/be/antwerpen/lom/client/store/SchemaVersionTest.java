package be.antwerpen.lom.client.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk skips Flyway only when its database has every migration of this build (issue 16). */
class SchemaVersionTest {

    @TempDir
    Path dir;

    @Test
    void the_latest_version_is_the_highest_migration_script_of_this_build() throws Exception {
        Path scripts = Path.of(SchemaVersionTest.class.getResource("/db/migration/client").toURI());
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int highest;
        try (Stream<Path> files = Files.list(scripts)) {
            highest = files.map(f -> name.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(SchemaVersion.LATEST).isEqualTo(highest);
    }

    @Test
    void a_new_folder_and_a_database_one_migration_behind_are_migrated_and_then_count_as_current() throws Exception {
        Path behind = dir.resolve("behind");
        Files.createDirectories(behind);
        Flyway.configure().dataSource("jdbc:sqlite:" + behind.resolve(LocalDatabase.FILE_NAME), null, null)
                .locations(SchemaVersion.MIGRATIONS).target(Integer.toString(SchemaVersion.LATEST - 1)).load()
                .migrate();
        assertThat(current(behind)).isFalse();
        assertThat(hasTable(behind, "rekeyed_form_command")).isFalse();

        LocalDatabase.open(behind).close();
        LocalDatabase.open(dir.resolve("new")).close();

        assertThat(hasTable(behind, "rekeyed_form_command")).as("the last migration ran on the older database").isTrue();
        assertThat(current(behind)).isTrue();
        assertThat(current(dir.resolve("new"))).isTrue();
    }

    @Test
    void a_failed_migration_in_the_history_is_not_current() throws Exception {
        LocalDatabase.open(dir).close();
        try (Connection c = connect(dir); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE flyway_schema_history SET success = 0 WHERE version = '"
                    + SchemaVersion.LATEST + "'");
        }

        assertThat(current(dir)).isFalse();
    }

    private static boolean current(Path folder) throws SQLException {
        try (Connection c = connect(folder)) {
            return SchemaVersion.current(c);
        }
    }

    private static boolean hasTable(Path folder, String table) throws SQLException {
        try (Connection c = connect(folder); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '"
                     + table + "'")) {
            return rs.next();
        }
    }

    private static Connection connect(Path folder) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(LocalDatabase.FILE_NAME));
    }
}
