package be.antwerpen.lom.model.sync;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a push.
 *
 * @param receipts             one per command the server accepted into its sequence (new or replayed)
 * @param lastAppliedSequence  the highest sequence of this device the server has applied
 * @param expectedSequence     when the batch had a gap: the sequence the server expects next, else {@code null}
 * @param serverTime           the server's clock, for skew measurement
 * @param sequenceRefused      when the batch reached a sequence the server holds for another command: the
 *                             refusal (the batch stopped there), else {@code null} (ADR 0043)
 */
public record PushResponse(List<CommandReceipt> receipts, long lastAppliedSequence, Long expectedSequence,
                           Instant serverTime, SequenceRefusal sequenceRefused) {

    public PushResponse {
        receipts = receipts == null ? List.of() : List.copyOf(receipts);
    }

    /** An answer without a refused sequence. */
    public PushResponse(List<CommandReceipt> receipts, long lastAppliedSequence, Long expectedSequence,
                        Instant serverTime) {
        this(receipts, lastAppliedSequence, expectedSequence, serverTime, null);
    }
}
