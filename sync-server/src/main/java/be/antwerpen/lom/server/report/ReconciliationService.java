package be.antwerpen.lom.server.report;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.location.OpeningBlock;
import be.antwerpen.lom.model.reference.OpeningCalendar;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.report.ReconciliationReport;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.server.appointment.AppointmentRepository;
import be.antwerpen.lom.server.conflict.ConflictRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.WallClock;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.device.DeviceRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the day-end reconciliation of a location from one consistent snapshot. */
public final class ReconciliationService {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** While the day runs, a desk not heard of for this long counts as not synced. */
    public static final Duration NOT_SYNCED_AFTER = Duration.ofMinutes(15);

    private final Database db;
    private final AppointmentRepository appointments;
    private final ConflictRepository conflicts;
    private final DeviceRepository devices;
    private final Clock clock;
    private final ReconciliationRepository sources = new ReconciliationRepository();
    private final OfflinePeriodFinder offline = new OfflinePeriodFinder();
    private final PaperFormTally paper = new PaperFormTally(sources);
    private final PossibleDuplicateFinder duplicates = new PossibleDuplicateFinder();
    private final DayChecks checks = new DayChecks();
    private final RecordedDay recorded;
    private final ReferenceData reference;

    public ReconciliationService(Database db, AppointmentRepository appointments, ConflictRepository conflicts,
                                 DeviceRepository devices, Clock clock, ObjectMapper json, ReferenceData reference) {
        this.recorded = new RecordedDay(json);
        this.reference = reference;
        this.db = db;
        this.appointments = appointments;
        this.conflicts = conflicts;
        this.devices = devices;
        this.clock = clock;
    }

    /**
     * The moment a desk must have been heard of since, unless the caller names one: the location's closing time that
     * day (the start of the day when it was closed), or 15 minutes ago while that is earlier (a desk reports at every
     * sync round, every few seconds to a minute). A desk whose last sync came after closing, and that was then
     * switched off, was heard for the day; one last heard before closing may have worked on without sending it.
     */
    public Instant notSyncedSince(String locationId, LocalDate date) {
        Instant closed = closingTime(locationId, date);
        Instant recent = clock.instant().minus(NOT_SYNCED_AFTER);
        return closed.isBefore(recent) ? closed : recent;
    }

    /** When the location closes on {@code date}: its last opening block's end, or the day's start when it is closed. */
    public Instant closingTime(String locationId, LocalDate date) {
        LocalTime closing = new OpeningCalendar(reference, locationId).blocksOn(date).stream()
                .map(OpeningBlock::end).max(Comparator.naturalOrder()).orElse(LocalTime.MIDNIGHT);
        return date.atTime(closing).atZone(BRUSSELS).toInstant();
    }

    public ReconciliationReport report(String locationId, LocalDate date, Instant notSyncedSince) {
        return db.inSnapshot(c -> reportIn(c, locationId, date, notSyncedSince));
    }

    /**
     * The report from the caller's snapshot {@code c}: a report that also reads other facts (the drill report) reads
     * them all at one moment.
     */
    public ReconciliationReport reportIn(Connection c, String locationId, LocalDate date, Instant notSyncedSince)
            throws SQLException {
        List<Appointment> day = appointments.atLocation(c, locationId, date.atStartOfDay(),
                date.plusDays(1).atStartOfDay());
        List<ConflictView> open = conflicts.atLocation(c, locationId, true);
        List<Device> desks = devices.all(c).stream().filter(d -> d.locationId().equals(locationId)).toList();
        Map<String, String> deskNames = new HashMap<>();
        desks.forEach(d -> deskNames.put(d.id(), d.deskName()));
        Instant dayStart = date.atStartOfDay(BRUSSELS).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(BRUSSELS).toInstant();
        List<CommandTiming> timings = sources.timings(c, locationId, dayStart.minus(OfflinePeriodFinder.MARGIN),
                dayEnd.plus(OfflinePeriodFinder.MARGIN));
        ReconciliationReport.OfflinePeriods periods = new ReconciliationReport.OfflinePeriods(true, null,
                offline.periods(timings, deskNames, dayStart, dayEnd));
        ReconciliationReport.PaperForms forms = paper.tally(c, locationId, date, dayEnd, deskNames);
        Map<String, ReconciliationRepository.DeskSequence> sequences = new HashMap<>();
        sources.deskSequences(c, locationId).forEach(d -> sequences.put(d.deviceId(), d));
        List<ReconciliationRepository.CitizenRecord> records = sources.recordsOfCitizensAt(c, locationId,
                date.atStartOfDay(), date.plusDays(1).atStartOfDay());
        Map<String, String> allDeskNames = new HashMap<>();
        devices.all(c).forEach(d -> allDeskNames.put(d.id(), d.deskName()));
        List<ReconciliationReport.PossibleDuplicate> twice = duplicates.find(records, locationId,
                sources.creatingDevices(c, records.stream().map(ReconciliationRepository.CitizenRecord::appointmentId)
                        .distinct().toList()), allDeskNames);
        int disagreeing = disagreements(day, recorded.statuses(c, locationId, date));
        List<ReconciliationReport.RefusedCommand> refused = sources.refusals(c, locationId, date, dayStart, dayEnd);
        List<ReconciliationReport.DeskRewind> rewinds = sources.rewinds(c, locationId, dayStart, dayEnd);
        Map<String, ReconciliationReport.NotUsedConfirmation> notUsed = sources.notUsed(c, locationId, date);
        // a desk revoked before the day began did no work that day; one revoked later counts like any desk, so
        // revoking it does not account for what it never sent (ADR 0160)
        Set<String> revokedBeforeTheDay = new HashSet<>();
        devices.revokedAt(c, locationId).forEach((id, at) -> {
            if (at.isEmpty() || !at.get().isAfter(dayStart)) {
                revokedBeforeTheDay.add(id);
            }
        });
        Set<String> inDispute = conflicts.inDisputeAt(c, locationId, WallClock.text(date.atStartOfDay()),
                WallClock.text(date.plusDays(1).atStartOfDay()));
        return build(locationId, date, notSyncedSince, day, open, inDispute, desks, sequences, periods, forms, twice,
                disagreeing, refused, notUsed, revokedBeforeTheDay, rewinds);
    }

    /**
     * The records on which the agenda and the change log disagree: an appointment of the agenda the log does not put
     * here on this day or gives another status, and one the log puts here that the agenda lacks.
     */
    static int disagreements(List<Appointment> agenda, Map<String, String> recorded) {
        int differ = 0;
        Set<String> seen = new HashSet<>();
        for (Appointment a : agenda) {
            String id = a.id().toString();
            seen.add(id);
            if (!a.status().name().equals(recorded.get(id))) {
                differ++;
            }
        }
        for (String id : recorded.keySet()) {
            if (!seen.contains(id)) {
                differ++;
            }
        }
        return differ;
    }

    private ReconciliationReport build(String locationId, LocalDate date, Instant since, List<Appointment> day,
                                       List<ConflictView> open, Set<String> inDispute, List<Device> desks,
                                       Map<String, ReconciliationRepository.DeskSequence> sequences,
                                       ReconciliationReport.OfflinePeriods periods,
                                       ReconciliationReport.PaperForms forms,
                                       List<ReconciliationReport.PossibleDuplicate> twice, int difference,
                                       List<ReconciliationReport.RefusedCommand> refused,
                                       Map<String, ReconciliationReport.NotUsedConfirmation> notUsed,
                                       Set<String> revokedBeforeTheDay,
                                       List<ReconciliationReport.DeskRewind> rewinds) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (AppointmentStatus s : AppointmentStatus.values()) {
            byStatus.put(s.name(), 0);
        }
        Map<String, Integer> byOrigin = new LinkedHashMap<>();
        for (AppointmentOrigin o : AppointmentOrigin.values()) {
            byOrigin.put(o.name(), 0);
        }
        List<ReconciliationReport.AppointmentLine> openLines = new ArrayList<>();
        List<ReconciliationReport.AppointmentLine> provisional = new ArrayList<>();
        List<ReconciliationReport.AppointmentLine> disputed = new ArrayList<>();
        int served = 0;
        int noShow = 0;
        int cancelled = 0;
        int stillOpen = 0;
        for (Appointment a : day) {
            byStatus.merge(a.status().name(), 1, Integer::sum);
            byOrigin.merge(a.origin().name(), 1, Integer::sum);
            ReconciliationReport.AppointmentLine line = new ReconciliationReport.AppointmentLine(a.id().toString(),
                    a.code(), a.start(), a.productCode(), a.status().name(), a.origin().name());
            if (inDispute.contains(a.id().toString())) {
                // an open conflict holds two versions: neither served nor no-show until it is settled
                disputed.add(line);
            } else {
                switch (a.status()) {
                    case SERVED -> served++;
                    case NO_SHOW -> noShow++;
                    case CANCELLED -> cancelled++;
                    default -> {
                        stillOpen++;
                        openLines.add(line);
                    }
                }
            }
            if (a.provisional() && inDispute.contains(a.id().toString())) {
                // waiting for a decision: a provisional booking whose double booking was closed (handled, or ended
                // with the appointment, ADR 0145) keeps its flag but waits for nothing
                provisional.add(line);
            }
        }
        int booked = day.size();
        List<ReconciliationReport.ConflictLine> conflictLines = open.stream()
                .map(v -> new ReconciliationReport.ConflictLine(v.id().toString(), v.kind().name(),
                        v.appointmentId() == null ? null : v.appointmentId().toString(), v.deviceId(),
                        v.description(), v.createdAt()))
                .toList();
        List<ReconciliationReport.DeskLine> deskLines = desks.stream()
                .map(d -> {
                    ReconciliationRepository.DeskSequence seq = sequences.get(d.id());
                    Instant contact = seq == null ? d.lastSeenAt() : seq.lastContact();
                    // a supervisor's word holds only while the desk has not been heard of since it was given
                    ReconciliationReport.NotUsedConfirmation confirmed = notUsed.get(d.id());
                    boolean holds = confirmed != null && contact != null
                            && !confirmed.lastContact().isBefore(contact);
                    return new ReconciliationReport.DeskLine(d.id(), d.deskName(), contact, d.revoked(),
                            !revokedBeforeTheDay.contains(d.id()) && (contact == null || contact.isBefore(since)),
                            seq == null ? null : seq.reported(), seq == null ? null : seq.reportedAt(),
                            seq == null ? d.lastSequence() : seq.received(), holds ? confirmed : null);
                })
                .toList();
        int unreadable = (int) open.stream().filter(v -> v.kind() == ConflictKind.DEAD_LETTER).count();
        // a refused command may be a citizen's only record: open until a supervisor says how it was dealt with
        Map<String, Integer> openRefusals = new HashMap<>();
        refused.stream().filter(r -> r.settlement() == null)
                .forEach(r -> openRefusals.merge(r.deviceId(), 1, Integer::sum));
        List<ReconciliationReport.Reason> reasons = checks.reasons(difference, deskLines, disputed.size(), forms,
                twice, openRefusals, unreadable, rewinds);
        Instant now = clock.instant();
        return new ReconciliationReport(locationId, date, now, byStatus, byOrigin,
                new ReconciliationReport.Totals(booked, served, noShow, cancelled, stillOpen, difference,
                        reasons.isEmpty(), disputed.size(), reasons),
                openLines, provisional, conflictLines, deskLines, since, periods, forms, disputed, twice, refused,
                !now.isBefore(closingTime(locationId, date)), rewinds);
    }
}
