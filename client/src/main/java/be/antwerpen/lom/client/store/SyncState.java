package be.antwerpen.lom.client.store;

import java.time.Instant;
import java.util.Optional;

/**
 * The desk's sync bookkeeping.
 *
 * @param identity      the enrolled identity, or {@code null} before enrollment
 * @param pullCursor    where the next pull starts, or {@code null} before the first snapshot
 * @param nextSequence  the sequence the next command gets
 * @param lastSyncAt    when the last complete push+pull finished
 * @param snapshotAt    when the local copy was last reset from a snapshot
 * @param clockSkewMs   server clock minus desk clock at the last sync, or {@code null}
 * @param needsSnapshot whether the next sync must start with a snapshot
 * @param renumbering   the last time this desk renumbered its waiting commands after its store went back in
 *                      time (ADR 0043), or {@code null}
 * @param activeElsewhere the server said this desk's identity runs on another computer: sync stays stopped
 *                      until the desk is enrolled again (ADR 0043)
 */
public record SyncState(DeviceIdentity identity, Long pullCursor, long nextSequence, Instant lastSyncAt,
                        Instant snapshotAt, Long clockSkewMs, boolean needsSnapshot, Renumbering renumbering,
                        boolean activeElsewhere) {

    /** The last sequence this desk has handed out, sent or not: reported at every sync (ADR 0095). */
    public long lastHandedOut() {
        return nextSequence - 1;
    }

    /**
     * A renumbering of the outbox after the server refused a reused sequence.
     *
     * @param at       when
     * @param commands how many waiting commands got new sequences
     */
    public record Renumbering(Instant at, int commands) {
    }

    public Optional<DeviceIdentity> enrolled() {
        return Optional.ofNullable(identity);
    }
}
