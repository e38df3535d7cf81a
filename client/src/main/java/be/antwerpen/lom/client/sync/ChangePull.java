package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.SyncState;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.sync.PullResponse;
import be.antwerpen.lom.model.sync.SnapshotResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The pull half of a sync round (docs/sync-protocol.md): the server's changes in pages until caught up, or a
 * whole snapshot first when the desk starts fresh or the server asks for a reset. Each page is applied in one
 * transaction with its cursor, the commands it reflects leave the outbox, and its signed audit head is kept.
 */
final class ChangePull {

    private final LocalStore store;
    private final PulledChanges changes;
    private final AuditHeadKeeper auditHeads;
    private final int pageSize;
    private final String instance;
    private final ServerRequests requests;
    private final ClockSkewMeter skew;
    private final SequenceRepair repair;
    private final Consumer<ReferenceData> onReferenceData;
    private final Clock clock;

    /** @param instance this process's instance id, sent with every sync call (ADR 0043) */
    ChangePull(LocalStore store, ObjectMapper json, int pageSize, String instance, ServerRequests requests,
               ClockSkewMeter skew, SequenceRepair repair, Consumer<ReferenceData> onReferenceData, Clock clock) {
        this.store = store;
        this.changes = new PulledChanges(store, json);
        this.auditHeads = new AuditHeadKeeper(store.auditHeads());
        this.pageSize = pageSize;
        this.instance = instance;
        this.requests = requests;
        this.skew = skew;
        this.repair = repair;
        this.onReferenceData = onReferenceData;
        this.clock = clock;
    }

    /**
     * Pulls pages until caught up, and ends the round. The next page is asked for as soon as a page arrives, so
     * the server reads it while this thread applies the page (issue 16); it is asked for again when applying the
     * page moved this desk's sequence (ADR 0043), and dropped if applying fails.
     */
    void pull(SyncApi server, SyncProgress progress) {
        pullPages(server, progress, false, () -> false);
        finishRound();
    }

    /**
     * Pulls pages until caught up while this desk's push goes on (ADR 0137): the same pages, but the round is not
     * ended, and a page that reflects a sequence this desk has not handed out is left for the pull after the
     * push, which moves the waiting commands past it (ADR 0043), so nothing renumbers a batch on its way.
     *
     * @param pushEnded asked after each page: once the push has ended, the pull after it takes over
     * @return whether it got to the server's end of the change log (false: it left a page for later, or the push
     *         ended)
     */
    boolean pullAlongsidePush(SyncApi server, SyncProgress progress, BooleanSupplier pushEnded) {
        return pullPages(server, progress, true, pushEnded);
    }

    private boolean pullPages(SyncApi server, SyncProgress progress, boolean alongsidePush, BooleanSupplier stop) {
        long handled = 0;
        SyncState state = store.database().inTransaction(store.syncState()::read);
        long cursor = state.pullCursor() == null ? 0 : state.pullCursor();
        Instant sent = clock.instant();
        CompletableFuture<ServerRequests.Answer<PullResponse>> asked =
                askPage(server, cursor, state.lastHandedOut());
        while (true) {
            ServerRequests.Answer<PullResponse> answered = ServerRequests.await(asked);
            PullResponse page = answered.body();
            skew.measure(sent, answered.received(), page.serverTime());
            long deskSequence = state.lastHandedOut();
            sent = clock.instant();
            asked = page.hasMore() ? askPage(server, page.nextCursor(), deskSequence) : null;
            String locationId = state.identity().locationId();
            boolean applied;
            try {
                applied = store.database().inTransaction(c -> {
                    if (alongsidePush && page.reflectedThroughSequence() >= store.syncState().read(c).nextSequence()) {
                        return false;
                    }
                    changes.applyPage(c, page.changes(), locationId);
                    store.syncState().saveCursor(c, page.nextCursor());
                    repair.continueAfterServersSequence(c, page.reflectedThroughSequence());
                    store.outbox().removeReflected(c, page.reflectedThroughSequence());
                    auditHeads.received(c, page.auditHead(), clock.instant());
                    return true;
                });
            } catch (RuntimeException | Error applyFailed) {
                if (asked != null) {
                    asked.cancel(false);
                }
                throw applyFailed;
            }
            if (!applied) {
                if (asked != null) {
                    asked.cancel(false);
                }
                return false;
            }
            handled += page.changes().size();
            progress.progressed(handled, !page.changes().isEmpty());
            if (!page.hasMore()) {
                return true;
            }
            if (stop.getAsBoolean()) {
                asked.cancel(false);
                return false;
            }
            state = store.database().inTransaction(store.syncState()::read);
            if (state.lastHandedOut() != deskSequence) {
                // renumbered while applying the page: ask again with the sequence the desk now reports
                asked.cancel(false);
                sent = clock.instant();
                asked = askPage(server, page.nextCursor(), state.lastHandedOut());
            }
        }
    }

    private CompletableFuture<ServerRequests.Answer<PullResponse>> askPage(SyncApi server, long cursor,
                                                                          long deskSequence) {
        return requests.send(() -> server.pull(instance, cursor, pageSize, deskSequence));
    }

    /** Replaces the desk's copy with the server's snapshot in one transaction, then pulls what came after it. */
    void snapshot(SyncApi server, SyncProgress progress) {
        progress.progressed(0, false);
        Instant sent = clock.instant();
        SyncState before = store.database().inTransaction(store.syncState()::read);
        SnapshotResponse snapshot = requests.execute(server.snapshot(instance, before.lastHandedOut()));
        skew.measure(sent, clock.instant(), snapshot.serverTime());
        String locationId = before.identity().locationId();
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
            repair.continueAfterServersSequence(c, snapshot.reflectedThroughSequence());
            store.outbox().removeReflected(c, snapshot.reflectedThroughSequence());
            return null;
        });
        if (snapshot.referenceData() != null) {
            onReferenceData.accept(snapshot.referenceData());
        }
        progress.progressed(snapshot.appointments().size(), true);
        pull(server, progress);
    }

    /** The round reached the server's end of the change log: when, and the clock skew measured. */
    private void finishRound() {
        store.database().inTransaction(c -> {
            store.syncState().synced(c, clock.instant(), skew.lastMs());
            return null;
        });
    }
}
