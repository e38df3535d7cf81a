package be.antwerpen.lom.client.testing;

import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.sync.PushService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.util.UUID;

/** An enrolled desk of a {@link RealServer} that pushes commands straight into the server's push service. */
public final class PushingDesk {

    private final ObjectMapper json = ProtocolJson.newMapper();
    private final RealServer server;
    private final String deviceId;
    private long sequence;

    public PushingDesk(RealServer server, String enrollCode) {
        this.server = server;
        this.deviceId = server.components.enrollment().enroll(new EnrollmentRequest(enrollCode, "pc")).deviceId();
    }

    public String deviceId() {
        return deviceId;
    }

    /** Pushes the payloads as one batch by {@link RealServer#AGENT}, made just now. */
    public PushResponse push(CommandPayload... payloads) {
        return pushMadeAt(Instant.now(), payloads);
    }

    /** Pushes the payloads as one batch, made when the desk's clock read {@code deviceTime} (e.g. offline). */
    public PushResponse pushMadeAt(Instant deviceTime, CommandPayload... payloads) {
        ArrayNode batch = json.createArrayNode();
        for (CommandPayload payload : payloads) {
            batch.add(json.valueToTree(new SyncCommand(UUID.randomUUID(), ++sequence,
                    SyncCommand.CURRENT_SCHEMA_VERSION, deviceTime, RealServer.AGENT, payload)));
        }
        return server.components.push().push(server.staff(RealServer.AGENT), deviceId, PushService.identities(batch));
    }
}
