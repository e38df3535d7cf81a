package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.json.IsoTimeText;
import be.antwerpen.lom.model.sync.SyncCommand;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A PENDING outbox command as a push sends it (ADR 0129): the payload is the JSON the desk stored when
 * the command was made, opened but not read back into a command. It goes on the wire as stored, which
 * for a command of this build is byte for byte what writing the command again would give, and for a
 * command of another build is what the desk did then (the server dead-letters what it cannot read).
 *
 * @param payloadText the payload as stored (opened when it was sealed)
 * @param actorProof  the proof that {@code actor} made the command (ADR 0032), or {@code null}
 */
public record PushableCommand(long sequence, UUID commandId, Instant deviceTime, String actor, String actorProof,
                              String payloadText) {

    /** Without the payload: its JSON holds personal data, which must not leak into logs. */
    @Override
    public String toString() {
        return "PushableCommand[sequence=" + sequence + ", commandId=" + commandId + ", payload=***]";
    }

    /** The command as JSON for a push, in the form {@link SyncCommand} has on the wire. */
    public ObjectNode toWire(ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        node.put("commandId", commandId.toString());
        node.put("sequence", sequence);
        node.put("schemaVersion", SyncCommand.CURRENT_SCHEMA_VERSION);
        node.put("deviceTime", IsoTimeText.utcText(deviceTime));
        node.put("actor", actor);
        if (isOneJsonObject(json, payloadText)) {
            node.putRawValue("payload", new RawValue(payloadText));
        } else {
            // not JSON (a damaged row): sent as a text, so the server dead-letters it and the rest goes on
            node.put("payload", payloadText);
        }
        if (actorProof != null) {
            node.put("actorProof", actorProof);
        }
        return node;
    }

    /**
     * Whether {@code text} is exactly one well-formed JSON object, so that it can be put into a request as it
     * is: anything else (not JSON, cut off, two values) would break the whole request. Read from bytes: the
     * same parser as every answer of the server, so no other parser class has to be compiled during a catch-up.
     */
    static boolean isOneJsonObject(ObjectMapper json, String text) {
        try (JsonParser parser = json.getFactory().createParser(text.getBytes(StandardCharsets.UTF_8))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException notJson) {
            return false;
        }
    }
}
