package be.antwerpen.lom.client.supervisor;

import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictView;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the conflict inbox shows: the open conflicts, or that the server cannot be reached.
 *
 * @param online    false when the server could not be reached (nothing can be settled then)
 * @param conflicts open conflicts of the location, oldest first
 */
public record InboxContent(boolean online, List<ConflictView> conflicts) {

    public static InboxContent offline() {
        return new InboxContent(false, List.of());
    }

    /** Open conflicts per class, every class present. */
    public Map<ConflictKind, Integer> countsByKind() {
        Map<ConflictKind, Integer> counts = new EnumMap<>(ConflictKind.class);
        for (ConflictKind kind : ConflictKind.values()) {
            counts.put(kind, 0);
        }
        conflicts.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }
}
