package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.SyncCommand;
import java.time.Instant;
import java.util.UUID;

/**
 * One command in the outbox with its status.
 *
 * <p>{@code payload} is {@code null} when this build cannot read the stored command (written by
 * another build of the desk, e.g. before a downgrade): it is still sent as stored, in its place in
 * the sequence, so the server can dead-letter it and the commands after it are not held up.
 *
 * @param commandType the command's name as stored
 * @param storedPayload the payload's JSON as stored
 * @param actorProof    the proof that {@code actor} made the command (ADR 0032), or {@code null}
 */
public record OutboxEntry(long sequence, UUID commandId, UUID entityId, CommandPayload payload, String actor,
                          Instant deviceTime, OutboxStatus status, String reason, UUID conflictId,
                          String commandType, String storedPayload, String actorProof) {

    /** Without the payload: its JSON holds personal data, which must not leak into logs. */
    @Override
    public String toString() {
        return "OutboxEntry[sequence=" + sequence + ", commandId=" + commandId + ", type=" + commandType + ", status="
                + status + ", payload=***]";
    }

    /** Whether this build can read the command (see the class comment). */
    public boolean readable() {
        return payload != null;
    }

    /** The command as it goes over the wire; only for a {@link #readable()} entry. */
    public SyncCommand toCommand() {
        if (payload == null) {
            throw new IllegalStateException("outbox command " + sequence + " cannot be read by this build");
        }
        return new SyncCommand(commandId, sequence, SyncCommand.CURRENT_SCHEMA_VERSION, deviceTime, actor, payload,
                actorProof);
    }
}
