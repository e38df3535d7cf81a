package be.antwerpen.lom.model.appointment;

import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.validation.Require;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An appointment at a counter location, in Europe/Brussels wall-clock time.
 *
 * @param id          time-ordered UUID (v7)
 * @param code        short human-readable code printed on slips and forms, e.g. {@code K7M-2QX}
 * @param locationId  where
 * @param productCode what
 * @param start       start (wall-clock, Europe/Brussels)
 * @param end         end (exclusive)
 * @param citizen     who
 * @param status      life cycle state
 * @param origin      online, kiosk, counter, walk-in or paper
 * @param provisional booked offline and not yet confirmed by the server (or put in conflict)
 * @param version     optimistic version, incremented by the server on each change
 */
public record Appointment(
        UUID id,
        String code,
        String locationId,
        String productCode,
        LocalDateTime start,
        LocalDateTime end,
        Citizen citizen,
        AppointmentStatus status,
        AppointmentOrigin origin,
        boolean provisional,
        long version) {

    public Appointment {
        Require.present(id, "id");
        code = Require.text(code, "code", 20);
        locationId = Require.text(locationId, "locationId", 40);
        productCode = Require.text(productCode, "productCode", 40);
        Require.present(start, "start");
        Require.present(end, "end");
        Require.that(start.isBefore(end), "end", "an appointment must end after it starts");
        Require.present(citizen, "citizen");
        Require.present(status, "status");
        Require.present(origin, "origin");
        Require.that(version >= 0, "version", "version must not be negative");
    }

    public Appointment withStatus(AppointmentStatus newStatus) {
        return new Appointment(id, code, locationId, productCode, start, end, citizen, newStatus, origin,
                provisional, version);
    }
}
