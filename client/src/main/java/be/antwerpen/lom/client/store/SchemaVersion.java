package be.antwerpen.lom.client.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether the desk's database already has every migration of this build, read from Flyway's own history
 * table. Then Flyway need not start at all: setting it up and scanning its scripts is the largest part of the
 * desk's start (issue 16, docs/perf-notes/client.md). Any other state (a new folder, an older schema, a
 * failed or a newer migration) goes through Flyway exactly as before.
 */
final class SchemaVersion {

    /** Where the desk's migrations are. */
    static final String MIGRATIONS = "classpath:db/migration/client";
    /** The highest migration of this build ({@code V<n>__...sql}); {@code SchemaVersionTest} checks it. */
    static final int LATEST = 10;

    private SchemaVersion() {
    }

    /** True when the history holds exactly the successful migrations 1 to {@link #LATEST} and nothing else. */
    static boolean current(Connection c) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'");
             ResultSet table = exists.executeQuery()) {
            if (!table.next()) {
                return false;
            }
        }
        Set<String> applied = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT version, success FROM flyway_schema_history");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String version = rs.getString(1);
                if (version == null) {
                    continue; // Flyway's own marker rows (schema creation) carry no version
                }
                if (!rs.getBoolean(2) || !applied.add(version)) {
                    return false;
                }
            }
        }
        Set<String> expected = new HashSet<>();
        for (int v = 1; v <= LATEST; v++) {
            expected.add(Integer.toString(v));
        }
        return applied.equals(expected);
    }
}
