package be.antwerpen.lom.client.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The desk's SQLite file: WAL journal, {@code synchronous=FULL} (a commit is on disk when it
 * returns), a busy timeout, schema through Flyway migrations in {@code db/migration/client} (Flyway runs only
 * when the schema is not at this build's version: {@link SchemaVersion}).
 * Temporary tables and indices stay in memory ({@code temp_store=MEMORY}) and deleted content is
 * overwritten with zeros ({@code secure_delete}); the data folder is private to the desk's account
 * (0700, files 0600 on POSIX, the WAL and shared-memory files included: ADR 0045).
 *
 * <p>One connection, used under a lock: SQLite has one writer anyway, and this keeps every unit of
 * work (a local change and its outbox entry) in one transaction.
 *
 * <p>One program per data folder: the database holds an exclusive lock on {@link #LOCK_FILE_NAME} while it is
 * open, and a second desk program started on the same folder stops with {@link DataFolderInUseException}. The
 * operating system drops the lock when the program ends, also when it is killed.
 */
public final class LocalDatabase implements AutoCloseable {

    public static final String FILE_NAME = "loket.db";
    /** The file whose lock says a desk program works on this folder; it holds nothing. */
    public static final String LOCK_FILE_NAME = "loket.lock";

    private final Connection connection;
    private final FolderLock folderLock;
    private final ReentrantLock lock = new ReentrantLock();

    private LocalDatabase(Connection connection, FolderLock folderLock) {
        this.connection = connection;
        this.folderLock = folderLock;
    }

    /** Opens (and creates or migrates) the database in {@code dataDir}. */
    public static LocalDatabase open(Path dataDir) {
        try {
            PrivateFiles.directory(dataDir);
            PrivateFiles.tighten(dataDir);
            FolderLock folderLock = FolderLock.take(dataDir.resolve(LOCK_FILE_NAME));
            try {
                return open(dataDir, folderLock);
            } catch (SQLException | IOException | RuntimeException e) {
                folderLock.release();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("could not open the local database in " + dataDir, e);
        }
    }

    private static LocalDatabase open(Path dataDir, FolderLock folderLock) throws SQLException, IOException {
        Path file = dataDir.resolve(FILE_NAME);
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            PrivateFiles.file(dataDir.resolve(FILE_NAME + suffix), suffix.isEmpty() || suffix.equals("-wal"));
        }
        SQLiteDataSource dataSource = dataSource(file);
        Connection connection = dataSource.getConnection();
        try {
            if (!SchemaVersion.current(connection)) {
                Flyway.configure()
                        .dataSource(dataSource)
                        .locations(SchemaVersion.MIGRATIONS)
                        .load()
                        .migrate();
            }
            connection.setAutoCommit(false);
            return new LocalDatabase(connection, folderLock);
        } catch (SQLException | RuntimeException e) {
            connection.close(); // a failed migration leaves no open handle on the file
            throw e;
        }
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5_000);
        config.enforceForeignKeys(true);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    /** Runs {@code work} in one transaction: everything it does is committed together or not at all. */
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new StoreException("a local database operation failed", e);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Copies the write-ahead log into the database file and truncates it, so that pages it held (e.g.
     * clear values an earlier build wrote) are no longer in the log.
     */
    public void checkpoint() {
        lock.lock();
        try (Statement s = connection.createStatement()) {
            connection.commit();
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new StoreException("could not checkpoint the local database", e);
        } finally {
            lock.unlock();
        }
    }

    /** Rewrites the file without free pages ({@code VACUUM}) and truncates the write-ahead log. */
    public void compact() {
        lock.lock();
        try (Statement s = connection.createStatement()) {
            connection.commit();
            connection.setAutoCommit(true);
            try {
                s.execute("VACUUM");
            } finally {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            throw new StoreException("could not compact the local database", e);
        } finally {
            lock.unlock();
        }
        checkpoint();
    }

    private void rollbackQuietly(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("could not close the local database", e);
        } finally {
            folderLock.release();
            lock.unlock();
        }
    }
}
