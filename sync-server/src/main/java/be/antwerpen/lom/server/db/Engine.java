package be.antwerpen.lom.server.db;

/** The database engines the server runs on; each has its own migration folder. */
public enum Engine {
    SQLITE("db/migration/sqlite"),
    POSTGRESQL("db/migration/postgresql");

    private final String migrationLocation;

    Engine(String migrationLocation) {
        this.migrationLocation = migrationLocation;
    }

    public String migrationLocation() {
        return "classpath:" + migrationLocation;
    }

    public static Engine ofJdbcUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL; use jdbc:sqlite:FILE or jdbc:postgresql://...");
    }
}
