package be.antwerpen.lom.client.supervisor;

import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import java.time.Instant;
import java.util.List;

/**
 * What the supervisor searches the audit trail for; every criterion but the locations is optional.
 *
 * @param locationIds     the supervisor's locations to search in (at least one)
 * @param appointmentCode the appointment's code as on the booking slip
 * @param citizen         the citizen's national register number, already validated
 * @param actor           the staff member's username
 * @param deviceId        the desk
 * @param from            not before (inclusive)
 * @param to              before (exclusive)
 */
public record AuditQuery(List<String> locationIds, String appointmentCode, NationalRegisterNumber citizen,
                         String actor, String deviceId, Instant from, Instant to) {

    public AuditQuery {
        locationIds = List.copyOf(locationIds);
        if (locationIds.isEmpty()) {
            throw new IllegalArgumentException("the audit search needs at least one location");
        }
    }

    /** Masked: the register number must never be logged. */
    @Override
    public String toString() {
        return "AuditQuery[locationIds=" + locationIds + ", appointmentCode=" + appointmentCode + ", citizen="
                + (citizen == null ? null : "***") + ", actor=" + actor + ", deviceId=" + deviceId + ", from=" + from
                + ", to=" + to + "]";
    }
}
