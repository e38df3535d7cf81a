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
 */
public record SyncState(DeviceIdentity identity, Long pullCursor, long nextSequence, Instant lastSyncAt,
                        Instant snapshotAt, Long clockSkewMs, boolean needsSnapshot) {

    public Optional<DeviceIdentity> enrolled() {
        return Optional.ofNullable(identity);
    }
}
