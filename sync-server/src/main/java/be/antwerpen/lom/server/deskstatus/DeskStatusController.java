package be.antwerpen.lom.server.deskstatus;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import be.antwerpen.lom.model.drill.DeskStatusReport;
import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.JsonBodies;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;

/**
 * {@code POST /desks/status}: a desk reports itself at each sync round (staff token plus device credentials,
 * like sync) and learns its drills. {@code GET /desks[?locationId=]}: the live view of the desks, for
 * supervisors of their own locations and administrators (ADR 0111).
 */
public final class DeskStatusController implements EndpointGroup {

    private final DeskStatusService service;
    private final RequestAuth auth;
    private final JsonBodies bodies;

    public DeskStatusController(DeskStatusService service, RequestAuth auth, JsonBodies bodies) {
        this.service = service;
        this.auth = auth;
        this.bodies = bodies;
    }

    public void report(Context ctx) throws Exception {
        RequestAuth.DeskCaller caller = auth.deskCaller(ctx);
        DeskStatusReport report = bodies.read(ctx, DeskStatusReport.class);
        ctx.json(service.report(caller.device(), report));
    }

    public void live(Context ctx) {
        ctx.json(service.live(auth.staff(ctx), ctx.queryParam("locationId")));
    }

    /** The routes of this feature, under {@link HttpApi#BASE}. */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> {
            post("/desks/status", this::report);
            get("/desks", this::live);
        });
    }
}
