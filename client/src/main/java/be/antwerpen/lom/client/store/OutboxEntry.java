package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.SyncCommand;
import java.time.Instant;
import java.util.UUID;

/** One command in the outbox with its status. */
public record OutboxEntry(long sequence, UUID commandId, UUID entityId, CommandPayload payload, String actor,
                          Instant deviceTime, OutboxStatus status, String reason, UUID conflictId) {

    /** The command as it goes over the wire. */
    public SyncCommand toCommand() {
        return new SyncCommand(commandId, sequence, SyncCommand.CURRENT_SCHEMA_VERSION, deviceTime, actor, payload);
    }

    public String commandType() {
        return payload.getClass().getSimpleName();
    }
}
