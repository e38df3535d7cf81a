package be.antwerpen.lom.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.testing.TestEngine;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commit (ADR 0125): callers' work shares one transaction, and each caller still gets what it
 * would get alone. Every test builds a group on purpose: a first caller holds the transaction open
 * until the others wait, so they are written together next.
 */
abstract class GroupCommitContract {

    private String location;
    private Database db;
    private Database reader;
    private GroupCommit group;
    private ExecutorService pool;

    abstract TestEngine engine();

    @BeforeEach
    void open(@TempDir Path tempDir) {
        engine().assumeAvailable();
        location = engine().newLocation(tempDir);
        db = engine().open(location);
        reader = engine().open(location);
        db.inTransaction(c -> Rows.update(c, "CREATE TABLE group_rows (id VARCHAR(40) PRIMARY KEY)"));
        group = new GroupCommit(db, 1);
        pool = Executors.newFixedThreadPool(12);
    }

    @AfterEach
    void close() {
        if (db != null) {
            pool.shutdownNow();
            reader.close();
            db.close();
            engine().drop(location);
        }
    }

    @Test
    void every_caller_of_a_group_returns_after_its_work_is_committed() throws Exception {
        List<Future<Boolean>> seenAfterReturn = new ArrayList<>();
        inOneGroup(8, i -> seenAfterReturn.add(pool.submit(() -> {
            String id = group.inTransaction(c -> insert(c, "row-" + i));
            return reader.inSnapshot(c -> exists(c, id));
        })));

        for (Future<Boolean> seen : seenAfterReturn) {
            assertThat(seen.get(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(group.counts()).isEqualTo(new GroupCommit.Counts(2, 9));
        assertThat(count()).isEqualTo(9);
    }

    @Test
    void a_refused_work_leaves_nothing_and_the_others_of_its_group_commit() throws Exception {
        List<Future<String>> answers = new ArrayList<>();
        inOneGroup(5, i -> answers.add(pool.submit(() -> group.inTransaction(c -> {
            insert(c, "row-" + i);
            if (i == 2) {
                throw Refusal.invalid("start", "refused after writing");
            }
            return "row-" + i;
        }))));

        for (int i = 0; i < answers.size(); i++) {
            Future<String> answer = answers.get(i);
            if (i == 2) {
                assertThatThrownBy(() -> answer.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOf(Refusal.class).hasMessageContaining("refused after writing");
            } else {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo("row-" + i);
            }
        }
        assertThat((boolean) reader.inSnapshot(c -> exists(c, "row-2"))).isFalse();
        assertThat(count()).isEqualTo(5);
        assertThat(group.counts().groups()).isEqualTo(2);
    }

    /**
     * ADR 0130: a work's savepoint is not released, so the next work's savepoint nests inside it. Refusals
     * and database failures spread over one group each undo only their own work, also one right after another.
     */
    @Test
    void refusals_and_failures_spread_over_one_group_each_undo_only_their_own_work() throws Exception {
        AtomicInteger failedOnce = new AtomicInteger();
        List<Future<String>> answers = new ArrayList<>();
        inOneGroup(9, i -> answers.add(pool.submit(() -> group.inTransaction(c -> {
            insert(c, "row-" + i);
            if (i == 1 || i == 2 || i == 6) {
                throw Refusal.invalid("start", "refused after writing " + i);
            }
            if (i == 4 && failedOnce.incrementAndGet() == 1) {
                throw new SQLException("a deadlock, say", "40P01");
            }
            insert(c, "row-" + i + "-again");
            return "row-" + i;
        }))));

        for (int i = 0; i < answers.size(); i++) {
            Future<String> answer = answers.get(i);
            if (i == 1 || i == 2 || i == 6) {
                assertThatThrownBy(() -> answer.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOf(Refusal.class).hasMessageContaining("refused after writing " + i);
                int refused = i;
                assertThat((boolean) reader.inSnapshot(c -> exists(c, "row-" + refused))).isFalse();
            } else {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo("row-" + i);
                int kept = i;
                assertThat((boolean) reader.inSnapshot(c -> exists(c, "row-" + kept + "-again"))).isTrue();
            }
        }
        assertThat(failedOnce).hasValue(2);
        // "first" + 6 works of two rows each
        assertThat(count()).isEqualTo(1 + 6 * 2);
    }

    @Test
    void a_work_failing_in_the_database_runs_again_alone_and_its_answer_is_that_of_the_second_run() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<Future<String>> answers = new ArrayList<>();
        inOneGroup(4, i -> answers.add(pool.submit(() -> group.inTransaction(c -> {
            if (i == 1 && runs.incrementAndGet() == 1) {
                insert(c, "row-1");
                throw new SQLException("a deadlock, say", "40P01");
            }
            return insert(c, "row-" + i);
        }))));

        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("row-" + i);
        }
        assertThat(runs).hasValue(2);
        assertThat(count()).isEqualTo(5);
    }

    @Test
    void a_work_failing_in_the_database_again_alone_gets_that_failure_and_the_others_commit() throws Exception {
        List<Future<String>> answers = new ArrayList<>();
        // the last two write the same key: whichever comes second in the group fails, there and alone
        inOneGroup(4, i -> answers.add(pool.submit(() -> group.inTransaction(
                c -> insert(c, i >= 2 ? "twice" : "row-" + i)))));

        int written = 0;
        int refused = 0;
        for (int i = 2; i < 4; i++) {
            Future<String> answer = answers.get(i);
            Throwable failure = catchThrowable(() -> answer.get(30, TimeUnit.SECONDS));
            if (failure == null) {
                assertThat(answer.get()).isEqualTo("twice");
                written++;
            } else {
                assertThat(failure).isInstanceOf(ExecutionException.class).cause()
                        .isInstanceOf(DatabaseException.class);
                refused++;
            }
        }
        assertThat(written).isEqualTo(1);
        assertThat(refused).isEqualTo(1);
        for (int i = 0; i < 2; i++) {
            assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("row-" + i);
        }
        assertThat(count()).isEqualTo(4);
    }

    @Test
    void when_the_groups_transaction_fails_each_work_runs_alone_and_nothing_is_written_twice() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<Future<String>> answers = new ArrayList<>();
        inOneGroup(4, i -> answers.add(pool.submit(() -> group.inTransaction(c -> {
            insert(c, "row-" + i);
            if (i == 2 && runs.incrementAndGet() == 1) {
                c.rollback(); // ends the shared transaction: its savepoint is gone, the group cannot go on
                throw Refusal.invalid("start", "refused after undoing the others");
            }
            return "row-" + i;
        }))));

        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("row-" + i);
        }
        assertThat(count()).isEqualTo(5);
    }

    @Test
    void what_the_works_leave_to_the_end_is_written_once_for_the_group_without_that_of_a_refused_work()
            throws Exception {
        List<List<String>> finished = new ArrayList<>();
        AtCommit.Finisher<String> atTheEnd = (c, ids) -> {
            finished.add(List.copyOf(ids));
            for (String id : ids) {
                insert(c, id + "-end");
            }
        };
        List<Future<String>> answers = new ArrayList<>();
        inOneGroup(4, i -> answers.add(pool.submit(() -> group.inTransaction((c, atCommit) -> {
            insert(c, "row-" + i);
            atCommit.add(atTheEnd, "row-" + i);
            if (i == 1) {
                throw Refusal.invalid("start", "refused after leaving something to the end");
            }
            return "row-" + i;
        }))));

        assertThatThrownBy(() -> answers.get(1).get(30, TimeUnit.SECONDS)).cause().isInstanceOf(Refusal.class);
        for (int i : new int[] {0, 2, 3}) {
            assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("row-" + i);
        }
        assertThat(finished).hasSize(1); // once, for the group, in the order its callers came
        assertThat(finished.get(0)).containsExactlyInAnyOrder("row-0", "row-2", "row-3");
        assertThat(count()).isEqualTo(7);
        assertThat((boolean) reader.inSnapshot(c -> exists(c, "row-1-end"))).isFalse();
    }

    /**
     * ADR 0130: when what the works left to the end fails (two of them insert rows the unique index allows once,
     * say), the group is not run again as a group, which would fail the same way: each work runs alone.
     */
    @Test
    void a_group_whose_end_fails_runs_once_as_a_group_then_each_work_alone() throws Exception {
        List<List<String>> finished = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtCommit.Finisher<String> atTheEnd = (c, ids) -> {
            finished.add(List.copyOf(ids));
            if (ids.size() > 1) {
                throw new SQLException("a deadlock at the end, say", "40P01");
            }
            insert(c, ids.get(0) + "-end");
        };
        List<Future<String>> answers = new ArrayList<>();
        inOneGroup(3, i -> answers.add(pool.submit(() -> group.inTransaction((c, atCommit) -> {
            insert(c, "row-" + i);
            atCommit.add(atTheEnd, "row-" + i);
            return "row-" + i;
        }))));

        for (int i = 0; i < 3; i++) {
            assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("row-" + i);
        }
        assertThat(finished).filteredOn(ids -> ids.size() > 1).hasSize(1);
        assertThat(finished).filteredOn(ids -> ids.size() == 1).extracting(ids -> ids.get(0))
                .containsExactlyInAnyOrder("row-0", "row-1", "row-2");
        assertThat(count()).isEqualTo(1 + 3 * 2);
    }

    /** ADR 0130: work that leaves nothing when refused runs without a savepoint; its refusal is its own. */
    @Test
    void a_work_leaving_nothing_when_refused_gets_its_refusal_and_the_others_of_its_group_commit() throws Exception {
        List<Future<String>> answers = new ArrayList<>();
        inOneGroup(5, i -> answers.add(pool.submit(() -> group.inTransactionLeavingNothingWhenRefused((c, atCommit) -> {
            if (i == 1 || i == 3) {
                throw Refusal.invalid("start", "refused before writing " + i);
            }
            return insert(c, "row-" + i);
        }))));

        for (int i = 0; i < answers.size(); i++) {
            Future<String> answer = answers.get(i);
            if (i == 1 || i == 3) {
                assertThatThrownBy(() -> answer.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOf(Refusal.class).hasMessageContaining("refused before writing " + i);
            } else {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo("row-" + i);
            }
        }
        assertThat(count()).isEqualTo(4);
        assertThat(group.counts().groups()).isEqualTo(2);
    }

    /**
     * ADR 0130: a database failure of work without a savepoint leaves the transaction in doubt, so the group's
     * transaction ends and every work runs again alone: nothing of the failed attempt stays, nothing twice.
     */
    @Test
    void a_database_failure_of_work_without_a_savepoint_ends_the_group_and_each_work_runs_alone() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<Future<String>> answers = new ArrayList<>();
        inOneGroup(4, i -> answers.add(pool.submit(() -> group.inTransactionLeavingNothingWhenRefused((c, atCommit) -> {
            insert(c, "row-" + i);
            if (i == 2 && runs.incrementAndGet() == 1) {
                throw new SQLException("a deadlock, say", "40P01");
            }
            return "row-" + i;
        }))));

        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("row-" + i);
        }
        assertThat(runs).hasValue(2);
        assertThat(count()).isEqualTo(5);
    }

    @Test
    void alone_what_a_work_leaves_to_the_end_is_written_before_its_commit() {
        AtCommit.Finisher<String> atTheEnd = (c, ids) -> insert(c, ids.get(0) + "-end");

        group.inTransaction((c, atCommit) -> {
            atCommit.add(atTheEnd, "alone");
            return insert(c, "alone");
        });

        assertThat((boolean) reader.inSnapshot(c -> exists(c, "alone-end"))).isTrue();
        assertThat(group.counts()).isEqualTo(new GroupCommit.Counts(1, 1));
    }

    @Test
    void several_groups_at_once_commit_every_work_once() throws Exception {
        GroupCommit three = new GroupCommit(db, 3);
        List<Future<?>> callers = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
            int caller = t;
            callers.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    String id = "row-" + caller + "-" + i;
                    String written = three.inTransaction(c -> insert(c, id));
                    assertThat(written).isEqualTo(id);
                    assertThat((boolean) reader.inSnapshot(c -> exists(c, id))).isTrue();
                }
                return null;
            }));
        }
        for (Future<?> caller : callers) {
            caller.get(60, TimeUnit.SECONDS);
        }
        assertThat(count()).isEqualTo(120);
        assertThat(three.counts().works()).isEqualTo(120);
    }

    /** A first caller holds its transaction open until {@code followers} more callers wait: the next group. */
    private void inOneGroup(int followers, java.util.function.IntConsumer follower) throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = pool.submit(() -> group.inTransaction(c -> {
            inside.countDown();
            await(release);
            return insert(c, "first");
        }));
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < followers; i++) {
            follower.accept(i);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (group.waiting() < followers && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(group.waiting()).isEqualTo(followers);
        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("first");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the first transaction go");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String insert(Connection c, String id) throws SQLException {
        Rows.update(c, "INSERT INTO group_rows (id) VALUES (?)", id);
        return id;
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        return Rows.one(c, "SELECT id FROM group_rows WHERE id = ?", rs -> rs.getString(1), id).isPresent();
    }

    private long count() {
        return reader.inSnapshot(c -> Rows.one(c, "SELECT COUNT(*) FROM group_rows", rs -> rs.getLong(1)).orElse(0L));
    }
}
