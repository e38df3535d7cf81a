package be.antwerpen.lom.server.booking;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.api.CancelRequest;
import be.antwerpen.lom.model.api.RescheduleRequest;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.JsonBodies;
import be.antwerpen.lom.server.http.Params;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;

/** Book, read, reschedule and cancel appointments through the web API. */
public final class AppointmentController implements EndpointGroup {

    private final WebAppointments appointments;
    private final RequestAuth auth;
    private final JsonBodies bodies;

    public AppointmentController(WebAppointments appointments, RequestAuth auth, JsonBodies bodies) {
        this.appointments = appointments;
        this.auth = auth;
        this.bodies = bodies;
    }

    public void book(Context ctx) throws Exception {
        StaffMember staff = auth.staff(ctx);
        IdempotencyKey key = key(ctx);
        bodies.answer(ctx.status(201), appointments.book(staff, bodies.read(ctx, BookingRequest.class), key));
    }

    public void show(Context ctx) {
        StaffMember staff = auth.staff(ctx);
        ctx.json(appointments.find(staff, Params.id(ctx, "appointmentId")));
    }

    public void reschedule(Context ctx) throws Exception {
        StaffMember staff = auth.staff(ctx);
        IdempotencyKey key = key(ctx);
        ctx.json(appointments.reschedule(staff, Params.id(ctx, "appointmentId"),
                bodies.read(ctx, RescheduleRequest.class), key));
    }

    public void cancel(Context ctx) throws Exception {
        StaffMember staff = auth.staff(ctx);
        CancelRequest request = ctx.bodyAsBytes().length == 0 ? new CancelRequest(null)
                : bodies.read(ctx, CancelRequest.class);
        ctx.json(appointments.cancel(staff, Params.id(ctx, "appointmentId"), request, key(ctx)));
    }

    /** The request's Idempotency-Key (ADR 0026), or {@code null}; keys belong to the logged-in staff member. */
    private static IdempotencyKey key(Context ctx) {
        String header = ctx.header(IdempotencyKey.HEADER);
        return header == null ? null : IdempotencyKey.of(header, ctx.method().name(), ctx.path(), ctx.bodyAsBytes());
    }

    /** The routes of this feature, under {@link HttpApi#BASE}. */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> {
            post("/appointments", this::book);
            get("/appointments/{appointmentId}", this::show);
            post("/appointments/{appointmentId}/reschedule", this::reschedule);
            post("/appointments/{appointmentId}/cancel", this::cancel);
        });
    }
}
