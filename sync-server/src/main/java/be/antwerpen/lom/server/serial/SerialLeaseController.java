package be.antwerpen.lom.server.serial;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.JsonBodies;
import be.antwerpen.lom.server.refusal.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;

/** POST /serials/lease and GET /serials/leases: staff token plus device credentials, like /sync/*. */
public final class SerialLeaseController implements EndpointGroup {

    private final SerialLeaseService service;
    private final RequestAuth auth;
    private final JsonBodies bodies;

    public SerialLeaseController(SerialLeaseService service, RequestAuth auth, JsonBodies bodies) {
        this.service = service;
        this.auth = auth;
        this.bodies = bodies;
    }

    public void lease(Context ctx) throws Exception {
        RequestAuth.DeskCaller caller = auth.deskCaller(ctx);
        Device device = caller.device();
        int count = SerialLeaseService.DEFAULT_COUNT;
        if (!ctx.body().isBlank()) {
            JsonNode body = bodies.tree(ctx);
            if (!body.isObject()) {
                throw Refusal.invalid("body", "the body is a JSON object, e.g. {\"count\": 200}");
            }
            JsonNode value = body.get("count");
            if (value != null && !value.isNull()) {
                if (!value.canConvertToInt() || !value.isIntegralNumber()) {
                    throw Refusal.invalid("count", "count must be a whole number");
                }
                count = value.intValue();
            }
        }
        ctx.status(201).json(service.lease(device, count, caller.staff().username()));
    }

    public void list(Context ctx) {
        Device device = auth.device(ctx);
        ctx.json(service.leasesOf(device));
    }

    /** The routes of this feature, under {@link HttpApi#BASE}. */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> {
            post("/serials/lease", this::lease);
            get("/serials/leases", this::list);
        });
    }
}
