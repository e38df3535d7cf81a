package be.antwerpen.lom.model.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A conflict as supervisors and desks see it: both versions side by side. Pulled as the
 * {@code data} of a {@link ChangeType#CONFLICT} change.
 *
 * @param id            the conflict
 * @param kind          its class (see docs/sync-protocol.md)
 * @param locationId    the location whose supervisor settles it
 * @param appointmentId the appointment concerned, or {@code null} (dead letters)
 * @param deviceId      the desk whose command raised it
 * @param commandId     that command
 * @param description   a readable sentence
 * @param serverVersion the server's version (JSON), or {@code null}
 * @param deskVersion   what the desk sent (JSON), or {@code null}
 * @param open          {@code true} until a supervisor settles it
 * @param resolution    how it was settled, or {@code null}
 * @param resolvedBy    who settled it, or {@code null}
 * @param remark        the supervisor's remark, or {@code null}
 * @param createdAt     when it was opened (server clock)
 * @param resolvedAt    when it was settled, or {@code null}
 * @param deskName      the name of the desk whose command raised it (e.g. {@code Loket 2}), or {@code null}
 * @param actor         the staff member who sent that command, or {@code null} (conflicts from before v14)
 */
public record ConflictView(UUID id, ConflictKind kind, String locationId, UUID appointmentId, String deviceId,
                           UUID commandId, String description, JsonNode serverVersion, JsonNode deskVersion,
                           boolean open, ConflictResolution resolution, String resolvedBy, String remark,
                           Instant createdAt, Instant resolvedAt, String deskName, String actor) {

    /** A conflict without the desk name and actor (filled in when the server reads it back). */
    public ConflictView(UUID id, ConflictKind kind, String locationId, UUID appointmentId, String deviceId,
                        UUID commandId, String description, JsonNode serverVersion, JsonNode deskVersion,
                        boolean open, ConflictResolution resolution, String resolvedBy, String remark,
                        Instant createdAt, Instant resolvedAt) {
        this(id, kind, locationId, appointmentId, deviceId, commandId, description, serverVersion, deskVersion, open,
                resolution, resolvedBy, remark, createdAt, resolvedAt, null, null);
    }
}
