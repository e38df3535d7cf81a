package be.antwerpen.lom.server.slot;

import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.slot.ExistingBooking;
import be.antwerpen.lom.model.slot.FlexibilityQuery;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.server.appointment.AppointmentRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.seatlease.SeatLeaseRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Free slots: proximity (one location) and flexibility (every location), bookings and leases read in one snapshot. */
public final class FreeSlots {

    private final Database db;
    private final AppointmentRepository appointments;
    private final SlotEngine engine;
    private final ReferenceData reference;
    private final SeatLeaseRepository leases;

    public FreeSlots(Database db, AppointmentRepository appointments, SlotEngine engine, ReferenceData reference,
                     SeatLeaseRepository leases) {
        this.db = db;
        this.appointments = appointments;
        this.engine = engine;
        this.reference = reference;
        this.leases = leases;
    }

    /** The location named in {@code field}, if the reference data knows it; else the input is invalid. */
    public String knownLocation(String location, String field) {
        if (reference.location(location).isEmpty()) {
            throw Refusal.invalid(field, "unknown location");
        }
        return location;
    }

    /** The product named in {@code field}, if the reference data knows it; else the input is invalid. */
    public String knownProduct(String product, String field) {
        if (reference.product(product).isEmpty()) {
            throw Refusal.invalid(field, "unknown product");
        }
        return product;
    }

    public List<Slot> proximity(ProximityQuery query) {
        return engine.proximity(query, db.inSnapshot(c -> withLeases(c, appointments.occupancyAt(c,
                query.locationId(), query.from(), query.to()), query.from(), query.to())));
    }

    public List<Slot> flexibility(FlexibilityQuery query) {
        return engine.flexibility(query, db.inSnapshot(c -> withLeases(c, appointments.occupancy(c, query.from(),
                query.to()), query.from(), query.to())));
    }

    /** Seats held by desks' leases are not free for anyone else (ADR 0030). */
    private List<ExistingBooking> withLeases(Connection c, List<ExistingBooking> booked, LocalDate from, LocalDate to)
            throws SQLException {
        List<ExistingBooking> all = new ArrayList<>(booked);
        leases.heldBetween(c, from, to).forEach(l -> all.add(new ExistingBooking(l.locationId(), l.start(), l.end())));
        return all;
    }
}
