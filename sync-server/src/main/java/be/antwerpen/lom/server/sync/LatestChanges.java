package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.model.sync.Change;
import be.antwerpen.lom.model.sync.ChangeType;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * One pull page being built: a range of the change log, read in sequence order, that names at most
 * {@code maxRecords} records, each given once with its change of the highest sequence in the range. Every change
 * carries the record's whole state (docs/sync-protocol.md), so the earlier ones in the range are superseded; a
 * desk applies the page in one transaction and never sees them anyway. A record is the pair of change type and
 * id (an appointment of this location and the seat it holds elsewhere are different records). The range ends
 * before the first change of a record the page has no room for; the page's cursor covers every change of the
 * range. A catch-up of a desk's own commands, or of the other desks' work, thus pulls each appointment about once
 * instead of once per command (issue 16).
 */
final class LatestChanges {

    private final int maxRecords;
    private final int maxChanges;
    /** Each record's latest change so far, in the order of those changes: a superseded change is let go at once. */
    private final LinkedHashMap<RecordKey, Change> latest = new LinkedHashMap<>();
    private int changesInRange;
    private long lastSequence;
    private boolean full;

    /** @param maxChanges the most changes of the log the range holds, so that what one page reads stays bounded */
    LatestChanges(int maxRecords, int maxChanges) {
        if (maxRecords < 1 || maxChanges < maxRecords) {
            throw new IllegalArgumentException("a page names at least one record, and holds a change for each");
        }
        this.maxRecords = maxRecords;
        this.maxChanges = maxChanges;
    }

    /**
     * Takes the log's next change into the range. Refused (false, and the page is full from then on) when the range
     * holds {@code maxChanges} already, or when it is the first change of a record the page has no room for: the
     * range ends before it.
     */
    boolean add(Change change) {
        if (full) {
            return false;
        }
        RecordKey record = new RecordKey(change.type(), change.entityId());
        if (changesInRange == maxChanges || (!latest.containsKey(record) && latest.size() == maxRecords)) {
            full = true;
            return false;
        }
        latest.remove(record);
        latest.put(record, change);
        changesInRange++;
        lastSequence = change.sequence();
        return true;
    }

    /** A change was refused: the log goes on after the range. */
    boolean full() {
        return full;
    }

    /** How many changes of the log the range holds. */
    int changesInRange() {
        return changesInRange;
    }

    /** The sequence of the range's last change, or {@code before} when the range is empty. */
    long lastSequence(long before) {
        return changesInRange == 0 ? before : lastSequence;
    }

    /** The page: each record of the range once, with its latest change, in the sequence order of those changes. */
    List<Change> latest() {
        return List.copyOf(latest.values());
    }

    private record RecordKey(ChangeType type, String id) {
    }
}
