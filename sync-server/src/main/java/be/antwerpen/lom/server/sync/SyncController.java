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
    private final PullService pull;
    private final SnapshotService snapshot;
    private final RequestAuth auth;
    private final JsonBodies bodies;
    private final DeskSequenceReports deskSequences;

    public SyncController(PushService push, PullService pull, SnapshotService snapshot, RequestAuth auth,
                          JsonBodies bodies, DeskSequenceReports deskSequences) {
        this.deskSequences = deskSequences;
        this.push = push;
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
        // before the push: should it fail half-way, the report knows what the desk holds (ADR 0095)
        deskSequences.record(device.id(), DeskSequenceReports.fromBody(body));
        ctx.json(push.push(device.id(), commands));
    }

    public void pull(Context ctx) {
        Device device = auth.device(ctx);
        deskSequences.record(device.id(), DeskSequenceReports.fromQuery(ctx.queryParam(DeskSequenceReports.FIELD)));
        ctx.json(pull.pull(device.id(), Params.number(ctx, "cursor", 0), (int) Math.min(Integer.MAX_VALUE,
                Params.number(ctx, "limit", 500))));
    }

    public void snapshot(Context ctx) {
        Device device = auth.device(ctx);
        deskSequences.record(device.id(), DeskSequenceReports.fromQuery(ctx.queryParam(DeskSequenceReports.FIELD)));
        ctx.json(snapshot.snapshot(device.id()));
    }
}
