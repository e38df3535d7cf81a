package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.http.JsonBodies;
import be.antwerpen.lom.server.http.Params;
import be.antwerpen.lom.server.http.RequestAuth;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/** POST /sync/push, GET /sync/pull, GET /sync/snapshot: staff token plus device credentials. */
public final class SyncController {

    public static final int MAX_BATCH = 1000;

    private final PushService push;
    private final DeskInstances instances;
    private final PullService pull;
    private final SnapshotService snapshot;
    private final RequestAuth auth;
    private final JsonBodies bodies;

    public SyncController(PushService push, DeskInstances instances, PullService pull, SnapshotService snapshot,
                          RequestAuth auth, JsonBodies bodies) {
        this.push = push;
        this.instances = instances;
        this.pull = pull;
        this.snapshot = snapshot;
        this.auth = auth;
        this.bodies = bodies;
    }

    public void push(Context ctx) throws Exception {
        Device device = auth.device(ctx);
        JsonNode body = bodies.tree(ctx);
        var commands = PushService.identities(body.get("commands"));
        if (commands.size() > MAX_BATCH) {
            throw be.antwerpen.lom.server.error.ApiProblem.invalid("commands",
                    "a batch holds at most " + MAX_BATCH + " commands");
        }
        instances.admit(device.id(), ctx.header(DeskInstances.HEADER));
        ctx.json(push.push(device.id(), commands));
    }

    public void pull(Context ctx) {
        Device device = auth.device(ctx);
        instances.admit(device.id(), ctx.header(DeskInstances.HEADER));
        ctx.json(pull.pull(device.id(), Params.number(ctx, "cursor", 0), (int) Math.min(Integer.MAX_VALUE,
                Params.number(ctx, "limit", 500))));
    }

    public void snapshot(Context ctx) {
        Device device = auth.device(ctx);
        instances.admit(device.id(), ctx.header(DeskInstances.HEADER));
        ctx.json(snapshot.snapshot(device.id()));
    }
}
