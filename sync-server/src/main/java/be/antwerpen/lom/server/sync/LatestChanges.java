package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.model.sync.Change;
import be.antwerpen.lom.model.sync.ChangeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private final Map<RecordKey, Integer> lastInRange = new HashMap<>();
    private final List<Change> range = new ArrayList<>();
    private boolean full;

    LatestChanges(int maxRecords) {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("a page names at least one record");
        }
        this.maxRecords = maxRecords;
    }

    /**
     * Takes the log's next change into the range. Refused (false, and the page is full from then on) when it is
     * the first change of a record the page has no room for: the range ends before it.
     */
    boolean add(Change change) {
        if (full) {
            return false;
        }
        RecordKey record = new RecordKey(change.type(), change.entityId());
        if (!lastInRange.containsKey(record) && lastInRange.size() == maxRecords) {
            full = true;
            return false;
        }
        lastInRange.put(record, range.size());
        range.add(change);
        return true;
    }

    /** A change was refused: the log goes on after the range. */
    boolean full() {
        return full;
    }

    /** How many changes of the log the range holds. */
    int changesInRange() {
        return range.size();
    }

    /** The sequence of the range's last change, or {@code before} when the range is empty. */
    long lastSequence(long before) {
        return range.isEmpty() ? before : range.get(range.size() - 1).sequence();
    }

    /** The page: each record of the range once, with its latest change, in the sequence order of those changes. */
    List<Change> latest() {
        if (lastInRange.size() == range.size()) {
            return List.copyOf(range);
        }
        List<Change> latest = new ArrayList<>(lastInRange.size());
        for (int i = 0; i < range.size(); i++) {
            Change change = range.get(i);
            if (lastInRange.get(new RecordKey(change.type(), change.entityId())) == i) {
                latest.add(change);
            }
        }
        return latest;
    }

    private record RecordKey(ChangeType type, String id) {
    }
}
