package be.antwerpen.lom.model.sync;

import java.time.Instant;
import java.util.List;

/**
 * A page of changes after a cursor.
 *
 * @param changes               changes in server commit order
 * @param nextCursor            the cursor to ask from next time
 * @param hasMore               whether another page is ready now
 * @param reflectedThroughSequence the highest sequence of the calling device whose effect is in
 *                              this page or earlier ones (same snapshot)
 * @param serverTime            the server's clock
 * @param auditHead             the latest signed head of the server's audit chain (ADR 0094), or
 *                              {@code null} when none was signed yet; desks keep it as an anchor
 */
public record PullResponse(List<Change> changes, long nextCursor, boolean hasMore, long reflectedThroughSequence,
                           Instant serverTime, SignedAuditHead auditHead) {

    public PullResponse {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** A page without a signed audit head. */
    public PullResponse(List<Change> changes, long nextCursor, boolean hasMore, long reflectedThroughSequence,
                        Instant serverTime) {
        this(changes, nextCursor, hasMore, reflectedThroughSequence, serverTime, null);
    }
}
