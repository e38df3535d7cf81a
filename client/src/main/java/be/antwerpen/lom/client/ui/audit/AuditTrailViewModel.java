package be.antwerpen.lom.client.ui.audit;

import be.antwerpen.lom.client.ui.RefusalWording;
import be.antwerpen.lom.client.supervisor.AuditFindings;
import be.antwerpen.lom.client.supervisor.AuditQuery;
import be.antwerpen.lom.client.supervisor.AuditTrail;
import be.antwerpen.lom.client.sync.ServerRefusedException;
import be.antwerpen.lom.client.sync.ServerUnreachableException;
import be.antwerpen.lom.client.sync.SessionExpiredException;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.FailureMessages;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.supervisor.DayInput;
import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.citizen.InvalidNationalRegisterNumberException;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The audit trail screen without Swing: criteria checked before anything goes to the server (a
 * register number must be valid, dates readable), the search in the background, the entries newest first.
 * The register number is held only for the one search and never appears in a notice or a log.
 */
public final class AuditTrailViewModel {

    /** The criteria fields that can carry an error. */
    public enum Field { NRN, FROM, TO }

    private final AuditTrail audit;
    private final List<String> locations;
    private final ZoneId zone;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Map<Field, String> errors = new EnumMap<>(Field.class);
    private List<AuditEntry> entries = List.of();
    private Map<String, String> codes = Map.of();
    private String notice = "";
    private boolean busy;
    private long requests;

    /** @param locations the supervisor's locations; the search covers all of them */
    public AuditTrailViewModel(AuditTrail audit, List<String> locations, ZoneId zone, Messages messages,
                               BackgroundTasks tasks) {
        this.audit = audit;
        this.locations = List.copyOf(locations);
        this.zone = zone;
        this.messages = messages;
        this.tasks = tasks;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Searches with the typed criteria (blank ones are left out). Field errors stop the search before
     * the server is called.
     */
    public void search(String appointmentCode, char[] registerNumber, String actor, String deviceId, String fromText,
                       String toText) {
        errors.clear();
        NationalRegisterNumber citizen = null;
        String typed = registerNumber == null ? "" : new String(registerNumber).strip();
        if (!typed.isEmpty()) {
            try {
                citizen = NationalRegisterNumber.parse(typed);
            } catch (InvalidNationalRegisterNumberException e) {
                errors.put(Field.NRN, messages.get("audit.error.nrn"));
            }
        }
        Instant from = day(fromText, Field.FROM).map(d -> d.atStartOfDay(zone).toInstant()).orElse(null);
        Instant to = day(toText, Field.TO).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()).orElse(null);
        if (from != null && to != null && !to.isAfter(from)) {
            errors.put(Field.TO, messages.get("audit.error.period"));
        }
        if (!errors.isEmpty()) {
            notice = "";
            changed();
            return;
        }
        AuditQuery query = new AuditQuery(locations, appointmentCode, citizen, actor, deviceId, from, to);
        long request = ++requests;
        busy = true;
        notice = messages.get("audit.searching");
        changed();
        tasks.run(() -> {
            AuditFindings found = audit.search(query);
            return new Found(found.entries(), found.more(), audit.codesOf(found.entries()));
        }, result -> {
            if (request != requests) {
                return;
            }
            List<AuditEntry> found = result.entries();
            busy = false;
            entries = found;
            codes = result.codes();
            // a cut answer says so: its count is the limit, not how many there are
            notice = result.more() ? messages.get("audit.foundCut", found.size())
                    : messages.get("audit.found", found.size());
            changed();
        }, e -> {
            if (request != requests) {
                return;
            }
            busy = false;
            entries = List.of();
            codes = Map.of();
            notice = failure(e);
            changed();
        });
    }

    public List<AuditEntry> entries() {
        return entries;
    }

    /**
     * What an entry was done to, in words: the appointment's code when the desk knows it, a staff member's
     * user name, a desk's name; never a bare id or type code (issue 18).
     */
    public String entity(AuditEntry entry) {
        String code = entry.entityId() == null ? null : codes.get(entry.entityId());
        String type = entry.entityType() == null ? "" : entry.entityType();
        if (code != null) {
            return messages.get("audit.appointment", code);
        }
        return switch (type) {
            case "APPOINTMENT" -> messages.get("audit.entity.APPOINTMENT");
            case "STAFF" -> messages.get("audit.entity.STAFF", entry.entityId() == null ? "" : entry.entityId());
            case "DEVICE" -> entry.entityId() != null && entry.entityId().equals(entry.deviceId())
                    && entry.deskName() != null ? entry.deskName() : messages.get("audit.entity.DEVICE");
            case "CONFLICT" -> messages.get("audit.entity.CONFLICT");
            case "COMMAND" -> messages.get("audit.entity.COMMAND");
            default -> messages.get("audit.entity.other");
        };
    }

    public String notice() {
        return notice;
    }

    /** The error of a criteria field, or empty. */
    public String error(Field field) {
        return errors.getOrDefault(field, "");
    }

    public boolean busy() {
        return busy;
    }

    private Optional<LocalDate> day(String text, Field field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> day = DayInput.date(text);
        if (day.isEmpty()) {
            errors.put(field, messages.get("audit.error.date"));
        }
        return day;
    }

    private String failure(Exception e) {
        if (e instanceof ServerUnreachableException) {
            return messages.get("audit.offline");
        }
        if (e instanceof SessionExpiredException) {
            return messages.get("report.expired");
        }
        if (e instanceof ServerRefusedException refused && refused.body() != null) {
            return messages.get("report.refused", RefusalWording.of(messages, refused));
        }
        return new FailureMessages(messages).describe(e, "audit.failed");
    }

    private record Found(List<AuditEntry> entries, boolean more, Map<String, String> codes) {
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
