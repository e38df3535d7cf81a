package be.antwerpen.lom.server.report;

import static be.antwerpen.lom.model.report.ReconciliationReport.Reason.COMMANDS_NOT_ARRIVED;
import static be.antwerpen.lom.model.report.ReconciliationReport.Reason.COMMANDS_REFUSED;
import static be.antwerpen.lom.model.report.ReconciliationReport.Reason.DESK_BEHIND_SERVER;
import static be.antwerpen.lom.model.report.ReconciliationReport.Reason.DESK_CAME_BACK;
import static be.antwerpen.lom.model.report.ReconciliationReport.Reason.DESK_COPY_STOPPED;
import static be.antwerpen.lom.model.report.ReconciliationReport.Reason.DESK_NOT_SYNCED;
import static be.antwerpen.lom.model.report.ReconciliationReport.Reason.DISPUTED;
import static be.antwerpen.lom.model.report.ReconciliationReport.Reason.PAPER_FORMS_MISSING;
import static be.antwerpen.lom.model.report.ReconciliationReport.Reason.POSSIBLE_DUPLICATES;
import static be.antwerpen.lom.model.report.ReconciliationReport.Reason.TOTALS_DIFFER;
import static be.antwerpen.lom.model.report.ReconciliationReport.Reason.UNREADABLE_COMMANDS;

import be.antwerpen.lom.model.report.ReconciliationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The independent checks behind "it adds up" (ADR 0095, 0147): each yields a reason with parameters (no personal
 * data) when it does not hold; the day adds up only when there is none.
 */
final class DayChecks {

    /**
     * @param refused    per desk, its commands of the day the server refused and no supervisor settled (ADR 0147,
     *                   0152)
     * @param unreadable the location's open dead letters: commands the server could not read (ADR 0147)
     */
    List<ReconciliationReport.Reason> reasons(int difference, List<ReconciliationReport.DeskLine> desks, int disputed,
                                              ReconciliationReport.PaperForms paper,
                                              List<ReconciliationReport.PossibleDuplicate> duplicates,
                                              Map<String, Integer> refused, int unreadable,
                                              List<ReconciliationReport.DeskRewind> rewinds) {
        List<ReconciliationReport.Reason> out = new ArrayList<>();
        if (difference != 0) {
            out.add(reason(TOTALS_DIFFER, "difference", Integer.toString(difference)));
        }
        for (ReconciliationReport.DeskLine d : desks) {
            // a desk not heard of since the moment cannot have told its sequence: what it did since is unknown,
            // unless a supervisor confirmed it was not used after its last contact (ADR 0154)
            if (d.stale() && d.notUsed() == null) {
                out.add(reason(DESK_NOT_SYNCED, "deviceId", d.deviceId(), "deskName", d.deskName(), "lastContact",
                        d.lastSeenAt() == null ? "" : d.lastSeenAt().toString()));
            }
        }
        for (ReconciliationReport.DeskLine d : desks) {
            if (d.reportedSequence() == null || d.reportedSequence() == d.receivedSequence()) {
                continue;
            }
            out.add(reason(d.reportedSequence() > d.receivedSequence() ? COMMANDS_NOT_ARRIVED : DESK_BEHIND_SERVER,
                    "deviceId", d.deviceId(), "deskName", d.deskName(), "reported", d.reportedSequence().toString(),
                    "received", Long.toString(d.receivedSequence()), "missing",
                    Long.toString(Math.abs(d.reportedSequence() - d.receivedSequence()))));
        }
        if (disputed > 0) {
            out.add(reason(DISPUTED, "count", Integer.toString(disputed)));
        }
        if (paper != null && paper.available() && !paper.missing().isEmpty()) {
            out.add(reason(PAPER_FORMS_MISSING, "count", Integer.toString(paper.missing().size()), "serials",
                    String.join(", ", paper.missing())));
        }
        if (!duplicates.isEmpty()) {
            int extra = duplicates.stream().mapToInt(p -> p.records().size() - 1).sum();
            out.add(reason(POSSIBLE_DUPLICATES, "count", Integer.toString(duplicates.size()), "extraRecords",
                    Integer.toString(extra)));
        }
        // a refused or unreadable command may be a citizen's only record: counted however the desk went on, until a
        // supervisor settles the refusal or the dead letter
        for (ReconciliationReport.DeskLine d : desks) {
            Integer count = refused.get(d.deviceId());
            if (count != null && count > 0) {
                out.add(reason(COMMANDS_REFUSED, "deviceId", d.deviceId(), "deskName", d.deskName(), "count",
                        count.toString()));
            }
        }
        if (unreadable > 0) {
            out.add(reason(UNREADABLE_COMMANDS, "count", Integer.toString(unreadable)));
        }
        // commands a desk made and lost when it came back from an earlier state: until a supervisor settles it
        for (ReconciliationReport.DeskRewind w : rewinds) {
            if (w.settlement() != null) {
                continue;
            }
            if (ReconciliationReport.DeskRewind.COPY_STOPPED.equals(w.kind())) {
                out.add(reason(DESK_COPY_STOPPED, "deviceId", w.deviceId(), "deskName", w.deskName(), "stoppedAt",
                        w.detectedAt().toString()));
            } else {
                out.add(reason(DESK_CAME_BACK, "deviceId", w.deviceId(), "deskName", w.deskName(), "lost",
                        Long.toString(w.lost())));
            }
        }
        return out;
    }

    private static ReconciliationReport.Reason reason(String code, String... keysAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            parameters.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new ReconciliationReport.Reason(code, parameters);
    }
}
