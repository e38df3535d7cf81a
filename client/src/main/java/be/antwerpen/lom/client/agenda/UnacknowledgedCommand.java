package be.antwerpen.lom.client.agenda;

import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.model.appointment.Appointment;
import java.util.Optional;

/**
 * A command the server has not acknowledged (waiting, rejected, in conflict) with the appointment it is about as the
 * desk shows it, so that staff see whose it is: empty when it is about no appointment (a conflict's resolution) or
 * the desk holds none. As text it names no one: the appointment holds a citizen.
 */
public record UnacknowledgedCommand(OutboxEntry command, Optional<Appointment> appointment) {

    @Override
    public String toString() {
        return "UnacknowledgedCommand[command=" + command + ", appointment=" + (appointment.isPresent() ? "***" : "none")
                + "]";
    }
}
