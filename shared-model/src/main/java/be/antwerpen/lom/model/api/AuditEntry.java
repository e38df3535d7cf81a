package be.antwerpen.lom.model.api;

import java.time.Instant;

/**
 * One line of the append-only audit trail: who did what, when, from which device.
 *
 * @param id         the entry
 * @param at         server time
 * @param actor      staff username (or {@code system})
 * @param deviceId   the desk, or {@code null} for the web API and the command line
 * @param action     what was done, e.g. {@code Book}, {@code MarkServed}, {@code Login}
 * @param entityType what it was done to, e.g. {@code APPOINTMENT}
 * @param entityId   its id
 * @param locationId where, or {@code null}
 * @param detail     outcome and other detail without personal data
 * @param deskName   the desk's name as staff know it ("Loket 2"), filled in when the trail is read; {@code null}
 *                   when stored and for entries without a desk
 */
public record AuditEntry(String id, Instant at, String actor, String deviceId, String action, String entityType,
                         String entityId, String locationId, String detail, String deskName) {

    public AuditEntry(String id, Instant at, String actor, String deviceId, String action, String entityType,
                      String entityId, String locationId, String detail) {
        this(id, at, actor, deviceId, action, entityType, entityId, locationId, detail, null);
    }

    /** This entry with the desk's name, for people reading the trail. */
    public AuditEntry withDeskName(String name) {
        return new AuditEntry(id, at, actor, deviceId, action, entityType, entityId, locationId, detail, name);
    }
}
