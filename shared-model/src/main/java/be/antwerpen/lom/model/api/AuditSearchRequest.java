package be.antwerpen.lom.model.api;

import java.time.Instant;

/**
 * Criteria for the audit search, sent in a POST body so that a national register number never
 * appears in a URL. Every criterion is optional; supervisors must name a location of theirs.
 *
 * @param locationId             only this location
 * @param actor                  only this staff member
 * @param deviceId               only this desk: its device id, or its name ("Loket 2")
 * @param entityId               only this entity (an appointment id, ...)
 * @param nationalRegisterNumber only the appointments of this citizen
 * @param from                   not before (inclusive)
 * @param to                     before (exclusive)
 * @param limit                  at most this many, newest first (default 100, at most 1000)
 */
public record AuditSearchRequest(String locationId, String actor, String deviceId, String entityId,
                                 String nationalRegisterNumber, Instant from, Instant to, Integer limit) {

    /** Masked: the register number must never be logged. */
    @Override
    public String toString() {
        return "AuditSearchRequest[locationId=" + locationId + ", actor=" + actor + ", deviceId=" + deviceId
                + ", entityId=" + entityId + ", nationalRegisterNumber=" + (nationalRegisterNumber == null ? null : "***")
                + ", from=" + from + ", to=" + to + ", limit=" + limit + "]";
    }
}
