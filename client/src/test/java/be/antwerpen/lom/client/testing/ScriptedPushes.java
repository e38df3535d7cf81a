package be.antwerpen.lom.client.testing;

import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.PushResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a {@link ScriptedServer} reads from a push request and answers to it. */
public final class ScriptedPushes {

    private ScriptedPushes() {
    }

    /** The sequences of a push request's commands, in the order sent. */
    public static List<Long> sequencesOf(JsonNode body) {
        List<Long> result = new ArrayList<>();
        body.get("commands").forEach(c -> result.add(c.get("sequence").asLong()));
        return result;
    }

    /** The answer of a server that applied every command of the request. */
    public static PushResponse allApplied(JsonNode body, Instant serverTime) {
        List<CommandReceipt> receipts = new ArrayList<>();
        long last = 0;
        for (JsonNode c : body.get("commands")) {
            long seq = c.get("sequence").asLong();
            receipts.add(new CommandReceipt(UUID.fromString(c.get("commandId").asText()), seq, CommandOutcome.APPLIED,
                    null, null));
            last = seq;
        }
        return new PushResponse(receipts, last, null, serverTime);
    }
}
