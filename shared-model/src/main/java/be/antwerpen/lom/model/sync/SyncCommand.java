package be.antwerpen.lom.model.sync;

import be.antwerpen.lom.model.validation.Require;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * One command in a desk's outbox.
 *
 * @param commandId     time-ordered UUID, the command's identity
 * @param sequence      gap-free per-device sequence number starting at 1
 * @param schemaVersion version of the command schema the desk wrote
 * @param deviceTime    the desk's clock when the command was made (audit only; the server's clock orders)
 * @param actor         the staff member (username) who was logged in at the desk when the change was made; the
 *                      server trusts it only with a valid {@code actorProof}, otherwise the command is the
 *                      act of the person whose token came with the push (ADR 0032)
 * @param payload       the intent
 * @param actorProof    {@link ActorProof} of {@code actor} for this command, or {@code null}
 */
public record SyncCommand(UUID commandId, long sequence, int schemaVersion, Instant deviceTime, String actor,
                          CommandPayload payload, @JsonInclude(JsonInclude.Include.NON_NULL) String actorProof) {

    /** The schema version this build writes. */
    public static final int CURRENT_SCHEMA_VERSION = 1;

    public SyncCommand {
        Require.present(commandId, "commandId");
        Require.that(sequence >= 1, "sequence", "sequence starts at 1");
        Require.that(schemaVersion >= 1, "schemaVersion", "schemaVersion starts at 1");
        Require.present(deviceTime, "deviceTime");
        Require.text(actor, "actor", 80);
        Require.present(payload, "payload");
    }

    /** A command without a proof of its actor. */
    public SyncCommand(UUID commandId, long sequence, int schemaVersion, Instant deviceTime, String actor,
                       CommandPayload payload) {
        this(commandId, sequence, schemaVersion, deviceTime, actor, payload, null);
    }
}
