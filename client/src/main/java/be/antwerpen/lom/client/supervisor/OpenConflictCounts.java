package be.antwerpen.lom.client.supervisor;

import be.antwerpen.lom.model.sync.ConflictKind;
import java.util.Map;

/**
 * The server's answer to GET /locations/{id}/conflict-counts.
 *
 * @param locationId the location
 * @param open       open conflicts in total
 * @param byKind     open conflicts per class
 */
public record OpenConflictCounts(String locationId, int open, Map<ConflictKind, Integer> byKind) {
}
