package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.store.SyncState;
import be.antwerpen.lom.model.reference.ReferenceData;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background sync of one desk (docs/sync-protocol.md): push the outbox in order, in batches; record each receipt
 * (acknowledged commands leave the outbox once a pull reflects them, rejected and conflicting ones
 * stay visible); pull changes until caught up; start from a snapshot on first start or when the
 * server asks for a reset, always pushing the outbox first. While the server gives no answer the desk
 * probes {@code GET /health} every few seconds (random) and syncs as soon as it answers; server errors
 * back off with jitter (ADR 0044). For a while after coming back the desk syncs every few seconds, so it
 * picks up what the other desks bring in. A 401 pauses sync without touching the outbox. A sequence the
 * server refuses because the desk's store went back in time makes the desk renumber its waiting commands
 * (ADR 0043). A failure of any kind, an {@link Error} included, never ends the background sync: the next
 * round is always scheduled, and the status says so.
 *
 * <p>This class schedules rounds and publishes their status; a round's push is {@link OutboxPush}, its pull or
 * snapshot {@link ChangePull}, and the repair of a sequence that went back in time {@link SequenceRepair}.
 *
 * <p>Runs only on the injected scheduler, never on the event thread.
 */
public final class SyncEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    /** How long after coming back the desk keeps syncing every few seconds. */
    static final Duration CATCH_UP = Duration.ofSeconds(30);

    private final LocalStore store;
    private final Function<String, SyncApi> connect;
    private final ServerCalls calls;
    private final AccessRenewal renewal;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final RetryBackoff backoff;
    private final Duration interval;
    private final OutboxPush outboxPush;
    private final ChangePull changePull;
    /** The pull that runs alongside a long push (ADR 0137), with a sending thread of its own. */
    private final ChangePull pullAlongside;
    private final ExecutorService pullThread = SyncThreads.single("sync-pull");
    private final SeatLeaseRefresh seatLeases;
    private final ReconnectProbe probe;
    /** This process's instance id, sent with every sync call (ADR 0043); a copy of the data folder makes its own. */
    private final String instance = UUID.randomUUID().toString();
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> afterRounds = new CopyOnWriteArrayList<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ReentrantLock running = new ReentrantLock();
    private final ReentrantLock publishing = new ReentrantLock();

    private volatile SyncStatus status = SyncStatus.initial();
    private volatile boolean stopped;
    /** The server gave no answer: scheduled runs probe before they sync. */
    private volatile boolean unreachable;
    private Instant catchUpUntil;
    private String connectedUrl;
    private SyncApi api;
    private int failures;
    private ScheduledFuture<?> next;

    public SyncEngine(LocalStore store, Function<String, SyncApi> connect, ServerCalls calls, AccessRenewal renewal,
                      ScheduledExecutorService scheduler, Clock clock, RetryBackoff backoff, Duration interval,
                      int pushBatch, int pullPage, ObjectMapper json, Consumer<ReferenceData> onReferenceData) {
        this(store, connect, calls, renewal, scheduler, clock, backoff, interval, pushBatch, pullPage, json,
                onReferenceData, new ReconnectProbe(Duration.ofSeconds(1), Duration.ofSeconds(3), new SecureRandom()));
    }

    /** @param probe how soon to look again while the server gives no answer, and to sync again while catching up */
    public SyncEngine(LocalStore store, Function<String, SyncApi> connect, ServerCalls calls, AccessRenewal renewal,
                      ScheduledExecutorService scheduler, Clock clock, RetryBackoff backoff, Duration interval,
                      int pushBatch, int pullPage, ObjectMapper json, Consumer<ReferenceData> onReferenceData,
                      ReconnectProbe probe) {
        this.probe = probe;
        this.store = store;
        this.connect = connect;
        this.calls = calls;
        this.renewal = renewal;
        this.scheduler = scheduler;
        this.clock = clock;
        this.backoff = backoff;
        this.interval = interval;
        ServerRequests requests = new ServerRequests(calls, clock);
        ClockSkewMeter skew = new ClockSkewMeter();
        SequenceRepair repair = new SequenceRepair(store, clock);
        this.outboxPush = new OutboxPush(store, json, pushBatch, instance, requests, skew, repair, clock);
        this.changePull = new ChangePull(store, json, pullPage, instance, requests, skew, repair, onReferenceData,
                clock);
        this.pullAlongside = new ChangePull(store, json, pullPage, instance,
                new ServerRequests(calls, clock, "sync-pull-http"), skew, repair, onReferenceData, clock);
        this.seatLeases = new SeatLeaseRefresh(store, calls, clock);
    }

    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    public SyncStatus status() {
        return status;
    }

    /** Runs {@code step} on the sync thread after each round that reached the server (the desk's status report). */
    public void afterEachRound(Runnable step) {
        afterRounds.add(step);
    }

    /** Starts syncing now and keeps going at the interval (or the backoff delay after failures). */
    public void start() {
        stopped = false;
        requestSync();
    }

    public void stop() {
        stopped = true;
        synchronized (this) {
            if (next != null) {
                next.cancel(false);
            }
        }
    }

    /** Asks for a sync as soon as possible (after a local change, or "sync now"); requests coalesce. */
    public void requestSync() {
        if (!stopped && !queued.getAndSet(true)) {
            scheduler.execute(this::runScheduled);
        }
    }

    private void runScheduled() {
        queued.set(false);
        Duration delay = interval;
        try {
            if (unreachable && !probeAnswers()) {
                // still no answer: refresh the counts the status bar shows (a local change may have woken us)
                publish(SyncPhase.OFFLINE, 0, false);
                delay = probe.nextDelay();
            } else {
                delay = syncOnce();
            }
        } catch (Throwable failure) {
            // an Error as much as an exception: the background sync must outlive it
            delay = failed(failure);
        } finally {
            scheduleNext(delay);
        }
    }

    private void scheduleNext(Duration delay) {
        if (stopped) {
            return;
        }
        synchronized (this) {
            if (next != null) {
                next.cancel(false);
            }
            try {
                next = scheduler.schedule(this::requestSync, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shutDown) {
                LOG.debug("sync scheduler shut down; no further rounds");
            }
        }
    }

    /**
     * The cheap look while the server gave no answer: {@code GET /health}, no login needed. Any answer of
     * the server's own ends probing; the round that follows finds out the rest.
     */
    private boolean probeAnswers() {
        SyncState state = store.database().inTransaction(store.syncState()::read);
        if (state.identity() == null) {
            unreachable = false;
            return true;
        }
        try {
            calls.execute(api(state.identity()).health());
        } catch (ServerUnreachableException e) {
            if (e.noAnswer()) {
                return false;
            }
        } catch (RuntimeException answeredOtherwise) {
            // the server answered, with something else than health: let the round deal with it
        }
        unreachable = false;
        return true;
    }

    /** A round ended in a failure the round itself did not handle (e.g. an {@link Error}): shown, retried later. */
    private Duration failed(Throwable failure) {
        failures++;
        LOG.error("sync round failed; the next round is scheduled", failure);
        try {
            publish(SyncPhase.FAILED, 0, false);
        } catch (Throwable alsoFailed) {
            LOG.error("the sync status could not be published", alsoFailed);
        }
        return backoff.delayAfter(failures);
    }

    /**
     * One full round: push, then snapshot or pull. Blocking (waits for a round in progress); call from a
     * background thread.
     *
     * @return how long to wait before the next round
     */
    public Duration syncOnce() {
        running.lock();
        try {
            return round();
        } finally {
            running.unlock();
        }
    }

    private Duration round() {
        SyncState state = store.database().inTransaction(store.syncState()::read);
        if (state.identity() == null) {
            publish(SyncPhase.NOT_ENROLLED, 0, false);
            return interval;
        }
        if (state.activeElsewhere()) {
            publish(SyncPhase.ACTIVE_ELSEWHERE, 0, false);
            return interval;
        }
        if (!renewal.someoneLoggedIn()) {
            publish(SyncPhase.WAITING_FOR_LOGIN, 0, false);
            return interval;
        }
        try {
            publish(SyncPhase.SYNCING, 0, false);
            SyncApi server = api(state.identity());
            boolean retriedLogin = false;
            int resets = 0;
            while (true) {
                try {
                    push(server);
                    if (store.database().inTransaction(store.syncState()::read).needsSnapshot()) {
                        changePull.snapshot(server, this::progressed);
                    } else {
                        changePull.pull(server, this::progressed);
                    }
                    seatLeases.refresh(server);
                    break;
                } catch (SessionExpiredException e) {
                    if (retriedLogin || !renewal.renew()) {
                        throw e;
                    }
                    retriedLogin = true;
                } catch (ResetRequiredException e) {
                    if (++resets > 1) {
                        throw new ServerUnreachableException("the server keeps asking for a reset", e);
                    }
                    LOG.info("server asked for a fresh snapshot");
                    store.database().inTransaction(c -> {
                        store.syncState().requireSnapshot(c);
                        return null;
                    });
                }
            }
            Instant now = clock.instant();
            if (failures > 0 || status.offlineSince() != null) {
                catchUpUntil = now.plus(CATCH_UP);
            }
            failures = 0;
            unreachable = false;
            publish(SyncPhase.ONLINE, 0, false);
            afterRounds.forEach(SyncEngine::runQuietly);
            return catchUpUntil != null && now.isBefore(catchUpUntil) ? probe.nextDelay() : interval;
        } catch (ServerUnreachableException e) {
            failures++;
            unreachable = e.noAnswer();
            Duration delay = unreachable ? probe.nextDelay() : backoff.delayAfter(failures);
            LOG.info("server unreachable ({}); {} in {} ms", e.getMessage(), unreachable ? "probing" : "retry",
                    delay.toMillis());
            publish(SyncPhase.OFFLINE, 0, false);
            return delay;
        } catch (DeskActiveElsewhereException e) {
            LOG.warn("this desk's identity is in use on another computer; sync stopped until it is enrolled again");
            store.database().inTransaction(c -> {
                store.syncState().activeElsewhere(c);
                // the other copy goes on with the same ticket counter: this one's tickets go on in a new series
                store.walkInCounter().startNewSeries(c);
                store.seatLeases().endUnused(c, clock.instant());
                return null;
            });
            publish(SyncPhase.ACTIVE_ELSEWHERE, 0, false);
            return interval;
        } catch (UnexpectedReceiptException e) {
            failures++;
            LOG.error("the server's answer breaks the protocol: {}", e.getMessage());
            publish(SyncPhase.FAILED, 0, false);
            return backoff.delayAfter(failures);
        } catch (DeviceUnknownException e) {
            LOG.warn("the server does not know this desk; sync stopped until it is enrolled again");
            store.database().inTransaction(c -> {
                store.seatLeases().endUnused(c, clock.instant());
                return null;
            });
            publish(SyncPhase.DEVICE_UNKNOWN, 0, false);
            return interval;
        } catch (SessionExpiredException e) {
            LOG.info("staff login expired; sync paused until the next login");
            publish(SyncPhase.LOGIN_EXPIRED, 0, false);
            return interval;
        } catch (RuntimeException e) {
            failures++;
            LOG.warn("sync round failed", e);
            publish(SyncPhase.OFFLINE, 0, false);
            return backoff.delayAfter(failures);
        }
    }

    /**
     * Pushes the outbox. When it takes more than one batch, pages are pulled alongside it (ADR 0137), unless the
     * desk starts from a snapshot; the pull after the push then has less to do.
     */
    private void push(SyncApi server) {
        boolean mayPullAlongside = !store.database().inTransaction(store.syncState()::read).needsSnapshot();
        PullWhilePushing alongside = new PullWhilePushing(pullAlongside, this::pulledAlongside, pullThread);
        try {
            outboxPush.push(server, this::progressed, () -> {
                if (mayPullAlongside) {
                    alongside.batchRecorded(server);
                }
            });
        } finally {
            alongside.pushEnded();
        }
    }

    /** A page pulled alongside the push: the screens refresh, the push's progress stays what it was. */
    private void pulledAlongside(long handled, boolean dataChanged) {
        if (dataChanged) {
            publish(SyncPhase.SYNCING, status.progress(), true);
        }
    }

    private synchronized SyncApi api(DeviceIdentity identity) {
        if (api == null || !identity.serverUrl().equals(connectedUrl)) {
            api = connect.apply(identity.serverUrl());
            connectedUrl = identity.serverUrl();
        }
        return api;
    }

    private void progressed(long handled, boolean dataChanged) {
        publish(SyncPhase.SYNCING, handled, dataChanged);
    }

    /** One at a time: the pull alongside a push publishes from its own thread (ADR 0137). */
    private void publish(SyncPhase phase, long progress, boolean dataChanged) {
        publishing.lock();
        try {
            publishNow(phase, progress, dataChanged);
        } finally {
            publishing.unlock();
        }
    }

    private void publishNow(SyncPhase phase, long progress, boolean dataChanged) {
        SyncStatus previous = status;
        SyncState state = store.database().inTransaction(store.syncState()::read);
        int[] counts = store.database().inTransaction(c -> new int[] {
                store.outbox().count(c, OutboxStatus.PENDING),
                store.outbox().count(c, OutboxStatus.REJECTED),
                store.outbox().count(c, OutboxStatus.CONFLICT)});
        Instant offlineSince = phase == SyncPhase.OFFLINE
                ? (previous.offlineSince() != null ? previous.offlineSince() : clock.instant())
                : (phase == SyncPhase.SYNCING ? previous.offlineSince() : null);
        SyncStatus updated = new SyncStatus(phase, offlineSince, counts[0], counts[1], counts[2], state.lastSyncAt(),
                state.clockSkewMs(), progress, previous.dataVersion() + (dataChanged ? 1 : 0), state.renumbering());
        status = updated;
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(updated);
            } catch (Throwable e) {
                // a listener's Error must not end the round, let alone the background sync
                LOG.warn("a sync status listener failed", e);
            }
        }
    }

    private static void runQuietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.info("a step after the sync round failed: {}", e.getMessage());
        }
    }

    /** A counter action stored a command: send it soon. */
    public void localChanged() {
        requestSync();
    }
}
