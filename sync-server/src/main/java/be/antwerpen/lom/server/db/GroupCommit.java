package be.antwerpen.lom.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit of short write transactions (ADR 0125): work handed in while another group is being
 * written waits, then runs with the other waiting work in one transaction, each inside a savepoint of
 * its own, and every caller returns after that transaction's commit, so one commit (one fsync, one
 * turn at the change counter and the audit chain head) serves many callers.
 *
 * <p>What each caller sees is what it would see alone: its answer comes after its own work is
 * durable; work that throws is rolled back to its savepoint and the caller gets its exception,
 * while the others commit; work that fails in the database (a deadlock, a constraint race, a lost
 * connection) and every work of a group whose transaction fails as a whole runs again alone, in a
 * transaction of its own through {@link Database#inTransaction}. Work is therefore written to be run
 * more than once, as {@link Database#inTransaction} already asks. A group of one is exactly
 * {@link Database#inTransaction}. What the works leave to the end ({@link AtCommit}: change-log rows,
 * audit lines) is written once for the group, just before its commit.
 *
 * <p>There is no thread of its own: a caller that finds fewer groups being written than may be (one on
 * SQLite) writes the next one (a leader), the others wait for a group to end.
 */
public final class GroupCommit {

    /** The most work one transaction carries. */
    public static final int MAX_GROUP = 32;


    private final Database db;
    private final int groupsAtOnce;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private final ArrayDeque<Pending<?>> waiting = new ArrayDeque<>();
    private int leading;
    private long groups;
    private long grouped;

    /**
     * @param groupsAtOnce groups written at the same time, each by its own leader on its own connection:
     *                     they overlap their statements' round trips and meet only at the rows they share
     *                     (seat cells, and at their ends the change counter and the audit chain head)
     */
    public GroupCommit(Database db, int groupsAtOnce) {
        if (groupsAtOnce < 1) {
            throw new IllegalArgumentException("at least one group at a time");
        }
        this.db = db;
        this.groupsAtOnce = groupsAtOnce;
    }

    /**
     * One group at a time, on both engines: SQLite has one writer; on PostgreSQL four groups at once were
     * slower in the booking bench (smaller groups, waiting for each other at the same seat cells).
     */
    public static GroupCommit forEngine(Database db) {
        return new GroupCommit(db, 1);
    }

    /** Work of a group that may leave writes to the end of the transaction ({@link AtCommit}). */
    @FunctionalInterface
    public interface GroupWork<T> {
        T run(Connection connection, AtCommit atCommit) throws SQLException;
    }

    /** Runs {@code work} in a transaction it may share with other callers' work; returns after the commit. */
    public <T> T inTransaction(Work<T> work) {
        return inTransaction((c, atCommit) -> work.run(c));
    }

    /**
     * Runs {@code work} in a transaction it may share with other callers' work; what it leaves to
     * {@code atCommit} is written with what the others left, just before the commit (and is dropped with
     * the work when it fails); returns after the commit.
     */
    public <T> T inTransaction(GroupWork<T> work) {
        return join(new Pending<>(work, true));
    }

    /**
     * As {@link #inTransaction(GroupWork)}, for work that leaves the database as it found it whenever it throws
     * anything but an {@link SQLException} or a {@link DatabaseException} (it refuses before it writes, or undoes
     * what it wrote before it refuses): in a group it runs without a savepoint of its own, one round trip fewer
     * (ADR 0130). Its refusal is its caller's answer and the others commit. An {@code SQLException} or
     * {@code DatabaseException} from it, after which the transaction cannot be trusted, ends the group's
     * transaction: every work of the group then runs again alone, as when the group fails as a whole. Work that
     * may throw after writing must say so with a {@code DatabaseException}.
     */
    public <T> T inTransactionLeavingNothingWhenRefused(GroupWork<T> work) {
        return join(new Pending<>(work, false));
    }

    private <T> T join(Pending<T> mine) {
        lock.lock();
        try {
            waiting.add(mine);
            while (!mine.done) {
                if (leading >= groupsAtOnce || waiting.isEmpty()) {
                    written.awaitUninterruptibly();
                    continue;
                }
                leading++;
                List<Pending<?>> group = new ArrayList<>();
                while (!waiting.isEmpty() && group.size() < MAX_GROUP) {
                    group.add(waiting.poll());
                }
                lock.unlock();
                try {
                    write(group);
                } finally {
                    lock.lock();
                    leading--;
                    groups++;
                    grouped += group.size();
                    group.forEach(p -> p.done = true);
                    written.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
        return mine.answer();
    }

    /** Groups written so far and the work they carried (for benchmarks and the monitoring page). */
    public record Counts(long groups, long works) {
    }

    public Counts counts() {
        lock.lock();
        try {
            return new Counts(groups, grouped);
        } finally {
            lock.unlock();
        }
    }

    /** Callers waiting for the group being written to end (for tests that build a group on purpose). */
    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    private void write(List<Pending<?>> group) {
        if (group.size() > 1) {
            try {
                // once: a failure of the group as a whole (a race on the unique live booking index between two
                // works left to the end, say) would fail it again; each work runs alone, with retries, instead
                db.inTransactionOnce(c -> {
                    AtCommit atCommit = new AtCommit();
                    group.forEach(Pending::forget);
                    for (Pending<?> p : group) {
                        p.runInSavepoint(c, atCommit);
                    }
                    atCommit.finish(c);
                    return null;
                });
            } catch (RuntimeException | Error wholeGroup) {
                // nothing of the group was committed: each runs alone
                group.forEach(Pending::runAgainAlone);
            }
        }
        for (Pending<?> p : group) {
            if (group.size() == 1 || p.alone) {
                p.runAlone(db);
            }
        }
    }

    /** One caller's work and, once written, its answer. */
    private static final class Pending<T> {
        private final GroupWork<T> work;
        /** Whether the work runs inside a savepoint of its own in a group (ADR 0125), or without (ADR 0130). */
        private final boolean savepoint;
        private final AtCommit left = new AtCommit();
        private T result;
        private Throwable failure;
        private boolean alone;
        private boolean done;

        Pending(GroupWork<T> work, boolean savepoint) {
            this.work = work;
            this.savepoint = savepoint;
        }

        /** Forgets the outcome of an earlier attempt of the group's transaction (it was rolled back). */
        void forget() {
            result = null;
            failure = null;
            alone = false;
        }

        void runInSavepoint(Connection c, AtCommit atCommit) throws SQLException {
            if (!savepoint) {
                runWithoutSavepoint(c, atCommit);
                return;
            }
            Savepoint savepoint = c.setSavepoint();
            left.clear();
            try {
                result = work.run(c, left);
                // not released (ADR 0130): a release is a round trip to PostgreSQL and changes nothing that
                // the commit does not; the next work's savepoint nests inside this one, and rolling back to
                // it undoes only that work
                atCommit.addAll(left);
            } catch (SQLException | DatabaseException inTheDatabase) {
                c.rollback(savepoint);
                alone = true;
            } catch (RuntimeException | Error refused) {
                c.rollback(savepoint);
                failure = refused;
            }
        }

        /** Work that leaves nothing when it refuses (ADR 0130): a database failure ends the group's transaction. */
        private void runWithoutSavepoint(Connection c, AtCommit atCommit) throws SQLException {
            left.clear();
            try {
                result = work.run(c, left);
                atCommit.addAll(left);
            } catch (RuntimeException refused) {
                if (refused instanceof DatabaseException) {
                    throw refused;
                }
                failure = refused;
            }
        }

        void runAgainAlone() {
            forget();
            alone = true;
        }

        void runAlone(Database db) {
            result = null;
            try {
                result = db.inTransaction(c -> {
                    AtCommit atCommit = new AtCommit();
                    T answer = work.run(c, atCommit);
                    atCommit.finish(c);
                    return answer;
                });
                failure = null;
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        T answer() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return result;
        }
    }
}
