package be.antwerpen.lom.server.deskstatus;

import be.antwerpen.lom.model.drill.DeskLiveLine;
import be.antwerpen.lom.model.drill.DeskStatusAnswer;
import be.antwerpen.lom.model.drill.DeskStatusReport;
import be.antwerpen.lom.model.drill.StalenessRule;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.device.DeviceRepository;
import be.antwerpen.lom.server.deskstatus.DeskStatusRepository.StoredStatus;
import be.antwerpen.lom.server.drill.DrillService;
import be.antwerpen.lom.server.refusal.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The desks' own reports and the supervisors' live view of them (ADR 0111): a desk reports at each sync
 * round and learns its drills in the answer; a supervisor sees every desk of their locations, an
 * administrator every desk, an agent none.
 */
public final class DeskStatusService {

    /** A desk that reported within this window counts as online (it reports at every round, every few seconds). */
    public static final Duration ONLINE_WINDOW = Duration.ofMinutes(2);
    static final int MAX_VERSION_LENGTH = 40;
    /** How far a desk's clock may be off the server's for its status report to be believed. */
    static final Duration MAX_CLOCK_OFF = Duration.ofDays(366);

    private final Database db;
    private final DeskStatusRepository statuses;
    private final DeviceRepository devices;
    private final DrillService drills;
    private final Clock clock;
    private final ReferenceData reference;

    public DeskStatusService(Database db, DeskStatusRepository statuses, DeviceRepository devices, DrillService drills,
                             Clock clock, ReferenceData reference) {
        this.reference = reference;
        this.db = db;
        this.statuses = statuses;
        this.devices = devices;
        this.drills = drills;
        this.clock = clock;
    }

    /** Stores what the desk says about itself and tells it the drills planned for it. */
    public DeskStatusAnswer report(Device desk, DeskStatusReport report) {
        if (report == null || report.deskTime() == null) {
            throw Refusal.invalid("deskTime", "the report needs the desk's clock time");
        }
        if (report.commandsWaiting() < 0) {
            throw Refusal.invalid("commandsWaiting", "the count of waiting commands is never negative");
        }
        String version = report.appVersion() == null ? "" : report.appVersion().strip();
        if (version.isEmpty() || version.length() > MAX_VERSION_LENGTH || !version.matches("[0-9A-Za-z.+_-]+")) {
            throw Refusal.invalid("appVersion", "the application version is 1 to " + MAX_VERSION_LENGTH
                    + " letters, digits and . + _ -");
        }
        if (report.drillId() != null && report.drillId().length() > 64) {
            throw Refusal.invalid("drillId", "the drill id is too long");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        requireBelievable(report, now);
        db.inTransaction(c -> {
            Optional<StoredStatus> before = statuses.find(c, desk.id());
            Instant onlineSince = before.filter(b -> online(b, now)).map(StoredStatus::onlineSince).orElse(now);
            statuses.save(c, new StoredStatus(desk.id(), now, report.commandsWaiting(),
                    onDeskClock(report.copySyncedAt(), report.deskTime()),
                    onDeskClock(report.packMadeAt(), report.deskTime()),
                    onDeskClock(report.packPrintedAt(), report.deskTime()), version,
                    Duration.between(now, report.deskTime()).toMillis(), report.drillId(), onlineSince));
            return null;
        });
        return new DeskStatusAnswer(now, drills.schedulesFor(desk));
    }

    /**
     * The desk's clock may be off, but not by more than {@link #MAX_CLOCK_OFF}: one desk's figures would otherwise put
     * times beyond the year 9999 into the live view, which no supervisor's desk can read.
     */
    private static void requireBelievable(DeskStatusReport report, Instant now) {
        Instant deskTime = report.deskTime();
        if (deskTime.isBefore(now.minus(MAX_CLOCK_OFF)) || deskTime.isAfter(now.plus(MAX_CLOCK_OFF))) {
            throw Refusal.invalid("deskTime", "the desk's clock is more than " + MAX_CLOCK_OFF.toDays()
                    + " days off the server's");
        }
    }

    /**
     * One of the desk's own moments (last sync, pack made or printed), on its clock: one after its time now (a clock
     * set back) or older than {@link #MAX_CLOCK_OFF} cannot be placed, and counts as unknown, which the two-hour rule
     * flags. Counting it as now would show a stale desk as fresh; refusing the whole report kept a desk whose clock
     * was set back out of the live view and its drills.
     */
    private static Instant onDeskClock(Instant at, Instant deskTime) {
        if (at == null || at.isBefore(deskTime.minus(MAX_CLOCK_OFF)) || at.isAfter(deskTime)) {
            return null;
        }
        return at;
    }

    /**
     * Every desk the staff member may watch, by location and name; {@code locationId} narrows to one location.
     */
    public List<DeskLiveLine> live(StaffMember by, String locationId) {
        if (!by.role().atLeast(StaffRole.SUPERVISOR)) {
            throw Refusal.forbidden("this needs the role " + StaffRole.SUPERVISOR);
        }
        if (locationId != null && reference.location(locationId).isEmpty()) {
            throw Refusal.notFound("the location");
        }
        if (locationId != null && !by.mayWorkAt(locationId)) {
            throw Refusal.forbidden("you do not work at this location");
        }
        Instant now = clock.instant();
        Map<String, String> running = drills.runningByDevice();
        return db.inSnapshot(c -> {
            Map<String, StoredStatus> byDevice = new HashMap<>();
            statuses.all(c).forEach(s -> byDevice.put(s.deviceId(), s));
            List<DeskLiveLine> lines = new ArrayList<>();
            for (Device d : devices.all(c)) {
                if (d.revoked() || !by.mayWorkAt(d.locationId())
                        || (locationId != null && !locationId.equals(d.locationId()))) {
                    continue;
                }
                lines.add(line(d, byDevice.get(d.id()), running.get(d.id()), now));
            }
            return lines;
        });
    }

    private static DeskLiveLine line(Device d, StoredStatus s, String drillId, Instant now) {
        if (s == null) {
            return new DeskLiveLine(d.id(), d.deskName(), d.locationId(), false, d.lastSeenAt(), null, null, null,
                    null, null, null, null, drillId, true);
        }
        boolean online = online(s, now);
        Instant lastHeard = d.lastSeenAt() != null && d.lastSeenAt().isAfter(s.reportedAt())
                ? d.lastSeenAt() : s.reportedAt();
        // the desk's moments are on its own clock: put them on the server's before judging their age
        Instant copySynced = onServerClock(s.copySyncedAt(), s);
        Instant packMade = onServerClock(s.packMadeAt(), s);
        return new DeskLiveLine(d.id(), d.deskName(), d.locationId(), online, online ? s.onlineSince() : lastHeard,
                copySynced, s.commandsWaiting(), minutesSince(copySynced, now), minutesSince(packMade, now),
                onServerClock(s.packPrintedAt(), s), s.clockSkewMs(), s.appVersion(), drillId,
                StalenessRule.stale(copySynced, now) || StalenessRule.stale(packMade, now));
    }

    /**
     * A moment the desk gave on its own clock, on the server's: less the skew the desk's report showed. A desk three
     * hours fast that then goes quiet would otherwise look fresh for three hours more.
     */
    private static Instant onServerClock(Instant onDeskClock, StoredStatus s) {
        return onDeskClock == null ? null : onDeskClock.minusMillis(s.clockSkewMs());
    }

    private static boolean online(StoredStatus s, Instant now) {
        return Duration.between(s.reportedAt(), now).compareTo(ONLINE_WINDOW) <= 0;
    }

    private static Long minutesSince(Instant at, Instant now) {
        return at == null ? null : Math.max(0, Duration.between(at, now).toMinutes());
    }
}
