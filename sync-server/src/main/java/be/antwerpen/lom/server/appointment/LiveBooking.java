package be.antwerpen.lom.server.appointment;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
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
        return a == null ? null : of(a.citizen(), a.locationId(), a.start(), a.status(), a.origin());
    }

    /** The key an appointment with these values would hold, or {@code null} (as {@link #of(Appointment)}). */
    public static LiveBooking of(Citizen citizen, String locationId, LocalDateTime start, AppointmentStatus status,
                                 AppointmentOrigin origin) {
        if (citizen == null || citizen.nationalRegisterNumber() == null || locationId == null || start == null
                || !LIVE.contains(status) || NOT_BOOKINGS.contains(origin)) {
            return null;
        }
        return new LiveBooking(citizen.nationalRegisterNumber().digits(), locationId, start);
    }
}
