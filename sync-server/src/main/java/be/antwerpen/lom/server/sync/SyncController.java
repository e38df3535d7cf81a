package be.antwerpen.lom.server.sync;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.JsonBodies;
import be.antwerpen.lom.server.http.Params;
import be.antwerpen.lom.server.refusal.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.function.Consumer;

/** POST /sync/push, GET /sync/pull, GET /sync/snapshot: staff token plus device credentials. */
public final class SyncController implements EndpointGroup {

    public static final int MAX_BATCH = 1000;

    private final PushService push;
    private final DeskInstances instances;
    private final PullService pull;
    private final SnapshotService snapshot;
    private final RequestAuth auth;
    private final JsonBodies bodies;
    private final Consumer<PushResponse> pushed;
    private final DeskSequenceReports deskSequences;

    /** @param pushed told of every push's answer (monitoring) */
    public SyncController(PushService push, DeskInstances instances, PullService pull, SnapshotService snapshot,
                          RequestAuth auth, JsonBodies bodies, Consumer<PushResponse> pushed,
                          DeskSequenceReports deskSequences) {
        this.pushed = pushed;
        this.deskSequences = deskSequences;
        this.push = push;
        this.instances = instances;
        this.pull = pull;
        this.snapshot = snapshot;
        this.auth = auth;
        this.bodies = bodies;
    }

    public void push(Context ctx) throws Exception {
        Instant arrived = deskSequences.arrival();
        RequestAuth.DeskCaller caller = auth.deskCaller(ctx);
        JsonNode body = bodies.tree(ctx);
        var commands = PushService.identities(body.get("commands"));
        if (commands.size() > MAX_BATCH) {
            throw Refusal.invalid("commands",
                    "a batch holds at most " + MAX_BATCH + " commands");
        }
        instances.admit(caller.device().id(), ctx.header(DeskInstances.HEADER), arrived);
        // before the push: should it fail half-way, the report knows what the desk holds (ADR 0095)
        Long deskSequence = DeskSequenceReports.fromBody(body);
        String named = DeskSequenceReports.commandFromBody(body);
        deskSequences.record(caller.device().id(), deskSequence, arrived, ctx.header(DeskInstances.HEADER));
        PushResponse response = push.push(caller.staff(), caller.device().id(), commands);
        deskSequences.recordNamedCommand(caller.device().id(), deskSequence, named, arrived);
        pushed.accept(response);
        bodies.answer(ctx, response);
    }

    public void pull(Context ctx) throws Exception {
        Instant arrived = deskSequences.arrival();
        Device device = auth.device(ctx);
        instances.admit(device.id(), ctx.header(DeskInstances.HEADER), arrived);
        deskSequences.record(device.id(), DeskSequenceReports.fromQuery(ctx.queryParam(DeskSequenceReports.FIELD)),
                arrived, ctx.header(DeskInstances.HEADER));
        bodies.answer(ctx, pull.pull(device.id(), Params.number(ctx, "cursor", 0), (int) Math.min(Integer.MAX_VALUE,
                Params.number(ctx, "limit", 500))));
    }

    public void snapshot(Context ctx) throws Exception {
        Instant arrived = deskSequences.arrival();
        Device device = auth.device(ctx);
        instances.admit(device.id(), ctx.header(DeskInstances.HEADER), arrived);
        deskSequences.record(device.id(), DeskSequenceReports.fromQuery(ctx.queryParam(DeskSequenceReports.FIELD)),
                arrived, ctx.header(DeskInstances.HEADER));
        bodies.answer(ctx, snapshot.snapshot(device.id()));
    }

    /** The routes of this feature, under {@link HttpApi#BASE}. */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> {
            post("/sync/push", this::push);
            get("/sync/pull", this::pull);
            get("/sync/snapshot", this::snapshot);
        });
    }
}
