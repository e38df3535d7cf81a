package be.antwerpen.lom.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's writers take their turn in this process before they take a connection (ADR 0134): writers that wait
 * leave the pool's connections to the readers, and every write still lands exactly once.
 */
class SqliteWriterTurnTest {

    @TempDir
    Path dir;

    private Database db;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void open() {
        db = Database.sqlite(dir.resolve("turn.db"));
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
                s.execute("INSERT INTO counter (id, n) VALUES (1, 0)");
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        db.close();
    }

    @Test
    void a_reader_gets_a_connection_while_more_writers_wait_than_the_pool_has_connections() throws Exception {
        int pool = db.poolState().max();
        CountDownLatch firstWriterIn = new CountDownLatch(1);
        CountDownLatch readerDone = new CountDownLatch(1);
        Future<?> first = threads.submit(() -> db.inTransaction(c -> {
            increment(c);
            firstWriterIn.countDown();
            // hold the writer's turn until the reader has its answer (or give up after a while)
            try {
                readerDone.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(firstWriterIn.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<?>> waiting = new ArrayList<>();
        for (int i = 0; i < pool + 1; i++) {
            waiting.add(threads.submit(() -> db.inTransaction(c -> {
                increment(c);
                return null;
            })));
        }
        Thread.sleep(200); // let the waiting writers queue up (as they would have taken every connection before)

        Future<Integer> read = threads.submit(() -> db.inSnapshot(SqliteWriterTurnTest::count));
        // without the writer's turn, the waiting writers hold every connection in SQLite's busy handler, and the
        // reader cannot get one until the first writer lets go: which it does only once the reader is done
        assertThat(read.get(10, TimeUnit.SECONDS)).as("the reader sees the last committed state").isZero();
        readerDone.countDown();

        first.get(10, TimeUnit.SECONDS);
        for (Future<?> writer : waiting) {
            writer.get(30, TimeUnit.SECONDS);
        }
        assertThat(db.inSnapshot(SqliteWriterTurnTest::count)).isEqualTo(pool + 2);
    }

    @Test
    void many_writers_at_once_each_land_exactly_once() throws Exception {
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            writers.add(threads.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    db.inTransaction(c -> {
                        increment(c);
                        return null;
                    });
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        assertThat(db.inSnapshot(SqliteWriterTurnTest::count)).isEqualTo(16 * 25);
    }

    private static void increment(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE counter SET n = n + 1 WHERE id = 1");
        }
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT n FROM counter WHERE id = 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
