package be.antwerpen.lom.client.supervisor;

import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.sync.ServerUnreachableException;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.ConflictView;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's conflict inbox against the server. Settling needs the server: a resolution is
 * never queued offline, so the supervisor sees at once whether it was accepted.
 */
public final class ConflictInbox {

    /** The decisions a supervisor may take per class (the server enforces the same, ADR 0091). */
    private static final Map<ConflictKind, List<ConflictResolution>> ALLOWED = Map.of(
            ConflictKind.DOUBLE_BOOKING, List.of(ConflictResolution.REBOOK, ConflictResolution.KEEP_DESK,
                    ConflictResolution.MARK_HANDLED),
            ConflictKind.CONTRADICTING_FACTS, List.of(ConflictResolution.KEEP_SERVER, ConflictResolution.KEEP_DESK),
            ConflictKind.STALE_STATE, List.of(ConflictResolution.MARK_HANDLED),
            ConflictKind.CONCURRENT_EDIT, List.of(ConflictResolution.KEEP_SERVER, ConflictResolution.KEEP_DESK,
                    ConflictResolution.MERGE),
            ConflictKind.DEAD_LETTER, List.of(ConflictResolution.MARK_HANDLED));

    private final SupervisorApi api;
    private final ServerCalls calls;

    public ConflictInbox(SupervisorApi api, ServerCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    public static List<ConflictResolution> allowed(ConflictKind kind) {
        return ALLOWED.getOrDefault(kind, List.of(ConflictResolution.MARK_HANDLED));
    }

    /**
     * The open conflicts of the supervisor's locations, oldest first, with the server's counts of them, or
     * {@link InboxContent#offline()} when the server is unreachable. The server lists the oldest conflicts of a
     * location up to its limit and counts all of them (ADR 0142); the counts are read before the list.
     */
    public InboxContent load(List<String> locationIds) {
        try {
            List<ConflictView> all = new ArrayList<>();
            Map<ConflictKind, Integer> byKind = new EnumMap<>(ConflictKind.class);
            int open = 0;
            for (String locationId : locationIds) {
                // the counts first: a conflict opened between the two reads is then in the list and makes the
                // badge differ from the counts, so the next badge refresh loads again; read the other way round, the
                // badge would agree with the counts and the new conflict would stay unlisted
                OpenConflictCounts counts = calls.execute(api.conflictCounts(locationId));
                all.addAll(calls.execute(api.conflicts(locationId)));
                if (counts != null) {
                    open += counts.open();
                    if (counts.byKind() != null) {
                        counts.byKind().forEach((kind, n) -> byKind.merge(kind, n, Integer::sum));
                    }
                }
            }
            all.sort(Comparator.comparing(ConflictView::createdAt));
            return new InboxContent(true, all, open, byKind);
        } catch (ServerUnreachableException e) {
            return InboxContent.offline();
        }
    }

    /** Free slots to rebook a double booking into: same location, or every location when {@code anywhere}. */
    public List<Slot> proposals(ConflictView conflict, boolean anywhere, int limit) {
        return calls.execute(api.proposals(conflict.id(), anywhere ? "flexibility" : "proximity", limit));
    }

    /** Settles a conflict; throws when the server refuses or cannot be reached. */
    public ConflictView resolve(ConflictView conflict, ConflictResolution resolution, String remark,
                                LocalDateTime rebookStart, String rebookLocationId) {
        return calls.execute(api.resolve(conflict.id(), new Commands.ResolveConflict(conflict.id(), resolution,
                remark == null || remark.isBlank() ? null : remark.strip(), rebookStart, rebookLocationId)));
    }
}
