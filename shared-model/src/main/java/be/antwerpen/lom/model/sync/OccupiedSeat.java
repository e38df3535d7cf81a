package be.antwerpen.lom.model.sync;

import be.antwerpen.lom.model.slot.ExistingBooking;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Whether an appointment of another location holds a seat, without anything about the citizen: what
 * a desk needs to book any place offline (flexibility) without overbooking other locations. Snapshots
 * carry the seats held; pulls carry every change to them as {@link ChangeType#OCCUPANCY}.
 *
 * @param appointmentId the appointment
 * @param locationId    where the seat is, or {@code null} when the appointment is unknown
 * @param start         start of the seat, or {@code null} when it holds none
 * @param end           end (exclusive), or {@code null} when it holds none
 * @param holdsSeat     false once cancelled, or while a double booking keeps it provisional
 */
public record OccupiedSeat(UUID appointmentId, String locationId, LocalDateTime start, LocalDateTime end,
                           boolean holdsSeat) {

    /** The booking the slot engine counts; only meaningful when {@link #holdsSeat()}. */
    public ExistingBooking booking() {
        return new ExistingBooking(locationId, start, end);
    }
}
