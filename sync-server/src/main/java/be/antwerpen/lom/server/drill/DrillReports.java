package be.antwerpen.lom.server.drill;

import be.antwerpen.lom.model.drill.DrillDeskResult;
import be.antwerpen.lom.model.drill.DrillReport;
import be.antwerpen.lom.model.drill.DrillView;
import be.antwerpen.lom.model.report.ReconciliationReport;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.drill.DrillRepository.StoredDrill;
import be.antwerpen.lom.server.drill.DrillRepository.StoredDrillDesk;
import be.antwerpen.lom.server.report.ReconciliationService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The drill report (ADR 0113): per desk what the desk measured (copy and pack at the start, actions offline,
 * reconnect to caught up) next to what the server holds (commands made in the drill, paper forms, conflicts);
 * per location the sums and the day-end checks of the drill's day, which with every desk's own figures matching
 * what arrived account for every citizen (ADR 0147).
 */
public final class DrillReports {

    private final Database db;
    private final DrillRepository drills;
    private final DrillService service;
    private final ReconciliationService reconciliation;
    private final Clock clock;

    public DrillReports(Database db, DrillRepository drills, DrillService service,
                        ReconciliationService reconciliation, Clock clock) {
        this.db = db;
        this.drills = drills;
        this.service = service;
        this.reconciliation = reconciliation;
        this.clock = clock;
    }

    public DrillReport report(StaffMember by, String drillId) {
        DrillView view = service.get(by, drillId);
        Instant now = clock.instant();
        record Facts(StoredDrill drill, List<StoredDrillDesk> desks, Map<String, int[]> counts,
                     Map<String, ReconciliationReport> dayReports) {
        }
        // one snapshot for the desks' counts and the day-end reports: a command arriving in between cannot make the
        // two agree when no single moment had them agree
        Facts facts = db.inSnapshot(c -> {
            StoredDrill drill = drills.find(c, view.id()).orElseThrow();
            // of a drill over several locations, a supervisor reads the desks and day figures of their own only
            List<StoredDrillDesk> desks = drills.desks(c, drill.id()).stream()
                    .filter(d -> DrillService.mayWatch(by, d.locationId())).toList();
            Map<String, int[]> counts = new LinkedHashMap<>();
            for (StoredDrillDesk desk : desks) {
                Instant[] window = window(drill, desk.result(), now);
                int received = drills.commandsMadeBetween(c, desk.deviceId(), window[0].toEpochMilli(),
                        window[1].toEpochMilli());
                int[] conflicts = drills.conflictsOfCommandsBetween(c, desk.deviceId(), window[0].toEpochMilli(),
                        window[1].toEpochMilli());
                counts.put(desk.deviceId(), new int[] {received, conflicts[0], conflicts[1]});
            }
            LocalDate day = LocalDate.ofInstant(drill.startsAt(), SlotEngine.BRUSSELS);
            Map<String, ReconciliationReport> dayReports = new LinkedHashMap<>();
            for (StoredDrillDesk desk : desks) {
                if (!dayReports.containsKey(desk.locationId())) {
                    dayReports.put(desk.locationId(), reconciliation.reportIn(c, desk.locationId(), day,
                            reconciliation.notSyncedSince(desk.locationId(), day)));
                }
            }
            return new Facts(drill, desks, counts, dayReports);
        });
        Map<String, ReconciliationReport> dayReports = facts.dayReports();
        LocalDate day = LocalDate.ofInstant(facts.drill().startsAt(), SlotEngine.BRUSSELS);
        Map<String, String> names = new LinkedHashMap<>();
        view.desks().forEach(d -> names.put(d.deviceId(), d.deskName()));

        List<DrillReport.DeskPart> deskParts = new ArrayList<>();
        for (StoredDrillDesk desk : facts.desks()) {
            DrillDeskResult r = desk.result();
            int[] counts = facts.counts().get(desk.deviceId());
            ReconciliationReport.PaperForms paper = dayReports.get(desk.locationId()).paperForms();
            int rekeyed = 0;
            int missing = 0;
            if (paper != null && paper.available()) {
                for (ReconciliationReport.SerialRangeLine range : paper.ranges()) {
                    if (desk.deviceId().equals(range.deviceId())) {
                        rekeyed += range.rekeyed();
                        missing += range.missing().size();
                    }
                }
            }
            deskParts.add(new DrillReport.DeskPart(desk.deviceId(), names.get(desk.deviceId()), desk.locationId(),
                    r != null, r == null ? null : r.beganAt(), r == null ? null : r.endedAt(),
                    r == null ? null : r.endReason(), r == null ? null : minutes(r.copyAgeMs()),
                    r == null ? null : minutes(r.packAgeMs()), r == null ? null : r.packPrinted(),
                    r == null ? null : r.offlineActions(), counts[0], rekeyed, missing, counts[1], counts[2],
                    r == null || r.reconnectedAt() == null || r.caughtUpAt() == null ? null
                            : Duration.between(r.reconnectedAt(), r.caughtUpAt()).toSeconds(),
                    deskReasons(r, counts[0])));
        }
        List<DrillReport.LocationPart> locationParts = new ArrayList<>();
        dayReports.forEach((location, dayReport) -> {
            List<DrillReport.DeskPart> here = deskParts.stream().filter(d -> d.locationId().equals(location)).toList();
            ReconciliationReport.Totals t = dayReport.totals();
            ReconciliationReport.PaperForms paper = dayReport.paperForms();
            boolean paperKnown = paper != null && paper.available();
            List<String> reasons = new ArrayList<>(t.reasons().stream().map(ReconciliationReport.Reason::code)
                    .distinct().toList());
            here.stream().flatMap(d -> d.reasons().stream()).distinct().forEach(reasons::add);
            locationParts.add(new DrillReport.LocationPart(location, day,
                    here.stream().mapToInt(d -> d.offlineActions() == null ? 0 : d.offlineActions()).sum(),
                    here.stream().mapToInt(DrillReport.DeskPart::commandsReceived).sum(),
                    paperKnown ? paper.rekeyed() : 0, paperKnown ? paper.missing().size() : 0,
                    paperKnown ? paper.missing() : List.of(),
                    here.stream().mapToInt(DrillReport.DeskPart::conflictsRaised).sum(),
                    here.stream().mapToInt(DrillReport.DeskPart::conflictsSettled).sum(),
                    t.booked(), t.served(), t.noShow(), t.cancelled(), t.stillOpen(), t.disputed(), t.difference(),
                    dayReport.possibleDuplicates().size(), t.addsUp() && reasons.isEmpty(), reasons));
        });
        return new DrillReport(view, now, deskParts, locationParts);
    }

    /**
     * Why a desk keeps its location from being accounted for: it has not sent its figures (its offline work may
     * still be on its way), or it counted other actions than the server received from its drill.
     */
    private static List<String> deskReasons(DrillDeskResult result, int received) {
        if (result == null) {
            return List.of(DrillReport.DeskPart.RESULT_MISSING);
        }
        if (result.offlineActions() != received) {
            return List.of(DrillReport.DeskPart.OFFLINE_ACTIONS_DIFFER);
        }
        return List.of();
    }

    /** The period of one desk: as it measured it, or else the drill's plan cut at its cancel and at now. */
    private static Instant[] window(StoredDrill drill, DrillDeskResult result, Instant now) {
        if (result != null) {
            return new Instant[] {result.beganAt(), result.endedAt()};
        }
        Instant end = drill.cancelledAt() != null && drill.cancelledAt().isBefore(drill.plannedEnd())
                ? drill.cancelledAt() : drill.plannedEnd();
        return new Instant[] {drill.startsAt(), end.isAfter(now) ? now : end};
    }

    private static Long minutes(Long millis) {
        return millis == null ? null : Duration.ofMillis(millis).toMinutes();
    }
}
