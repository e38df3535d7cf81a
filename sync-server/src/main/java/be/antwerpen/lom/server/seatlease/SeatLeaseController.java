package be.antwerpen.lom.server.seatlease;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

import be.antwerpen.lom.model.lease.SeatLeasePolicy;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.JsonBodies;
import be.antwerpen.lom.server.http.Params;
import be.antwerpen.lom.server.refusal.Refusal;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.time.LocalDate;

/**
 * {@code POST /sync/seat-leases} (a desk tops up its leases during sync: staff token plus device
 * credentials), {@code GET/PUT /locations/{id}/seat-lease-policy} (read: supervisor; set: admin) and
 * {@code GET /locations/{id}/seat-capacity} (supervisor: capacity, booked, leased, free per day).
 */
public final class SeatLeaseController implements EndpointGroup {

    private final SeatLeaseService service;
    private final RequestAuth auth;
    private final JsonBodies bodies;

    public SeatLeaseController(SeatLeaseService service, RequestAuth auth, JsonBodies bodies) {
        this.service = service;
        this.auth = auth;
        this.bodies = bodies;
    }

    public void topUp(Context ctx) {
        Device device = auth.device(ctx);
        ctx.json(service.topUp(device));
    }

    public void policy(Context ctx) {
        String location = ctx.pathParam("locationId");
        auth.staffAt(ctx, StaffRole.SUPERVISOR, location);
        ctx.json(service.policy(location));
    }

    public void setPolicy(Context ctx) throws Exception {
        String location = ctx.pathParam("locationId");
        StaffMember admin = auth.staffAt(ctx, StaffRole.ADMIN, location);
        SeatLeasePolicy policy = bodies.read(ctx, SeatLeasePolicy.class);
        if (!location.equals(policy.locationId())) {
            throw Refusal.invalid("locationId", "the policy names another location than the address");
        }
        ctx.json(service.setPolicy(policy, admin.username()));
    }

    public void capacity(Context ctx) {
        String location = ctx.pathParam("locationId");
        auth.staffAt(ctx, StaffRole.SUPERVISOR, location);
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = ctx.queryParam("to") == null ? from : Params.date(ctx, "to");
        ctx.json(service.capacity(location, from, to));
    }

    /** The routes of this feature, under {@link HttpApi#BASE}. */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> {
            post("/sync/seat-leases", this::topUp);
            get("/locations/{locationId}/seat-lease-policy", this::policy);
            put("/locations/{locationId}/seat-lease-policy", this::setPolicy);
            get("/locations/{locationId}/seat-capacity", this::capacity);
        });
    }
}
