package be.antwerpen.lom.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.TestEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --demo} seeds once per database, also when two instances start together on one PostgreSQL. */
class DemoSeedTest {

    private static long count(Database db, String sql) {
        return db.inTransaction(c -> Rows.one(c, sql, rs -> rs.getLong(1)).orElse(0L));
    }

    @Test
    void two_instances_started_together_on_one_empty_postgresql_database_both_start() throws Exception {
        TestEngine.POSTGRESQL.assumeAvailable();
        String schema = TestEngine.POSTGRESQL.newLocation(null);
        try (Database one = TestEngine.POSTGRESQL.open(schema); Database two = TestEngine.POSTGRESQL.open(schema)) {
            List<ServerComponents> instances = List.of(Fixture.components(one), Fixture.components(two));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> seeded = instances.stream().map(server -> pool.submit(() -> {
                    go.await();
                    return new DemoSeed(server).seed("demo", 4);
                })).toList();
                go.countDown();

                int first = seeded.get(0).get();
                int second = seeded.get(1).get();

                assertThat(List.of(first, second)).containsOnlyOnce(-1);
                assertThat(Math.max(first, second)).isPositive();
            } finally {
                pool.shutdownNow();
            }
            int locations = Fixture.REFERENCE.locations().size();
            assertThat(count(one, "SELECT COUNT(*) FROM staff_users")).isEqualTo(2L * locations + 1);
            assertThat(count(one, "SELECT COUNT(*) FROM enrollment_codes")).isEqualTo(1);
        } finally {
            TestEngine.POSTGRESQL.drop(schema);
        }
    }

    @Test
    void a_second_start_finds_the_demo_data_and_leaves_it_as_it_is(@TempDir Path dir) {
        try (Database db = Database.sqlite(dir.resolve("demo.db"))) {
            ServerComponents server = Fixture.components(db);
            assertThat(new DemoSeed(server).seed("demo", 4)).isPositive();
            long appointments = count(db, "SELECT COUNT(*) FROM appointments");

            assertThat(new DemoSeed(Fixture.components(db)).seed("demo", 4)).isEqualTo(-1);

            assertThat(count(db, "SELECT COUNT(*) FROM appointments")).isEqualTo(appointments);
        }
    }
}
