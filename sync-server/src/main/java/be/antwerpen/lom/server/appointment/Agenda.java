package be.antwerpen.lom.server.appointment;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.slot.DayCapacity;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.refusal.Refusal;
import java.time.LocalDate;
import java.util.List;

/** A location's agenda for a day and its day capacity, each read in one snapshot. */
public final class Agenda {

    private final Database db;
    private final AppointmentRepository appointments;
    private final SeatGrid grid;
    private final SlotEngine engine;

    public Agenda(Database db, AppointmentRepository appointments, SeatGrid grid, SlotEngine engine) {
        this.db = db;
        this.appointments = appointments;
        this.grid = grid;
        this.engine = engine;
    }

    /** The location, if the reference data knows it; else a not-found refusal. */
    public String knownLocation(String locationId) {
        if (grid.reference().location(locationId).isEmpty()) {
            throw Refusal.notFound("the location");
        }
        return locationId;
    }

    public List<Appointment> of(String locationId, LocalDate day) {
        return db.inSnapshot(c -> appointments.atLocation(c, locationId, day.atStartOfDay(),
                day.plusDays(1).atStartOfDay()));
    }

    public DayCapacity capacity(String locationId, LocalDate day) {
        return engine.dayCapacity(locationId, day, db.inSnapshot(c -> appointments.occupancyAt(c, locationId, day,
                day)));
    }
}
