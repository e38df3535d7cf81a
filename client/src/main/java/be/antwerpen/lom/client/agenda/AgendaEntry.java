package be.antwerpen.lom.client.agenda;

import be.antwerpen.lom.model.appointment.Appointment;

/**
 * One row of the desk's agenda: the appointment as the desk shows it (confirmed state with the
 * desk's own pending commands replayed on top), how far the server confirmed it, and the reason of
 * a rejection or conflict when there is one.
 */
public record AgendaEntry(Appointment appointment, SyncMark mark, String reason) {
}
