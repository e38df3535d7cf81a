package be.antwerpen.lom.client.supervisor;

import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictView;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the conflict inbox shows: the open conflicts the server listed, and how many are open as the server
 * counted them, or that the server cannot be reached. The list stops at the server's limit per location
 * (ADR 0142); the counts do not, so every figure on the inbox comes from the counts (ADR 0148).
 *
 * @param online       false when the server could not be reached (nothing can be settled then)
 * @param conflicts    the open conflicts the server listed, oldest first (at most its limit per location)
 * @param open         open conflicts in total, as the server counted them
 * @param countsByKind open conflicts per class, as the server counted them; every class present
 */
public record InboxContent(boolean online, List<ConflictView> conflicts, int open,
                           Map<ConflictKind, Integer> countsByKind) {

    public InboxContent {
        conflicts = List.copyOf(conflicts);
        Map<ConflictKind, Integer> every = new EnumMap<>(ConflictKind.class);
        for (ConflictKind kind : ConflictKind.values()) {
            every.put(kind, countsByKind.getOrDefault(kind, 0));
        }
        countsByKind = Collections.unmodifiableMap(every);
    }

    public static InboxContent offline() {
        return new InboxContent(false, List.of(), 0, Map.of());
    }

    /** True when the server counted more open conflicts than it listed: the list is cut at its limit. */
    public boolean cut() {
        return conflicts.size() < open;
    }
}
