package be.antwerpen.lom.model.sync;

import java.util.UUID;

/**
 * The server's refusal of a pushed command whose sequence it already holds for another command: the
 * desk's local store went back in time (restored from a backup, a VM snapshot, a copied data folder)
 * and handed out sequences again. The server never answers such a command with the other command's
 * receipt; it stops the batch there and tells the desk where its sequence stands, so the desk
 * renumbers what it still holds past {@code lastAppliedSequence} (ADR 0043).
 *
 * @param sequence            the refused command's sequence
 * @param commandId           the refused command
 * @param lastAppliedSequence the highest sequence of this device the server has applied
 * @param reason              a sentence for logs and people; no personal data
 */
public record SequenceRefusal(long sequence, UUID commandId, long lastAppliedSequence, String reason) {
}
