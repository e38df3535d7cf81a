package be.antwerpen.lom.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's database: a HikariCP pool over a SQLite file (WAL, synchronous=FULL, busy timeout,
 * immediate transactions) or PostgreSQL, migrated with Flyway on open. Work runs in transactions
 * through {@link #inTransaction}, retried when the engine reports a deadlock or a busy file.
 *
 * <p>SQLite has one writer at a time. This process's write transactions take their turn on a lock of
 * their own before they take a connection (ADR 0134): a writer that waits is woken the moment the one
 * before it ends, where SQLite's busy handler would have it sleep and look again up to 100 ms later, and
 * it waits without holding one of the pool's connections, which the readers need meanwhile. The busy
 * timeout still covers other processes on the same file (the command-line tools).
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int MAX_ATTEMPTS = 8;

    private final HikariDataSource dataSource;
    private final Engine engine;
    /** SQLite: this process's writers one after the other; PostgreSQL: none (it has row locks). */
    private final Lock writerTurn;

    private Database(HikariDataSource dataSource, Engine engine) {
        this.dataSource = dataSource;
        this.engine = engine;
        this.writerTurn = engine == Engine.SQLITE ? new ReentrantLock() : null;
    }

    /** Opens a SQLite file database. */
    public static Database sqlite(Path file) {
        return open("jdbc:sqlite:" + file.toAbsolutePath(), null, null, null);
    }

    /**
     * Opens and migrates a database.
     *
     * @param jdbcUrl  {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...}
     * @param schema   PostgreSQL schema to use (created if missing), or {@code null} for the default
     */
    public static Database open(String jdbcUrl, String user, String password, String schema) {
        Engine engine = Engine.ofJdbcUrl(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("lom-" + engine.name().toLowerCase(Locale.ROOT));
        config.setAutoCommit(true);
        if (engine == Engine.SQLITE) {
            Properties props = new Properties();
            props.setProperty("journal_mode", "WAL");
            props.setProperty("synchronous", "FULL");
            props.setProperty("busy_timeout", "30000");
            props.setProperty("foreign_keys", "true");
            props.setProperty("transaction_mode", "IMMEDIATE");
            // no SELECT last_insert_rowid() after every INSERT: the server never asks for generated keys
            props.setProperty("jdbc.get_generated_keys", "false");
            config.setDataSourceProperties(props);
            config.setMaximumPoolSize(4);
        } else {
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(16);
            if (schema != null) {
                config.setSchema(schema);
                config.setConnectionInitSql("CREATE SCHEMA IF NOT EXISTS \"" + schema + "\"");
            }
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(engine.migrationLocation())
                    .schemas(schema == null ? new String[0] : new String[] {schema})
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        LOG.info("Database ready on {}", engine);
        return new Database(dataSource, engine);
    }

    /** Connections of the pool right now: in use, idle, and callers waiting for one. */
    public record PoolState(int active, int idle, int waiting, int max) {
    }

    public PoolState poolState() {
        var bean = dataSource.getHikariPoolMXBean();
        if (bean == null) {
            return new PoolState(0, 0, 0, dataSource.getMaximumPoolSize());
        }
        return new PoolState(bean.getActiveConnections(), bean.getIdleConnections(),
                bean.getThreadsAwaitingConnection(), dataSource.getMaximumPoolSize());
    }

    /** Whether the database answers a trivial query within {@code seconds}. */
    public boolean answers(int seconds) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(seconds);
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                return rs.next();
            }
        } catch (SQLException e) {
            LOG.warn("the database does not answer: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    public Engine engine() {
        return engine;
    }

    /** Runs {@code work} in one transaction; commits when it returns, rolls back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        return withRetry(work, false);
    }

    /**
     * Runs {@code work} in one transaction once, without the retries of {@link #inTransaction}: a group
     * commit's transaction, whose works each run again alone when it fails (ADR 0125, 0130).
     */
    public <T> T inTransactionOnce(Work<T> work) {
        return once(work, false);
    }

    private <T> T withRetry(Work<T> work, boolean readOnly) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work, readOnly);
            } catch (DatabaseException e) {
                if (!e.isTransient() || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("Retrying a transaction after a transient failure (attempt {})", attempt);
                pause(attempt);
            }
        }
    }

    /**
     * Runs read-only {@code work} on one consistent snapshot: REPEATABLE READ on PostgreSQL, a
     * deferred (WAL reader) transaction on SQLite, so reads never wait for writers.
     */
    public <T> T inSnapshot(Work<T> work) {
        return withRetry(connection -> {
            if (engine == Engine.POSTGRESQL) {
                try (var statement = connection.createStatement()) {
                    statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
                }
            }
            return work.run(connection);
        }, true);
    }

    /**
     * Runs {@code work} that reads with one statement, which sees one consistent state on its own: no
     * transaction around it (on PostgreSQL one round trip instead of four: a request's token look-up).
     * Work of more than one statement belongs in {@link #inSnapshot}.
     */
    public <T> T readOnce(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            } catch (SQLException e) {
                DatabaseException failure = new DatabaseException("A database read", e);
                if (!failure.isTransient() || attempt >= MAX_ATTEMPTS) {
                    throw failure;
                }
                pause(attempt);
            }
        }
    }

    private <T> T once(Work<T> work, boolean readOnly) {
        if (readOnly || writerTurn == null) {
            return onConnection(work, readOnly);
        }
        writerTurn.lock();
        try {
            return onConnection(work, false);
        } finally {
            writerTurn.unlock();
        }
    }

    private <T> T onConnection(Work<T> work, boolean readOnly) {
        try (Connection connection = dataSource.getConnection()) {
            if (readOnly && engine == Engine.SQLITE) {
                return deferredRead(connection, work);
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException e) {
                rollback(connection);
                throw new DatabaseException("A database transaction", e);
            } catch (RuntimeException | Error e) {
                rollback(connection);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Getting a database connection", e);
        }
    }

    /** A short random pause before a retry, growing with the attempt, so retrying writers spread out. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 4L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("interrupted while retrying a transaction");
        }
    }

    /** A SQLite WAL read transaction: sees one snapshot and never waits for the writer. */
    private static <T> T deferredRead(Connection connection, Work<T> work) {
        try (var statement = connection.createStatement()) {
            statement.execute("BEGIN DEFERRED");
            try {
                return work.run(connection);
            } finally {
                statement.execute("COMMIT");
            }
        } catch (SQLException e) {
            throw new DatabaseException("A database read", e);
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback failed (SQLState {})", e.getSQLState());
        }
    }

    /**
     * Runs {@code work} while holding the database-wide lock {@code name}, so that server instances
     * sharing a PostgreSQL database do it one after the other (a session advisory lock, released
     * when the work ends or the process dies). SQLite serves one instance per file: the work runs at once.
     */
    public <T> T exclusively(String name, Supplier<T> work) {
        if (engine != Engine.POSTGRESQL) {
            return work.get();
        }
        try (Connection lock = dataSource.getConnection()) {
            try (var ps = lock.prepareStatement("SELECT pg_advisory_lock(hashtext(current_schema() || ':' || ?))")) {
                ps.setString(1, name);
                ps.execute();
            }
            try {
                return work.get();
            } finally {
                try (var ps = lock.prepareStatement(
                        "SELECT pg_advisory_unlock(hashtext(current_schema() || ':' || ?))")) {
                    ps.setString(1, name);
                    ps.execute();
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("Taking the lock " + name, e);
        }
    }

    /** Plain connection for tools (benchmarks measuring the raw limit); the caller closes it. */
    public Connection rawConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
