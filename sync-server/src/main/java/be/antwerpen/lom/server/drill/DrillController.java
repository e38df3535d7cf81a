package be.antwerpen.lom.server.drill;

import be.antwerpen.lom.model.drill.DrillDeskResult;
import be.antwerpen.lom.model.drill.DrillRequest;
import be.antwerpen.lom.server.auth.Authenticator;
import be.antwerpen.lom.server.http.JsonBodies;
import be.antwerpen.lom.server.http.RequestAuth;
import io.javalin.http.Context;

/**
 * {@code POST /drills} (start), {@code GET /drills} (list), {@code GET /drills/{id}},
 * {@code POST /drills/{id}/cancel}, {@code GET /drills/{id}/report}: supervisors of a drill's locations and
 * administrators, the actor from the session. {@code GET /drills/{id}/status}: the desk in the drill, by its
 * device credentials alone (ADR 0110). {@code POST /drills/{id}/desk-result}: the desk and the staff member
 * logged in there.
 */
public final class DrillController {

    private final DrillService drills;
    private final DrillReports reports;
    private final RequestAuth auth;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    public DrillController(DrillService drills, DrillReports reports, RequestAuth auth, Authenticator authenticator,
                           JsonBodies bodies) {
        this.drills = drills;
        this.reports = reports;
        this.auth = auth;
        this.authenticator = authenticator;
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

    public void get(Context ctx) {
        ctx.json(drills.get(auth.staff(ctx), ctx.pathParam("drillId")));
    }

    public void cancel(Context ctx) {
        ctx.json(drills.cancel(auth.staff(ctx), ctx.pathParam("drillId")));
    }

    public void report(Context ctx) {
        ctx.json(reports.report(auth.staff(ctx), ctx.pathParam("drillId")));
    }

    public void status(Context ctx) {
        var desk = authenticator.device(ctx.header("X-Device-Id"), ctx.header("X-Device-Secret"));
        ctx.json(drills.status(desk, ctx.pathParam("drillId")));
    }

    public void deskResult(Context ctx) throws Exception {
        RequestAuth.DeskCaller caller = auth.deskCaller(ctx);
        DrillDeskResult result = bodies.read(ctx, DrillDeskResult.class);
        drills.recordResult(caller.device(), ctx.pathParam("drillId"), caller.staff().username(), result);
        ctx.status(204);
    }
}
