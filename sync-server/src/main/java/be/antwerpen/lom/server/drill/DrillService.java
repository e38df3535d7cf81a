package be.antwerpen.lom.server.drill;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.drill.DrillDeskResult;
import be.antwerpen.lom.model.drill.DrillRequest;
import be.antwerpen.lom.model.drill.DrillSchedule;
import be.antwerpen.lom.model.drill.DrillStatus;
import be.antwerpen.lom.model.drill.DrillView;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.audit.AuditRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.device.DeviceRepository;
import be.antwerpen.lom.server.drill.DrillRepository.StoredDrill;
import be.antwerpen.lom.server.drill.DrillRepository.StoredDrillDesk;
import be.antwerpen.lom.server.refusal.Refusal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Outage drills (ADR 0110): supervisors plan and cancel them for their own locations; desks learn them at
 * each status report, ask whether one is still on, and send their figures at the end. Audit lines for
 * start, cancel and each desk's end.
 */
public final class DrillService {

    public static final int MAX_MINUTES = 480;
    /** How far ahead a drill may be planned. */
    public static final Duration MAX_AHEAD = Duration.ofDays(14);
    /**
     * The most drills a desk may have coming or running at once: a supervisor's planning, not a way to keep a desk
     * offline one minute in two for days, or to make every status answer list thousands of drills.
     */
    public static final int MAX_COMING_PER_DESK = 5;
    /** A start this little in the past counts as now (a clock a bit behind, a form filled in slowly). */
    static final Duration START_GRACE = Duration.ofMinutes(2);
    static final Set<String> END_REASONS = Set.of("PLANNED_END", "CANCELLED", "RESTARTED");

    private final Database db;
    private final DrillRepository drills;
    private final DeviceRepository devices;
    private final AuditRepository audit;
    private final ReferenceData reference;
    private final TimeOrderedUuid ids;
    private final Clock clock;

    public DrillService(Database db, DrillRepository drills, DeviceRepository devices, AuditRepository audit,
                        ReferenceData reference, TimeOrderedUuid ids, Clock clock) {
        this.db = db;
        this.drills = drills;
        this.devices = devices;
        this.audit = audit;
        this.reference = reference;
        this.ids = ids;
        this.clock = clock;
    }

    /** Plans a drill; {@code by} is the logged-in supervisor (or administrator, or {@code cli}). */
    public DrillView start(StaffMember by, DrillRequest request) {
        requireSupervisor(by);
        if (request == null) {
            throw Refusal.invalid("scope", "the drill needs a scope and a length");
        }
        if (request.minutes() < 1 || request.minutes() > MAX_MINUTES) {
            throw Refusal.invalid("minutes", "a drill lasts 1 to " + MAX_MINUTES + " minutes");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant start = request.startsAt() == null ? now : request.startsAt().truncatedTo(ChronoUnit.MILLIS);
        if (start.isBefore(now.minus(START_GRACE))) {
            throw Refusal.invalid("startsAt", "the start lies in the past");
        }
        if (start.isAfter(now.plus(MAX_AHEAD))) {
            throw Refusal.invalid("startsAt", "a drill is planned at most " + MAX_AHEAD.toDays() + " days ahead");
        }
        if (start.isBefore(now)) {
            start = now;
        }
        Instant end = start.plus(Duration.ofMinutes(request.minutes()));
        String scope = request.scope() == null ? "" : request.scope().strip().toUpperCase(Locale.ROOT);
        Instant startsAt = start;
        return db.inTransaction(c -> {
            List<Device> desks = new ArrayList<>();
            String target = switch (scope) {
                case "DESK" -> {
                    Device desk = desk(c, request.deviceId());
                    if (!by.mayWorkAt(desk.locationId())) {
                        throw Refusal.forbidden("you do not work at this desk's location");
                    }
                    desks.add(desk);
                    yield desk.id();
                }
                case "LOCATION" -> {
                    String location = location(request.locationId());
                    if (!by.mayWorkAt(location)) {
                        throw Refusal.forbidden("you do not work at this location");
                    }
                    desks.addAll(desksAt(c, Set.of(location)));
                    yield location;
                }
                case "ALL" -> {
                    Set<String> locations = locationsOf(by);
                    desks.addAll(desksAt(c, locations));
                    yield String.join(",", locations);
                }
                default -> throw Refusal.invalid("scope", "the scope is DESK, LOCATION or ALL");
            };
            if (desks.isEmpty()) {
                throw Refusal.invalid("scope", "there is no enrolled desk in this scope");
            }
            for (Device desk : desks) {
                if (!drills.overlapping(c, desk.id(), startsAt.toEpochMilli(), end.toEpochMilli()).isEmpty()) {
                    throw Refusal.conflict("drill_overlaps", "the desk " + desk.deskName()
                            + " is already in a drill at that time");
                }
                if (drills.overlapping(c, desk.id(), now.toEpochMilli(), Long.MAX_VALUE).size()
                        >= MAX_COMING_PER_DESK) {
                    throw Refusal.conflict("too_many_drills", "the desk " + desk.deskName() + " already has "
                            + MAX_COMING_PER_DESK + " drills planned or running; cancel one first");
                }
            }
            StoredDrill drill = new StoredDrill(ids.next().toString(), scope, target, startsAt, end, by.username(),
                    now, null, null);
            drills.insert(c, drill);
            Set<String> locations = new TreeSet<>();
            for (Device desk : desks) {
                drills.addDesk(c, drill.id(), desk.id(), desk.locationId());
                locations.add(desk.locationId());
            }
            for (String location : locations) {
                audit.append(c, new AuditEntry(ids.next().toString(), now, by.username(), null, "DrillStart", "DRILL",
                        drill.id(), location, "scope=" + scope + " startsAt=" + startsAt + " plannedEnd=" + end
                        + " desks=" + desks.stream().filter(d -> d.locationId().equals(location)).count()));
            }
            return view(c, drill, now, by);
        });
    }

    /** Cancels a drill not yet over; desks in it learn it from the drill status or at its planned end. */
    public DrillView cancel(StaffMember by, String drillId) {
        requireSupervisor(by);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return db.inTransaction(c -> {
            StoredDrill drill = visible(c, by, drillId);
            requireMayCancel(by, drills.desks(c, drill.id()));
            if (drill.cancelledAt() != null) {
                throw Refusal.conflict("drill_cancelled", "the drill was already cancelled");
            }
            if (!drill.plannedEnd().isAfter(now)) {
                throw Refusal.conflict("drill_over", "the drill is already over");
            }
            drills.cancel(c, drill.id(), by.username(), now.toEpochMilli());
            for (String location : locationsOf(drills.desks(c, drill.id()))) {
                audit.append(c, new AuditEntry(ids.next().toString(), now, by.username(), null, "DrillCancel", "DRILL",
                        drill.id(), location, "state=" + state(drill, now)));
            }
            return view(c, drills.find(c, drill.id()).orElseThrow(), now, by);
        });
    }

    /** Drills that touch one of the staff member's locations (every drill for an administrator), newest first. */
    public List<DrillView> list(StaffMember by) {
        requireSupervisor(by);
        Instant now = clock.instant();
        return db.inSnapshot(c -> {
            List<DrillView> views = new ArrayList<>();
            for (StoredDrill drill : drills.all(c)) {
                if (maySee(by, drills.desks(c, drill.id()))) {
                    views.add(view(c, drill, now, by));
                }
            }
            return views;
        });
    }

    public DrillView get(StaffMember by, String drillId) {
        requireSupervisor(by);
        return db.inSnapshot(c -> view(c, visible(c, by, drillId), clock.instant(), by));
    }

    /** The drills a desk is in or will be in, soonest first: what it must know before it cuts. */
    public List<DrillSchedule> schedulesFor(Device desk) {
        long now = clock.millis();
        return db.inSnapshot(c -> drills.comingOrRunningFor(c, desk.id(), now)).stream()
                .map(d -> new DrillSchedule(d.id(), d.startsAt(), d.plannedEnd(), false)).toList();
    }

    /** The drill running for a desk now, if any: what the live view shows. */
    public Map<String, String> runningByDevice() {
        Instant now = clock.instant();
        return db.inSnapshot(c -> {
            Map<String, String> running = new HashMap<>();
            for (StoredDrill drill : drills.all(c)) {
                if (state(drill, now).equals("RUNNING")) {
                    for (StoredDrillDesk desk : drills.desks(c, drill.id())) {
                        if (desk.reportedAt() == null) {
                            running.putIfAbsent(desk.deviceId(), drill.id());
                        }
                    }
                }
            }
            return running;
        });
    }

    /** Whether a drill of this desk is still on: the one question a desk asks during a drill. */
    public DrillStatus status(Device desk, String drillId) {
        return db.inSnapshot(c -> {
            StoredDrill drill = ofDesk(c, desk, drillId);
            return new DrillStatus(drill.id(), state(drill, clock.instant()), drill.plannedEnd());
        });
    }

    /** A desk's own figures of a drill it was in; the end of the drill at that desk goes to the audit trail. */
    public void recordResult(Device desk, String drillId, String actor, DrillDeskResult result) {
        if (result == null || result.beganAt() == null || result.endedAt() == null) {
            throw Refusal.invalid("beganAt", "the result needs the moments the drill began and ended at the desk");
        }
        if (result.endedAt().isBefore(result.beganAt())) {
            throw Refusal.invalid("endedAt", "the drill cannot end before it began");
        }
        if (result.endReason() == null || !END_REASONS.contains(result.endReason())) {
            throw Refusal.invalid("endReason", "the end reason is PLANNED_END, CANCELLED or RESTARTED");
        }
        if (result.offlineActions() < 0) {
            throw Refusal.invalid("offlineActions", "offlineActions is a count: never negative");
        }
        if (result.copyAgeMs() != null && result.copyAgeMs() < 0) {
            throw Refusal.invalid("copyAgeMs", "copyAgeMs is an age: never negative");
        }
        if (result.packAgeMs() != null && result.packAgeMs() < 0) {
            throw Refusal.invalid("packAgeMs", "packAgeMs is an age: never negative");
        }
        if (result.caughtUpAt() != null && result.reconnectedAt() != null
                && result.caughtUpAt().isBefore(result.reconnectedAt())) {
            throw Refusal.invalid("caughtUpAt", "the desk cannot catch up before it reconnected");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        db.inTransaction(c -> {
            StoredDrill drill = ofDesk(c, desk, drillId);
            boolean first = drills.desks(c, drill.id()).stream()
                    .noneMatch(d -> d.deviceId().equals(desk.id()) && d.reportedAt() != null);
            drills.recordResult(c, drill.id(), desk.id(), result, now.toEpochMilli());
            if (first) {
                audit.append(c, new AuditEntry(ids.next().toString(), now, actor, desk.id(), "DrillEnd", "DRILL",
                        drill.id(), desk.locationId(), "reason=" + result.endReason() + " offlineActions="
                        + result.offlineActions()));
            }
            return null;
        });
    }

    /** The drill, when the staff member may see it; otherwise "not found" (no hint that it exists). */
    StoredDrill visible(Connection c, StaffMember by, String drillId) throws SQLException {
        StoredDrill drill = drills.find(c, drillId == null ? "" : drillId)
                .orElseThrow(() -> Refusal.notFound("the drill"));
        if (!maySee(by, drills.desks(c, drill.id()))) {
            throw Refusal.notFound("the drill");
        }
        return drill;
    }

    /**
     * A supervisor sees a drill when one of its desks is at one of their locations, and of it only the desks and
     * figures of their own locations; an administrator sees all.
     */
    static boolean maySee(StaffMember by, List<StoredDrillDesk> desks) {
        return desks.stream().anyMatch(d -> mayWatch(by, d.locationId()));
    }

    /** Whether {@code by} may see a drill's desk and figures at {@code locationId}. */
    static boolean mayWatch(StaffMember by, String locationId) {
        return by.role() == StaffRole.ADMIN || by.mayWorkAt(locationId);
    }

    /** A drill is cancelled by an administrator, or by a supervisor of every location it covers. */
    private static void requireMayCancel(StaffMember by, List<StoredDrillDesk> desks) {
        if (!desks.stream().allMatch(d -> mayWatch(by, d.locationId()))) {
            throw Refusal.forbidden("the drill covers locations you do not work at; an administrator cancels it");
        }
    }

    private StoredDrill ofDesk(Connection c, Device desk, String drillId) throws SQLException {
        StoredDrill drill = drills.find(c, drillId == null ? "" : drillId)
                .orElseThrow(() -> Refusal.notFound("the drill"));
        if (drills.desks(c, drill.id()).stream().noneMatch(d -> d.deviceId().equals(desk.id()))) {
            throw Refusal.notFound("the drill");
        }
        return drill;
    }

    private static void requireSupervisor(StaffMember by) {
        if (!by.role().atLeast(StaffRole.SUPERVISOR)) {
            throw Refusal.forbidden("this needs the role " + StaffRole.SUPERVISOR);
        }
    }

    private Device desk(Connection c, String deviceId) throws SQLException {
        if (deviceId == null || deviceId.isBlank()) {
            throw Refusal.invalid("deviceId", "a drill of one desk names the desk");
        }
        Device desk = devices.find(c, deviceId.strip()).orElseThrow(() -> Refusal.notFound("the desk"));
        if (desk.revoked()) {
            throw Refusal.invalid("deviceId", "the desk was revoked");
        }
        return desk;
    }

    private String location(String locationId) {
        if (locationId == null || locationId.isBlank()) {
            throw Refusal.invalid("locationId", "a drill of a location names the location");
        }
        return reference.location(locationId.strip()).map(Location::id)
                .orElseThrow(() -> Refusal.notFound("the location"));
    }

    /** The supervisor's locations; every location for an administrator. */
    private Set<String> locationsOf(StaffMember by) {
        if (by.role() == StaffRole.ADMIN) {
            Set<String> all = new TreeSet<>();
            reference.locations().forEach(l -> all.add(l.id()));
            return all;
        }
        return new TreeSet<>(by.locationIds());
    }

    private static Set<String> locationsOf(List<StoredDrillDesk> desks) {
        Set<String> locations = new TreeSet<>();
        desks.forEach(d -> locations.add(d.locationId()));
        return locations;
    }

    private List<Device> desksAt(Connection c, Set<String> locations) throws SQLException {
        return devices.all(c).stream().filter(d -> !d.revoked() && locations.contains(d.locationId())).toList();
    }

    /** The drill as {@code by} sees it: its desks at locations {@code by} watches ({@link #mayWatch}). */
    DrillView view(Connection c, StoredDrill drill, Instant now, StaffMember by) throws SQLException {
        Map<String, Device> byId = new HashMap<>();
        devices.all(c).forEach(d -> byId.put(d.id(), d));
        List<DrillView.DrillDesk> desks = drills.desks(c, drill.id()).stream()
                .filter(d -> mayWatch(by, d.locationId()))
                .map(d -> new DrillView.DrillDesk(d.deviceId(),
                        byId.containsKey(d.deviceId()) ? byId.get(d.deviceId()).deskName() : d.deviceId(),
                        d.locationId()))
                .toList();
        return new DrillView(drill.id(), drill.scope(), drill.target(), drill.startsAt(), drill.plannedEnd(),
                drill.createdBy(), drill.cancelledAt(), drill.cancelledBy(), state(drill, now), desks);
    }

    /** SCHEDULED, RUNNING, ENDED or CANCELLED at {@code now}. */
    static String state(StoredDrill drill, Instant now) {
        if (drill.cancelledAt() != null) {
            return "CANCELLED";
        }
        if (now.isBefore(drill.startsAt())) {
            return "SCHEDULED";
        }
        return now.isBefore(drill.plannedEnd()) ? "RUNNING" : "ENDED";
    }
}
