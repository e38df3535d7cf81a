package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.store.OutboxStore;
import be.antwerpen.lom.client.store.SyncState;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.PullResponse;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.model.sync.SequenceRefusal;
import be.antwerpen.lom.model.sync.SnapshotResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
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
 * <p>Runs only on the injected scheduler, never on the event thread.
 */
public final class SyncEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    /** How long after coming back the desk keeps syncing every few seconds. */
    static final Duration CATCH_UP = Duration.ofSeconds(30);
    /** Renumberings in one round before the desk gives up for this round (another copy keeps pushing). */
    static final int MAX_RENUMBERINGS = 3;

    private final LocalStore store;
    private final Function<String, SyncApi> connect;
    private final ServerCalls calls;
    private final AccessRenewal renewal;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final RetryBackoff backoff;
    private final Duration interval;
    private final int pushBatch;
    private final int pullPage;
    private final ObjectMapper json;
    private final PulledChanges changes;
    private final AuditHeadKeeper auditHeads;
    private final SeatLeaseRefresh seatLeases;
    private final Consumer<ReferenceData> onReferenceData;
    private final ReconnectProbe probe;
    /** This process's instance id, sent with every sync call (ADR 0043); a copy of the data folder makes its own. */
    private final String instance = UUID.randomUUID().toString();
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> afterRounds = new CopyOnWriteArrayList<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ReentrantLock running = new ReentrantLock();
    /** The thread that waits for the server's answers while the sync thread prepares the next step. */
    private final ExecutorService http = sendingThread();

    private volatile SyncStatus status = SyncStatus.initial();
    private volatile boolean stopped;
    private volatile long lastSkewMs;
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
        this.pushBatch = pushBatch;
        this.pullPage = pullPage;
        this.json = json;
        this.changes = new PulledChanges(store, json);
        this.auditHeads = new AuditHeadKeeper(store.auditHeads());
        this.seatLeases = new SeatLeaseRefresh(store, calls, clock);
        this.onReferenceData = onReferenceData;
    }

    private static ExecutorService sendingThread() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "sync-http");
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
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
                        snapshot(server);
                    } else {
                        pull(server);
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

    private synchronized SyncApi api(DeviceIdentity identity) {
        if (api == null || !identity.serverUrl().equals(connectedUrl)) {
            api = connect.apply(identity.serverUrl());
            connectedUrl = identity.serverUrl();
        }
        return api;
    }

    /**
     * Pushes the waiting commands in order, a batch at a time. While the server works on a batch, this thread
     * reads the next one (issue 16); it is used only if the server's answer says to go on right after the
     * batch, else the batch is read again from where the server says.
     */
    private void push(SyncApi server) {
        long from = 1;
        long handled = 0;
        int renumberings = 0;
        List<OutboxEntry> batch = pendingFrom(from);
        while (true) {
            if (batch.isEmpty()) {
                return;
            }
            Instant sent = clock.instant();
            ObjectNode request = json.createObjectNode();
            ArrayNode commands = request.putArray("commands");
            batch.forEach(entry -> commands.add(entry.toWire(json)));
            request.put("deskSequence", lastHandedOut());
            CompletableFuture<Answer<PushResponse>> answer = send(() -> server.push(instance, request));
            long following = batch.get(batch.size() - 1).sequence() + 1;
            List<OutboxEntry> next;
            try {
                next = pendingFrom(following);
            } catch (RuntimeException readFailed) {
                answer.cancel(false);
                throw readFailed;
            }
            Answer<PushResponse> answered = await(answer);
            PushResponse response = answered.body();
            measureSkew(sent, answered.received(), response.serverTime());
            checkAnswers(batch, response);
            List<OutboxStore.Settlement> settlements = response.receipts().stream()
                    .map(r -> new OutboxStore.Settlement(r.commandId(), statusOf(r),
                            // the reason keeps its code and parameters (ADR 0114): the desk words it in its language
                            r.refusal() == null ? null : r.refusal().encode(), r.conflictId()))
                    .toList();
            store.database().inTransaction(c -> {
                store.outbox().settleAll(c, settlements);
                return null;
            });
            handled += response.receipts().size();
            publish(SyncPhase.SYNCING, handled, !response.receipts().isEmpty());
            long last = batch.get(batch.size() - 1).sequence();
            if (response.sequenceRefused() != null) {
                if (++renumberings > MAX_RENUMBERINGS) {
                    throw new ServerUnreachableException("the server keeps refusing this desk's sequences", null);
                }
                from = renumber(response.sequenceRefused());
                next = null; // read before the renumbering: its sequences are no longer the commands'
            } else if (response.expectedSequence() != null) {
                long expected = response.expectedSequence();
                if (expected < batch.get(0).sequence() && response.receipts().isEmpty()) {
                    // Only a server restored from a backup forgets commands it acknowledged: the desk
                    // must be enrolled again to resend what it still holds (ADR 0042).
                    LOG.warn("server expects sequence {} which this desk no longer holds (restored from a backup?)",
                            expected);
                    throw new DeviceUnknownException("the server lost commands of this desk it had acknowledged");
                }
                from = expected;
            } else if (response.receipts().isEmpty()) {
                throw new ServerUnreachableException("the server acknowledged nothing of a batch", null);
            } else {
                from = response.receipts().stream().mapToLong(CommandReceipt::sequence).max().orElse(last) + 1;
            }
            batch = from == following && next != null ? next : pendingFrom(from);
        }
    }

    private List<OutboxEntry> pendingFrom(long from) {
        return store.database().inTransaction(c -> store.outbox().pending(c, from, pushBatch));
    }

    /** A server's answer and when it arrived (for the clock skew, as the thread that waits may be busy). */
    private record Answer<T>(T body, Instant received) {
    }

    /** Sends a request on the sync's own HTTP thread, so this thread can prepare the next step meanwhile. */
    private <T> CompletableFuture<Answer<T>> send(Supplier<retrofit2.Call<T>> request) {
        return CompletableFuture.supplyAsync(() -> new Answer<>(calls.execute(request.get()), clock.instant()), http);
    }

    /** Waits for an answer; a failure is thrown as the call itself threw it. */
    private static <T> T await(CompletableFuture<T> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } catch (CancellationException e) {
            throw new ServerUnreachableException("the request was cancelled", e);
        }
    }

    /** The last sequence this desk has handed out, sent or not: reported at every sync (ADR 0095). */
    private long lastHandedOut() {
        return store.database().inTransaction(store.syncState()::read).nextSequence() - 1;
    }

    /**
     * Every receipt (and a refusal) must name a command of the batch under the sequence it was sent with;
     * anything else is a protocol error, never skipped (ADR 0043).
     */
    private static void checkAnswers(List<OutboxEntry> batch, PushResponse response) {
        Map<UUID, Long> sent = new HashMap<>();
        batch.forEach(entry -> sent.put(entry.commandId(), entry.sequence()));
        for (CommandReceipt receipt : response.receipts()) {
            if (!Long.valueOf(receipt.sequence()).equals(sent.get(receipt.commandId()))) {
                throw new UnexpectedReceiptException("the server answered for a command this desk did not send"
                        + " (sequence " + receipt.sequence() + ")");
            }
        }
        SequenceRefusal refusal = response.sequenceRefused();
        if (refusal != null && (!Long.valueOf(refusal.sequence()).equals(sent.get(refusal.commandId()))
                || refusal.lastAppliedSequence() < refusal.sequence())) {
            throw new UnexpectedReceiptException("the server refused a sequence this desk did not send as such"
                    + " (sequence " + refusal.sequence() + ")");
        }
    }

    /**
     * The desk's store went back in time (ADR 0043): in one transaction every command still waiting from
     * the refused one on gets a new sequence after the server's, the counter moves past them, and walk-in
     * tickets start a new series. Returns the sequence to push from.
     */
    private long renumber(SequenceRefusal refusal) {
        long first = refusal.lastAppliedSequence() + 1;
        int moved = store.database().inTransaction(c -> {
            int count = store.outbox().renumberWaiting(c, refusal.sequence(), first);
            store.syncState().renumbered(c, first + count, count, clock.instant());
            store.walkInCounter().startNewSeries(c);
            return count;
        });
        LOG.warn("the server already holds sequence {} for another command (this desk's store went back in time);"
                + " {} waiting commands renumbered from {}", refusal.sequence(), moved, first);
        publish(SyncPhase.SYNCING, 0, true);
        return first;
    }

    /**
     * The server reflects a sequence of this desk that the desk has not handed out yet: its store went back
     * in time (ADR 0043), found before it pushed anything under a reused sequence. In the caller's
     * transaction, waiting commands move past the server's sequence, the counter follows and walk-in
     * tickets start a new series, so not even the first ticket after a restore repeats one.
     */
    private void continueAfterServersSequence(Connection c, long reflected) throws SQLException {
        SyncState state = store.syncState().read(c);
        if (reflected < state.nextSequence()) {
            return;
        }
        int moved = store.outbox().renumberWaiting(c, 0, reflected + 1);
        store.syncState().renumbered(c, reflected + 1 + moved, moved, clock.instant());
        store.walkInCounter().startNewSeries(c);
        LOG.warn("the server reflects sequence {} of this desk, which had only handed out up to {} (its store went"
                + " back in time); {} waiting commands renumbered", reflected, state.nextSequence() - 1, moved);
    }

    private static OutboxStatus statusOf(CommandReceipt receipt) {
        return switch (receipt.outcome()) {
            case APPLIED, APPLIED_WITH_CHANGES -> OutboxStatus.ACKED;
            case REJECTED -> OutboxStatus.REJECTED;
            case CONFLICT -> OutboxStatus.CONFLICT;
        };
    }

    /**
     * Pulls pages until caught up. The next page is asked for as soon as a page arrives, so the server
     * reads it while this thread applies the page (issue 16); it is asked for again when applying the page
     * moved this desk's sequence (ADR 0043), and dropped if applying fails.
     */
    private void pull(SyncApi server) {
        long handled = 0;
        SyncState state = store.database().inTransaction(store.syncState()::read);
        long cursor = state.pullCursor() == null ? 0 : state.pullCursor();
        Instant sent = clock.instant();
        CompletableFuture<Answer<PullResponse>> asked = askPage(server, cursor, state.nextSequence() - 1);
        while (true) {
            Answer<PullResponse> answered = await(asked);
            PullResponse page = answered.body();
            measureSkew(sent, answered.received(), page.serverTime());
            long deskSequence = state.nextSequence() - 1;
            sent = clock.instant();
            asked = page.hasMore() ? askPage(server, page.nextCursor(), deskSequence) : null;
            String locationId = state.identity().locationId();
            try {
                store.database().inTransaction(c -> {
                    changes.applyPage(c, page.changes(), locationId);
                    store.syncState().saveCursor(c, page.nextCursor());
                    continueAfterServersSequence(c, page.reflectedThroughSequence());
                    store.outbox().removeReflected(c, page.reflectedThroughSequence());
                    auditHeads.received(c, page.auditHead(), clock.instant());
                    return null;
                });
            } catch (RuntimeException | Error applyFailed) {
                if (asked != null) {
                    asked.cancel(false);
                }
                throw applyFailed;
            }
            handled += page.changes().size();
            publish(SyncPhase.SYNCING, handled, !page.changes().isEmpty());
            if (!page.hasMore()) {
                finishRound();
                return;
            }
            state = store.database().inTransaction(store.syncState()::read);
            if (state.nextSequence() - 1 != deskSequence) {
                // renumbered while applying the page: ask again with the sequence the desk now reports
                asked.cancel(false);
                sent = clock.instant();
                asked = askPage(server, page.nextCursor(), state.nextSequence() - 1);
            }
        }
    }

    private CompletableFuture<Answer<PullResponse>> askPage(SyncApi server, long cursor, long deskSequence) {
        return send(() -> server.pull(instance, cursor, pullPage, deskSequence));
    }

    private void snapshot(SyncApi server) {
        publish(SyncPhase.SYNCING, 0, false);
        Instant sent = clock.instant();
        SnapshotResponse snapshot = calls.execute(server.snapshot(instance, lastHandedOut()));
        measureSkew(sent, snapshot.serverTime());
        String locationId = store.database().inTransaction(store.syncState()::read).identity().locationId();
        store.database().inTransaction(c -> {
            store.appointments().deleteAll(c);
            store.appointments().insertAll(c, snapshot.appointments().stream()
                    .filter(a -> locationId.equals(a.locationId())).toList());
            store.occupancy().replaceAll(c, snapshot.occupancy());
            if (snapshot.referenceData() != null) {
                store.referenceData().save(c, snapshot.referenceData(), clock.instant());
            }
            if (snapshot.openConflictIds() != null) {
                store.outbox().removeConflictsNotIn(c, snapshot.openConflictIds());
            }
            store.syncState().snapshotApplied(c, snapshot.cursor(), clock.instant());
            continueAfterServersSequence(c, snapshot.reflectedThroughSequence());
            store.outbox().removeReflected(c, snapshot.reflectedThroughSequence());
            return null;
        });
        if (snapshot.referenceData() != null) {
            onReferenceData.accept(snapshot.referenceData());
        }
        publish(SyncPhase.SYNCING, snapshot.appointments().size(), true);
        pull(server);
    }

    private void measureSkew(Instant sent, Instant serverTime) {
        measureSkew(sent, clock.instant(), serverTime);
    }

    private void measureSkew(Instant sent, Instant received, Instant serverTime) {
        if (serverTime == null) {
            return;
        }
        Instant midpoint = sent.plus(Duration.between(sent, received).dividedBy(2));
        lastSkewMs = Duration.between(midpoint, serverTime).toMillis();
    }

    private void finishRound() {
        store.database().inTransaction(c -> {
            store.syncState().synced(c, clock.instant(), lastSkewMs);
            return null;
        });
    }

    private void publish(SyncPhase phase, long progress, boolean dataChanged) {
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
