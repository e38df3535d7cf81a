package be.antwerpen.lom.client.sync;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls the server's changes on a thread of its own while a long push goes on (ADR 0137), so a desk back from an
 * outage gets what it and the other desks did while its outbox is still on its way, and the pull after the push has
 * little left to do. It starts when the push has recorded the answer to one batch and sends another, pulls until
 * caught up, and again after each further batch. It is only a head start: it never ends the round, it leaves to the
 * pull after the push any page that would renumber this desk's commands, and a failure just ends it (the pull after
 * the push meets the same failure and deals with it).
 */
final class PullWhilePushing {

    private static final Logger LOG = LoggerFactory.getLogger(PullWhilePushing.class);

    private final ChangePull pull;
    private final SyncProgress progress;
    private final ExecutorService thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition morePushed = lock.newCondition();
    private int batches;
    private boolean pushEnded;
    private Future<?> running;

    /**
     * @param pull     a pull with a sending thread of its own (not the push's)
     * @param progress told when a page brought changes
     * @param thread   where the pulls run
     */
    PullWhilePushing(ChangePull pull, SyncProgress progress, ExecutorService thread) {
        this.pull = pull;
        this.progress = progress;
        this.thread = thread;
    }

    /** The push recorded the answer to a batch and another batch is on its way: pull what is there. */
    void batchRecorded(SyncApi server) {
        lock.lock();
        try {
            batches++;
            if (running == null) {
                running = thread.submit(() -> pullUntilThePushEnds(server));
            } else {
                morePushed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The push ended (done or failed): waits until the pull alongside it has stopped, at the latest after the page
     * it is at. Call it once, after the push.
     */
    void pushEnded() {
        Future<?> started;
        lock.lock();
        try {
            pushEnded = true;
            morePushed.signalAll();
            started = running;
        } finally {
            lock.unlock();
        }
        if (started == null) {
            return;
        }
        try {
            started.get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.cancel(true);
        } catch (Exception e) {
            // failures are handled inside; a pull that does not end in minutes is left to finish on its own
            LOG.info("the pull alongside the push did not end cleanly: {}", e.getClass().getSimpleName());
        }
    }

    private boolean hasPushEnded() {
        lock.lock();
        try {
            return pushEnded;
        } finally {
            lock.unlock();
        }
    }

    private void pullUntilThePushEnds(SyncApi server) {
        int pulledAfter = 0;
        try {
            while (true) {
                lock.lock();
                try {
                    while (!pushEnded && batches == pulledAfter) {
                        morePushed.await();
                    }
                    if (pushEnded) {
                        return;
                    }
                    pulledAfter = batches;
                } finally {
                    lock.unlock();
                }
                if (!pull.pullAlongsidePush(server, progress, this::hasPushEnded)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // the pull after the push tries again and reports what goes wrong; no request data in the log
            LOG.info("the pull alongside the push stopped: {}", e.getClass().getSimpleName());
        }
    }
}
