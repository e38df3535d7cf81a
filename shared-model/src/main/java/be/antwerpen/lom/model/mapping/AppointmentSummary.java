package be.antwerpen.lom.model.mapping;

import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An appointment without any citizen data, for lists, overviews and reports that must not carry
 * personal data (e.g. the agenda of another location, capacity screens).
 *
 * @param id          the appointment's time-ordered UUID
 * @param code        the short code printed on slips
 * @param locationId  where
 * @param productCode what
 * @param start       start (wall-clock, Europe/Brussels)
 * @param end         end (exclusive)
 * @param status      life cycle state
 * @param origin      how it came to exist
 * @param provisional not yet confirmed by the server (or in conflict)
 */
public record AppointmentSummary(
        UUID id,
        String code,
        String locationId,
        String productCode,
        LocalDateTime start,
        LocalDateTime end,
        AppointmentStatus status,
        AppointmentOrigin origin,
        boolean provisional) {
}
