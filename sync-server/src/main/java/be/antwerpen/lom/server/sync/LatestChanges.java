package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.model.sync.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pull page's changes with each record once: its change with the highest sequence in the page. Every change
 * carries the record's whole state (docs/sync-protocol.md), so the earlier ones in the same page are
 * superseded; a desk applies the page in one transaction and never sees them anyway. A record is the pair of
 * change type and id (an appointment of this location and the seat it holds elsewhere are different records).
 * The order stays the sequence order; the page's cursor still covers every change of the page. A catch-up of a
 * desk's own commands pulls each appointment once per page instead of once per command (issue 16).
 */
final class LatestChanges {

    private LatestChanges() {
    }

    static List<Change> of(List<Change> page) {
        Map<String, Integer> last = new HashMap<>(page.size() * 2);
        for (int i = 0; i < page.size(); i++) {
            last.put(key(page.get(i)), i);
        }
        if (last.size() == page.size()) {
            return page;
        }
        List<Change> latest = new ArrayList<>(last.size());
        for (int i = 0; i < page.size(); i++) {
            if (last.get(key(page.get(i))) == i) {
                latest.add(page.get(i));
            }
        }
        return latest;
    }

    private static String key(Change change) {
        return change.type().name() + ':' + change.entityId();
    }
}
