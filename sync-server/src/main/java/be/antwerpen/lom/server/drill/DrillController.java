package be.antwerpen.lom.server.drill;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import be.antwerpen.lom.model.drill.DrillDeskResult;
import be.antwerpen.lom.model.drill.DrillRequest;
import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.JsonBodies;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;

/**
 * {@code POST /drills} (start), {@code GET /drills} (list), {@code GET /drills/{id}},
 * {@code POST /drills/{id}/cancel}, {@code GET /drills/{id}/report}: supervisors of a drill's locations and
 * administrators, the actor from the session. {@code GET /drills/{id}/status}: the desk in the drill, by its
 * device credentials alone (ADR 0110). {@code POST /drills/{id}/desk-result}: the desk and the staff member
 * logged in there.
 */
public final class DrillController implements EndpointGroup {

    private final DrillService drills;
    private final DrillReports reports;
    private final RequestAuth auth;
    private final JsonBodies bodies;

    public DrillController(DrillService drills, DrillReports reports, RequestAuth auth, JsonBodies bodies) {
        this.drills = drills;
        this.reports = reports;
        this.auth = auth;
        this.bodies = bodies;
    }

    public void start(Context ctx) throws Exception {
        var staff = auth.staff(ctx);
        DrillRequest request = bodies.read(ctx, DrillRequest.class);
        ctx.status(201).json(drills.start(staff, request));
    }

    public void list(Context ctx) {
        ctx.json(drills.list(auth.staff(ctx)));
    }

    public void one(Context ctx) {
        ctx.json(drills.get(auth.staff(ctx), ctx.pathParam("drillId")));
    }

    public void cancel(Context ctx) {
        ctx.json(drills.cancel(auth.staff(ctx), ctx.pathParam("drillId")));
    }

    public void report(Context ctx) {
        ctx.json(reports.report(auth.staff(ctx), ctx.pathParam("drillId")));
    }

    public void status(Context ctx) {
        ctx.json(drills.status(auth.deviceAlone(ctx), ctx.pathParam("drillId")));
    }

    public void deskResult(Context ctx) throws Exception {
        RequestAuth.DeskCaller caller = auth.deskCaller(ctx);
        DrillDeskResult result = bodies.read(ctx, DrillDeskResult.class);
        drills.recordResult(caller.device(), ctx.pathParam("drillId"), caller.staff().username(), result);
        ctx.status(204);
    }

    /** The routes of this feature, under {@link HttpApi#BASE}. */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> {
            post("/drills", this::start);
            get("/drills", this::list);
            get("/drills/{drillId}", this::one);
            post("/drills/{drillId}/cancel", this::cancel);
            get("/drills/{drillId}/report", this::report);
            get("/drills/{drillId}/status", this::status);
            post("/drills/{drillId}/desk-result", this::deskResult);
        });
    }
}
