package be.antwerpen.lom.client.supervisor;

import be.antwerpen.lom.model.api.AuditEntry;
import java.util.List;

/**
 * What an audit search found.
 *
 * @param entries the matching entries, newest first, at most {@link AuditTrail#LIMIT}
 * @param more    true when the server holds more matching entries than are shown: the answer was cut
 */
public record AuditFindings(List<AuditEntry> entries, boolean more) {

    public AuditFindings {
        entries = List.copyOf(entries);
    }
}
