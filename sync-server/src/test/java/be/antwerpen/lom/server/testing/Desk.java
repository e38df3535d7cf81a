package be.antwerpen.lom.server.testing;

import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.PullResponse;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.sync.PushService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An enrolled desk talking to the services directly: numbers its commands and pushes them. */
public final class Desk {

    private static final ObjectMapper WIRE = ProtocolJson.newMapper();

    private final ServerComponents server;
    public final EnrollmentResponse identity;
    private final String actor;
    private long sequence;

    public Desk(ServerComponents server, String locationId, String deskName, String actor) {
        this.server = server;
        String code = server.enrollment().issue(null, locationId, deskName, Duration.ofHours(1), "test");
        this.identity = server.enrollment().enroll(new EnrollmentRequest(code, deskName));
        this.actor = actor;
    }

    public String id() {
        return identity.deviceId();
    }

    /** A new command with the next sequence number. */
    public SyncCommand command(CommandPayload payload) {
        return new SyncCommand(UUID.randomUUID(), ++sequence, SyncCommand.CURRENT_SCHEMA_VERSION, Instant.now(), actor,
                payload);
    }

    /** A new command with the next sequence number, made when the desk's clock read {@code deviceTime}. */
    public SyncCommand commandAt(Instant deviceTime, CommandPayload payload) {
        return new SyncCommand(UUID.randomUUID(), ++sequence, SyncCommand.CURRENT_SCHEMA_VERSION, deviceTime, actor,
                payload);
    }

    public PushResponse push(SyncCommand... commands) {
        return push(List.of(commands));
    }

    public PushResponse push(List<SyncCommand> commands) {
        ArrayNode array = server.json().createArrayNode();
        commands.forEach(c -> array.add(server.json().valueToTree(c)));
        return server.push().push(session(), id(), PushService.identities(array));
    }

    public PushResponse pushRaw(ArrayNode array) {
        return server.push().push(session(), id(), PushService.identities(array));
    }

    /** The staff member logged in at this desk: the one named when it was made. */
    public StaffMember session() {
        return server.db().inSnapshot(c -> server.staff().find(c, actor)).orElseThrow().member();
    }

    /** A pull page as the desk receives it: through the wire's JSON (stored change data is passed on as it is). */
    public PullResponse pull(long cursor, int limit) {
        return overTheWire(server.pull().pull(id(), cursor, limit));
    }

    /** {@code page} written as JSON and read back, as a desk reads it. */
    public static PullResponse overTheWire(PullResponse page) {
        try {
            return WIRE.readValue(WIRE.writeValueAsBytes(page), PullResponse.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a pull page did not survive the wire", e);
        }
    }
}
