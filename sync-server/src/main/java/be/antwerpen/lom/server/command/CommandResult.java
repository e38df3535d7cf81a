package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.sync.CommandOutcome;
import java.util.UUID;

/**
 * What applying a command did.
 *
 * @param outcome     applied, applied with changes or conflict (rejections are thrown as {@code Refusal})
 * @param reason      readable reason for anything but APPLIED
 * @param conflictId  the conflict opened, for CONFLICT
 * @param appointment the appointment after the command, when there is one
 * @param entityType  what the audit line is about
 * @param entityId    its id
 * @param locationId  where
 */
public record CommandResult(CommandOutcome outcome, String reason, UUID conflictId, Appointment appointment,
                            String entityType, String entityId, String locationId) {

    public static CommandResult of(CommandOutcome outcome, String reason, UUID conflictId, Appointment appointment) {
        return new CommandResult(outcome, reason, conflictId, appointment, "APPOINTMENT", appointment.id().toString(),
                appointment.locationId());
    }
}
