package be.antwerpen.lom.server.appointment;

/**
 * An appointment row to write at the end of a transaction.
 *
 * @param state         the state to store
 * @param storedVersion the version the row holds in the database now (updates are checked against it)
 * @param at            when the last change was made (epoch milliseconds)
 */
public record AppointmentWrite(StoredAppointment state, long storedVersion, long at) {
}
