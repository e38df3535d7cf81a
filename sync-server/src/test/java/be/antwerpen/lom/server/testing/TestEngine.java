package be.antwerpen.lom.server.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.antwerpen.lom.server.db.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The engines a contract suite runs on. SQLite is a file in a temporary directory; PostgreSQL is used
 * when {@code LOM_TEST_PG_URL} is set, each test class in its own freshly created schema.
 */
public enum TestEngine {
    SQLITE,
    POSTGRESQL;

    public static final String PG_URL = System.getenv("LOM_TEST_PG_URL");
    public static final String PG_USER = System.getenv().getOrDefault("LOM_TEST_PG_USER", "lom");
    public static final String PG_PASSWORD = System.getenv().getOrDefault("LOM_TEST_PG_PASSWORD", "lom");

    /** Skips the calling test class when the engine is not available. */
    public void assumeAvailable() {
        if (this == POSTGRESQL) {
            assumeTrue(PG_URL != null && !PG_URL.isBlank(), "LOM_TEST_PG_URL is not set: PostgreSQL variant skipped");
        }
    }

    /** A new, empty place to put a database: a file path, or a schema name. */
    public String newLocation(Path tempDir) {
        if (this == SQLITE) {
            return tempDir.resolve("lom-" + UUID.randomUUID() + ".db").toString();
        }
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toLowerCase(Locale.ROOT);
    }

    /** Opens (and migrates) the database at {@code location}; several opens share the same data. */
    public Database open(String location) {
        if (this == SQLITE) {
            return Database.sqlite(Path.of(location));
        }
        return Database.open(PG_URL, PG_USER, PG_PASSWORD, location);
    }

    public void drop(String location) {
        if (this == POSTGRESQL) {
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS \"" + location + "\" CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop the test schema", e);
            }
        }
    }
}
