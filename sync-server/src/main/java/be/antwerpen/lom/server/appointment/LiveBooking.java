package be.antwerpen.lom.server.appointment;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * The slot a citizen's live booking holds (ADR 0027): register number, location and start, for a
 * booking (not a walk-in) that is not served, no-show or cancelled. The database allows one live
 * booking per key (unique index {@value #INDEX}); the server checks it before it writes.
 *
 * @param registerNumber the citizen's national register number (digits)
 * @param locationId     the location
 * @param start          the start
 */
public record LiveBooking(String registerNumber, String locationId, LocalDateTime start) {

    /** The unique index that enforces the rule; its name appears in the engine's violation message. */
    public static final String INDEX = "appointments_one_live_booking_per_citizen_slot";

    private static final Set<AppointmentStatus> LIVE = EnumSet.of(AppointmentStatus.BOOKED,
            AppointmentStatus.CHECKED_IN, AppointmentStatus.CALLED, AppointmentStatus.IN_SERVICE);
    private static final Set<AppointmentOrigin> NOT_BOOKINGS = EnumSet.of(AppointmentOrigin.WALK_IN,
            AppointmentOrigin.PAPER);

    /** The key {@code a} holds, or {@code null} when it holds none (no register number, walk-in, not live). */
    public static LiveBooking of(Appointment a) {
        if (a == null || a.citizen() == null || a.citizen().nationalRegisterNumber() == null
                || !LIVE.contains(a.status()) || NOT_BOOKINGS.contains(a.origin())) {
            return null;
        }
        return new LiveBooking(a.citizen().nationalRegisterNumber().digits(), a.locationId(), a.start());
    }
}
