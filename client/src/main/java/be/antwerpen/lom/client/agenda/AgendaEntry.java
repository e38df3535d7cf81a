package be.antwerpen.lom.client.agenda;

import be.antwerpen.lom.model.appointment.Appointment;

/**
 * One row of the desk's agenda: the appointment as the desk shows it (confirmed state with the
 * desk's own pending commands replayed on top), how far the server confirmed it, and the reason of
 * a rejection or conflict when there is one.
 *
 * @param refusedBooking a booking or walk-in made here that the server refused: the server holds nothing of it, so
 *                       the record is built from the outbox, stays on view (marked {@link SyncMark#REJECTED}) until
 *                       staff dismiss the refusal, and holds no seat: it is counted nowhere and takes no action
 */
public record AgendaEntry(Appointment appointment, SyncMark mark, String reason, boolean refusedBooking) {

    public AgendaEntry(Appointment appointment, SyncMark mark, String reason) {
        this(appointment, mark, reason, false);
    }
}
