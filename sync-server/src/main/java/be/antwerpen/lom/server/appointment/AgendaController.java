package be.antwerpen.lom.server.appointment;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;

import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.Params;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.time.LocalDate;

/** A location's agenda for a day (what a desk downloads) and its day capacity. */
public final class AgendaController implements EndpointGroup {

    private final Agenda agenda;
    private final RequestAuth auth;

    public AgendaController(Agenda agenda, RequestAuth auth) {
        this.agenda = agenda;
        this.auth = auth;
    }

    public void agenda(Context ctx) {
        String location = agenda.knownLocation(ctx.pathParam("locationId"));
        auth.staffAt(ctx, StaffRole.AGENT, location);
        LocalDate day = Params.date(ctx, "date");
        ctx.json(agenda.of(location, day));
    }

    public void capacity(Context ctx) {
        String location = agenda.knownLocation(ctx.pathParam("locationId"));
        auth.staffAt(ctx, StaffRole.AGENT, location);
        LocalDate day = Params.date(ctx, "date");
        ctx.json(agenda.capacity(location, day));
    }

    /** The routes of this feature, under {@link HttpApi#BASE}. */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> {
            get("/locations/{locationId}/agenda", this::agenda);
            get("/locations/{locationId}/capacity", this::capacity);
        });
    }
}
