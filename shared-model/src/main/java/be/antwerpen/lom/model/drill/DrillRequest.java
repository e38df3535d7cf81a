package be.antwerpen.lom.model.drill;

import java.time.Instant;

/**
 * A supervisor's request to start an outage drill (ADR 0110).
 *
 * @param scope      DESK, LOCATION or ALL (every location of the supervisor)
 * @param deviceId   the desk, for DESK
 * @param locationId the location, for LOCATION
 * @param startsAt   when the desks cut their connection; null for now
 * @param minutes    planned length, 1 to 480
 */
public record DrillRequest(String scope, String deviceId, String locationId, Instant startsAt, int minutes) {
}
