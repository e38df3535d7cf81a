package be.antwerpen.lom.server.appointment;

import be.antwerpen.lom.model.appointment.Appointment;

/**
 * An appointment as stored: the shared record plus what only the server tracks.
 *
 * @param appointment   the appointment
 * @param holdsSeat     whether it occupies seat cells (confirmed, not cancelled, not a walk-in)
 * @param emailChangedSeq change-log sequence of the last e-mail edit (0: never edited)
 * @param emailChangedBy  device (or staff member) that made it
 * @param phoneChangedSeq change-log sequence of the last phone edit
 * @param phoneChangedBy  device (or staff member) that made it
 */
public record StoredAppointment(Appointment appointment, boolean holdsSeat, long emailChangedSeq, String emailChangedBy,
                                long phoneChangedSeq, String phoneChangedBy) {

    public static StoredAppointment fresh(Appointment appointment, boolean holdsSeat) {
        return new StoredAppointment(appointment, holdsSeat, 0, null, 0, null);
    }

    public StoredAppointment with(Appointment changed, boolean seat) {
        return new StoredAppointment(changed, seat, emailChangedSeq, emailChangedBy, phoneChangedSeq, phoneChangedBy);
    }
}
