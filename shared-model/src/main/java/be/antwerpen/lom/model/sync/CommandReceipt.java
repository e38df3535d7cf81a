package be.antwerpen.lom.model.sync;

import java.util.UUID;

/**
 * The server's answer to one command; stored with the command's effect, returned again on replay.
 *
 * @param commandId  the command
 * @param sequence   its per-device sequence
 * @param outcome    applied, applied with changes, rejected or conflict
 * @param reason     readable reason for anything but APPLIED, else {@code null}
 * @param conflictId the conflict opened, for CONFLICT
 */
public record CommandReceipt(UUID commandId, long sequence, CommandOutcome outcome, String reason, UUID conflictId) {
}
