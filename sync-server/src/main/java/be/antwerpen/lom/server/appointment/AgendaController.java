package be.antwerpen.lom.server.appointment;

import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.http.Params;
import be.antwerpen.lom.server.http.RequestAuth;
import io.javalin.http.Context;
import java.time.LocalDate;

/** A location's agenda for a day (what a desk downloads) and its day capacity. */
public final class AgendaController {

    private final Database db;
    private final AppointmentRepository appointments;
    private final SeatGrid grid;
    private final SlotEngine engine;
    private final RequestAuth auth;

    public AgendaController(Database db, AppointmentRepository appointments, SeatGrid grid, SlotEngine engine,
                            RequestAuth auth) {
        this.db = db;
        this.appointments = appointments;
        this.grid = grid;
        this.engine = engine;
        this.auth = auth;
    }

    public void agenda(Context ctx) {
        String location = knownLocation(ctx);
        auth.staffAt(ctx, StaffRole.AGENT, location);
        LocalDate day = Params.date(ctx, "date");
        ctx.json(db.inSnapshot(c -> appointments.atLocation(c, location, day.atStartOfDay(),
                day.plusDays(1).atStartOfDay())));
    }

    public void capacity(Context ctx) {
        String location = knownLocation(ctx);
        auth.staffAt(ctx, StaffRole.AGENT, location);
        LocalDate day = Params.date(ctx, "date");
        ctx.json(engine.dayCapacity(location, day, db.inSnapshot(c -> appointments.occupancyAt(c, location, day, day))));
    }

    private String knownLocation(Context ctx) {
        String location = ctx.pathParam("locationId");
        if (grid.reference().location(location).isEmpty()) {
            throw Refusal.notFound("the location");
        }
        return location;
    }
}
