package be.antwerpen.lom.model.sync;

import be.antwerpen.lom.model.refusal.Refusal;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * The server's answer to one command; stored with the command's effect, returned again on replay.
 *
 * @param commandId    the command
 * @param sequence     its per-device sequence
 * @param outcome      applied, applied with changes, rejected or conflict
 * @param reason       readable (English) reason for anything but APPLIED, else {@code null}
 * @param conflictId   the conflict opened, for CONFLICT
 * @param reasonCode   the stable code of the reason (ADR 0114), e.g. {@code nrn.checkDigits}; {@code null}
 *                     when the reason has none (an older server)
 * @param reasonParams the reason's parameters, in the order its code defines; never personal data
 */
public record CommandReceipt(UUID commandId, long sequence, CommandOutcome outcome, String reason, UUID conflictId,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String reasonCode,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> reasonParams) {

    public CommandReceipt {
        reasonParams = reasonParams == null ? List.of() : List.copyOf(reasonParams);
    }

    /** A receipt whose reason has no code (applied commands, or text from before codes). */
    public CommandReceipt(UUID commandId, long sequence, CommandOutcome outcome, String reason, UUID conflictId) {
        this(commandId, sequence, outcome, reason, conflictId, null, List.of());
    }

    /** A receipt with a coded reason. */
    public static CommandReceipt refused(UUID commandId, long sequence, CommandOutcome outcome, Refusal refusal,
                                         UUID conflictId) {
        return new CommandReceipt(commandId, sequence, outcome, refusal == null ? null : refusal.message(), conflictId,
                refusal == null ? null : refusal.code(), refusal == null ? List.of() : refusal.params());
    }

    /** The reason as a refusal (code, parameters and the English sentence). */
    public Refusal refusal() {
        return reason == null && reasonCode == null ? null : new Refusal(reasonCode, reasonParams, reason);
    }
}
