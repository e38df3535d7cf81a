package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.client.store.SyncState;
import java.time.Instant;

/**
 * A snapshot of the sync state for the status bar and the sync screen.
 *
 * @param phase          what the engine is doing
 * @param offlineSince   when the server was last found unreachable after being reachable, or {@code null}
 * @param waiting        commands not yet acknowledged
 * @param rejected       commands the server refused
 * @param conflicts      commands the server put in conflict
 * @param lastSyncAt     the last complete sync, or {@code null}
 * @param clockSkewMs    server clock minus desk clock, or {@code null}
 * @param progress       items handled in the current catch-up (0 when idle)
 * @param dataVersion    increases whenever sync changed the local data (views reload on a change)
 * @param renumbering    the last time the desk renumbered its waiting commands because its store had gone
 *                       back in time (ADR 0043), or {@code null}
 */
public record SyncStatus(SyncPhase phase, Instant offlineSince, int waiting, int rejected, int conflicts,
                         Instant lastSyncAt, Long clockSkewMs, long progress, long dataVersion,
                         SyncState.Renumbering renumbering) {

    /** A status without a renumbering. */
    public SyncStatus(SyncPhase phase, Instant offlineSince, int waiting, int rejected, int conflicts,
                      Instant lastSyncAt, Long clockSkewMs, long progress, long dataVersion) {
        this(phase, offlineSince, waiting, rejected, conflicts, lastSyncAt, clockSkewMs, progress, dataVersion, null);
    }

    public static SyncStatus initial() {
        return new SyncStatus(SyncPhase.NOT_ENROLLED, null, 0, 0, 0, null, null, 0, 0);
    }

    public boolean online() {
        return offlineSince == null && (phase == SyncPhase.ONLINE || phase == SyncPhase.SYNCING);
    }
}
