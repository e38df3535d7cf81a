package be.antwerpen.lom.server.slot;

import be.antwerpen.lom.model.slot.FlexibilityQuery;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.server.appointment.AppointmentRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.http.Params;
import be.antwerpen.lom.server.http.RequestAuth;
import be.antwerpen.lom.model.slot.ExistingBooking;
import be.antwerpen.lom.server.seatlease.SeatLeaseRepository;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Free slots: proximity (one location) and flexibility (every location, with filters). */
public final class SlotController {

    private final Database db;
    private final AppointmentRepository appointments;
    private final SlotEngine engine;
    private final ReferenceData reference;
    private final RequestAuth auth;
    private final SeatLeaseRepository leases;

    public SlotController(Database db, AppointmentRepository appointments, SlotEngine engine, ReferenceData reference,
                          RequestAuth auth, SeatLeaseRepository leases) {
        this.leases = leases;
        this.db = db;
        this.appointments = appointments;
        this.engine = engine;
        this.reference = reference;
        this.auth = auth;
    }

    public void proximity(Context ctx) {
        auth.staff(ctx);
        String location = Params.text(ctx, "location");
        if (reference.location(location).isEmpty()) {
            throw Refusal.invalid("location", "unknown location");
        }
        ProximityQuery query = new ProximityQuery(location, product(ctx), Params.date(ctx, "from"),
                Params.date(ctx, "to"));
        ctx.json(engine.proximity(query, db.inSnapshot(c -> withLeases(c, appointments.occupancyAt(c, location,
                query.from(), query.to()), query.from(), query.to()))));
    }

    public void flexibility(Context ctx) {
        auth.staff(ctx);
        FlexibilityQuery query = new FlexibilityQuery(product(ctx), Params.date(ctx, "from"), Params.date(ctx, "to"),
                Params.flag(ctx, "saturdaysOnly"), Params.flag(ctx, "eveningsOnly"),
                Params.optionalTime(ctx, "notBefore"), Params.optionalTime(ctx, "notAfter"),
                Params.optionalInt(ctx, "limit"));
        ctx.json(engine.flexibility(query, db.inSnapshot(c -> withLeases(c, appointments.occupancy(c, query.from(),
                query.to()), query.from(), query.to()))));
    }

    /** Seats held by desks' leases are not free for anyone else (ADR 0030). */
    private List<ExistingBooking> withLeases(Connection c, List<ExistingBooking> booked, LocalDate from, LocalDate to)
            throws SQLException {
        List<ExistingBooking> all = new ArrayList<>(booked);
        leases.heldBetween(c, from, to).forEach(l -> all.add(new ExistingBooking(l.locationId(), l.start(), l.end())));
        return all;
    }

    private String product(Context ctx) {
        String product = Params.text(ctx, "product");
        if (reference.product(product).isEmpty()) {
            throw Refusal.invalid("product", "unknown product");
        }
        return product;
    }
}
