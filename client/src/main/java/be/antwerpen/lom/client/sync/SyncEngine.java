package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.store.SyncState;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.sync.Change;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.PullResponse;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.model.sync.SnapshotResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * Background sync of one desk (SYNC.md): push the outbox in order, in batches; record each receipt
 * (acknowledged commands leave the outbox once a pull reflects them, rejected and conflicting ones
 * stay visible); pull changes until caught up; start from a snapshot on first start or when the
 * server asks for a reset, always pushing the outbox first. Transport failures and 5xx retry with
 * backoff and jitter; a 401 pauses sync without touching the outbox.
 *
 * <p>Runs only on the injected scheduler, never on the event thread.
 */
public final class SyncEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

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
    private final Consumer<ReferenceData> onReferenceData;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ReentrantLock running = new ReentrantLock();

    private volatile SyncStatus status = SyncStatus.initial();
    private volatile boolean stopped;
    private volatile long lastSkewMs;
    private String connectedUrl;
    private SyncApi api;
    private int failures;
    private ScheduledFuture<?> next;

    public SyncEngine(LocalStore store, Function<String, SyncApi> connect, ServerCalls calls, AccessRenewal renewal,
                      ScheduledExecutorService scheduler, Clock clock, RetryBackoff backoff, Duration interval,
                      int pushBatch, int pullPage, ObjectMapper json, Consumer<ReferenceData> onReferenceData) {
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
        this.onReferenceData = onReferenceData;
    }

    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    public SyncStatus status() {
        return status;
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
        Duration delay = syncOnce();
        if (!stopped) {
            synchronized (this) {
                if (next != null) {
                    next.cancel(false);
                }
                next = scheduler.schedule(this::requestSync, delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
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
            failures = 0;
            publish(SyncPhase.ONLINE, 0, false);
            return interval;
        } catch (ServerUnreachableException e) {
            failures++;
            Duration delay = backoff.delayAfter(failures);
            LOG.info("server unreachable ({}); retry in {} ms", e.getMessage(), delay.toMillis());
            publish(SyncPhase.OFFLINE, 0, false);
            return delay;
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

    private void push(SyncApi server) {
        long from = 1;
        long handled = 0;
        while (true) {
            long start = from;
            List<OutboxEntry> batch = store.database().inTransaction(c -> store.outbox().pending(c, start, pushBatch));
            if (batch.isEmpty()) {
                return;
            }
            Instant sent = clock.instant();
            ObjectNode request = json.createObjectNode();
            ArrayNode commands = request.putArray("commands");
            batch.forEach(entry -> commands.add(entry.toWire(json)));
            PushResponse response = calls.execute(server.push(request));
            measureSkew(sent, response.serverTime());
            store.database().inTransaction(c -> {
                for (CommandReceipt receipt : response.receipts()) {
                    store.outbox().settle(c, receipt.commandId(), statusOf(receipt), receipt.reason(),
                            receipt.conflictId());
                }
                return null;
            });
            handled += response.receipts().size();
            publish(SyncPhase.SYNCING, handled, !response.receipts().isEmpty());
            long last = batch.get(batch.size() - 1).sequence();
            if (response.expectedSequence() != null) {
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
        }
    }

    private static OutboxStatus statusOf(CommandReceipt receipt) {
        return switch (receipt.outcome()) {
            case APPLIED, APPLIED_WITH_CHANGES -> OutboxStatus.ACKED;
            case REJECTED -> OutboxStatus.REJECTED;
            case CONFLICT -> OutboxStatus.CONFLICT;
        };
    }

    private void pull(SyncApi server) {
        long handled = 0;
        while (true) {
            SyncState state = store.database().inTransaction(store.syncState()::read);
            long cursor = state.pullCursor() == null ? 0 : state.pullCursor();
            Instant sent = clock.instant();
            PullResponse page = calls.execute(server.pull(cursor, pullPage));
            measureSkew(sent, page.serverTime());
            String locationId = state.identity().locationId();
            store.database().inTransaction(c -> {
                for (Change change : page.changes()) {
                    changes.apply(c, change, locationId);
                }
                store.syncState().saveCursor(c, page.nextCursor());
                store.outbox().removeReflected(c, page.reflectedThroughSequence());
                auditHeads.received(c, page.auditHead(), clock.instant());
                return null;
            });
            handled += page.changes().size();
            publish(SyncPhase.SYNCING, handled, !page.changes().isEmpty());
            if (!page.hasMore()) {
                finishRound();
                return;
            }
        }
    }

    private void snapshot(SyncApi server) {
        publish(SyncPhase.SYNCING, 0, false);
        Instant sent = clock.instant();
        SnapshotResponse snapshot = calls.execute(server.snapshot());
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
        if (serverTime == null) {
            return;
        }
        Instant received = clock.instant();
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
                state.clockSkewMs(), progress, previous.dataVersion() + (dataChanged ? 1 : 0));
        status = updated;
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(updated);
            } catch (RuntimeException e) {
                LOG.warn("a sync status listener failed", e);
            }
        }
    }

    /** A counter action stored a command: send it soon. */
    public void localChanged() {
        requestSync();
    }
}
