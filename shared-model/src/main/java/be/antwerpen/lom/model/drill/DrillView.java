package be.antwerpen.lom.model.drill;

import java.time.Instant;
import java.util.List;

/**
 * A drill as supervisors see it.
 *
 * @param state SCHEDULED, RUNNING, ENDED or CANCELLED
 * @param desks the desks in the drill
 */
public record DrillView(String id, String scope, String target, Instant startsAt, Instant plannedEnd,
                        String createdBy, Instant cancelledAt, String cancelledBy, String state,
                        List<DrillDesk> desks) {

    /** A desk in a drill. */
    public record DrillDesk(String deviceId, String deskName, String locationId) {
    }
}
