package be.antwerpen.lom.server.conflictinbox;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.JsonBodies;
import be.antwerpen.lom.server.http.Params;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The conflict inbox over HTTP: {@code GET /conflicts}, {@code GET /conflicts/{id}},
 * {@code POST /conflicts/{id}/resolve} (the same rules as a ResolveConflict sync command),
 * {@code GET /conflicts/{id}/proposals} (free slots to rebook a double booking into) and
 * {@code GET /locations/{id}/conflict-counts} (open conflicts per class).
 */
public final class ConflictInboxRoutes implements EndpointGroup {

    private static final int DEFAULT_DAYS = 14;
    private static final int DEFAULT_LIMIT = 10;

    private final ConflictInbox inbox;
    private final RequestAuth auth;
    private final JsonBodies bodies;

    public ConflictInboxRoutes(ConflictInbox inbox, RequestAuth auth, JsonBodies bodies) {
        this.inbox = inbox;
        this.auth = auth;
        this.bodies = bodies;
    }

    /**
     * The documented body of a resolution: the decision only. The conflict comes from the path; a
     * {@code type} or {@code conflictId} field (a whole ResolveConflict command, as older desks send) is ignored.
     */
    public record ResolveBody(ConflictResolution resolution, String remark, LocalDateTime rebookStart,
                              String rebookLocationId) {
    }

    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> {
            get("/conflicts", this::list);
            get("/conflicts/{conflictId}", this::show);
            post("/conflicts/{conflictId}/resolve", this::resolve);
            get("/conflicts/{conflictId}/proposals", this::proposals);
            get("/locations/{locationId}/conflict-counts", this::counts);
        });
    }

    void list(Context ctx) {
        String location = inbox.knownLocation(Params.text(ctx, "location"));
        auth.staffAt(ctx, StaffRole.SUPERVISOR, location);
        boolean all = Params.flag(ctx, "includeResolved");
        ctx.json(inbox.atLocation(location, all));
    }

    void show(Context ctx) {
        StaffMember staff = auth.staff(ctx);
        ctx.json(inbox.visible(staff, Params.id(ctx, "conflictId")));
    }

    void resolve(Context ctx) throws Exception {
        StaffMember staff = auth.staff(ctx);
        UUID id = Params.id(ctx, "conflictId");
        inbox.requireOpen(staff, id);
        ResolveBody body = bodies.read(ctx, ResolveBody.class);
        ConflictView settled = inbox.resolve(staff, new Commands.ResolveConflict(id, body.resolution(), body.remark(),
                body.rebookStart(), body.rebookLocationId()));
        ctx.json(settled);
    }

    void proposals(Context ctx) {
        StaffMember staff = auth.staff(ctx);
        Appointment a = inbox.toRebook(inbox.visible(staff, Params.id(ctx, "conflictId")));
        String mode = ctx.queryParam("mode");
        int days = Params.optionalInt(ctx, "days") == null ? DEFAULT_DAYS : Params.optionalInt(ctx, "days");
        int limit = Params.optionalInt(ctx, "limit") == null ? DEFAULT_LIMIT : Params.optionalInt(ctx, "limit");
        ctx.json(inbox.proposals(a, mode, days, limit));
    }

    void counts(Context ctx) {
        String location = inbox.knownLocation(ctx.pathParam("locationId"));
        auth.staffAt(ctx, StaffRole.SUPERVISOR, location);
        ctx.json(inbox.counts(location));
    }
}
