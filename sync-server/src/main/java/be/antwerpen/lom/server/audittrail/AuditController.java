package be.antwerpen.lom.server.audittrail;

import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import be.antwerpen.lom.model.api.AuditSearchRequest;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.JsonBodies;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;

/** POST /audit/search: supervisors of a location, or administrators, read the audit trail. */
public final class AuditController implements EndpointGroup {

    private final AuditTrail trail;
    private final RequestAuth auth;
    private final JsonBodies bodies;

    public AuditController(AuditTrail trail, RequestAuth auth, JsonBodies bodies) {
        this.trail = trail;
        this.auth = auth;
        this.bodies = bodies;
    }

    public void search(Context ctx) throws Exception {
        StaffMember staff = auth.staff(ctx);
        ctx.json(trail.search(staff, bodies.read(ctx, AuditSearchRequest.class)));
    }

    /** The routes of this feature, under {@link HttpApi#BASE}. */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> post("/audit/search", this::search));
    }
}
