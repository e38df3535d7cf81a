package be.antwerpen.lom.server.conflict;

import be.antwerpen.lom.model.sync.ConflictKind;
import java.util.Map;

/**
 * Open conflicts of a location, in total and per class (every class present, zero when none).
 *
 * @param locationId the location
 * @param open       open conflicts in total
 * @param byKind     open conflicts per class
 */
public record ConflictCounts(String locationId, int open, Map<ConflictKind, Integer> byKind) {
}
