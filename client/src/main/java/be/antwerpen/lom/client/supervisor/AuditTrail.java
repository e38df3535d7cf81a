package be.antwerpen.lom.client.supervisor;

import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.api.AuditSearchRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Searches the server's audit trail for the supervisor. An appointment code is turned into the
 * appointment's id through the desk's local agenda; a register number travels only in the POST body.
 */
public final class AuditTrail {

    /** Entries shown per search, newest first. */
    public static final int LIMIT = 500;

    private final SupervisorApi api;
    private final ServerCalls calls;
    private final AppointmentCodeLookup codes;

    public AuditTrail(SupervisorApi api, ServerCalls calls, AppointmentCodeLookup codes) {
        this.api = api;
        this.calls = calls;
        this.codes = codes;
    }

    /**
     * The matching entries of all the query's locations, newest first, at most {@link #LIMIT}, and whether there
     * are more: the server is asked for one more than the limit, so a cut answer is known, not guessed.
     *
     * @throws UnknownAppointmentCodeException when a code is given that the desk does not know
     */
    public AuditFindings search(AuditQuery query) {
        String entityId = null;
        if (query.appointmentCode() != null && !query.appointmentCode().isBlank()) {
            UUID id = codes.idOf(query.appointmentCode()).orElseThrow(UnknownAppointmentCodeException::new);
            entityId = id.toString();
        }
        String citizen = query.citizen() == null ? null : query.citizen().digits();
        List<AuditEntry> found = new ArrayList<>();
        for (String location : query.locationIds()) {
            found.addAll(calls.execute(api.auditSearch(new AuditSearchRequest(location, blankToNull(query.actor()),
                    blankToNull(query.deviceId()), entityId, citizen, query.from(), query.to(), LIMIT + 1))));
        }
        List<AuditEntry> newest = found.stream()
                .sorted(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id).reversed())
                .limit(LIMIT)
                .toList();
        return new AuditFindings(newest, found.size() > LIMIT);
    }

    /** The appointment codes the desk knows for the entries' entities, by entity id (for display). */
    public Map<String, String> codesOf(List<AuditEntry> entries) {
        return codes.codesOf(entries.stream().filter(e -> "APPOINTMENT".equals(e.entityType()))
                .map(AuditEntry::entityId).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
