package be.antwerpen.lom.server.device;

import java.time.Instant;

/** An enrolled desk. The secret itself is never kept, only its hash. */
public record Device(String id, String secretHash, String locationId, String deskName, String deviceName,
                     Instant enrolledAt, boolean revoked, long lastSequence, long lastPullCursor, Instant lastSeenAt) {
}
