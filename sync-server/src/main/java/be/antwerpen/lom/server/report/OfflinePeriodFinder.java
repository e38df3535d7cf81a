package be.antwerpen.lom.server.report;

import be.antwerpen.lom.model.report.ReconciliationReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the periods in which desks worked without the server from when each command was made (desk
 * clock) and when it arrived (server clock); the rules are ADR 0093's.
 *
 * <p>Per desk, the clock offset is estimated as the smallest lag (arrival minus device time) among the
 * desk's commands made from the start of the day to the end of the next day: a command pushed right
 * away lags by its clock error only, and a desk that reconnected works online again afterwards. A
 * command is offline when its lag exceeds that offset by more than {@link #THRESHOLD}; consecutive
 * offline commands (by sequence) form one period, split where a command was made after the previous
 * one had reached the server. Only commands whose corrected time falls on the day count.
 */
final class OfflinePeriodFinder {

    /** A command arriving later than this after it was made (clock error removed) was made offline. */
    static final Duration THRESHOLD = Duration.ofMinutes(2);
    /** How far outside the day a desk's clock may be off and its commands still be read. */
    static final Duration MARGIN = Duration.ofDays(1);

    /**
     * @param timings   the desks' commands with a device time in {@code [dayStart - MARGIN, dayEnd + MARGIN)},
     *                  per desk in sequence order
     * @param deskNames desk name per device id
     */
    List<ReconciliationReport.OfflinePeriod> periods(List<CommandTiming> timings, Map<String, String> deskNames,
                                                     Instant dayStart, Instant dayEnd) {
        Map<String, List<CommandTiming>> perDesk = new LinkedHashMap<>();
        for (CommandTiming t : timings) {
            perDesk.computeIfAbsent(t.deviceId(), k -> new ArrayList<>()).add(t);
        }
        List<ReconciliationReport.OfflinePeriod> out = new ArrayList<>();
        perDesk.forEach((deviceId, desk) -> out.addAll(periodsOfDesk(deviceId,
                deskNames.getOrDefault(deviceId, deviceId), desk, dayStart, dayEnd)));
        out.sort(Comparator.comparing(ReconciliationReport.OfflinePeriod::from)
                .thenComparing(ReconciliationReport.OfflinePeriod::deskName));
        return out;
    }

    /**
     * The desk's clock offset in milliseconds (its clock behind the server's is positive), or null when
     * it made no command from the start of the day to the end of the next day.
     */
    static Long clockOffset(List<CommandTiming> desk, Instant dayStart, Instant dayEnd) {
        Instant until = dayEnd.plus(MARGIN);
        Long offset = null;
        for (CommandTiming t : desk) {
            if (!t.deviceTime().isBefore(dayStart) && t.deviceTime().isBefore(until)) {
                offset = offset == null ? t.lagMillis() : Math.min(offset, t.lagMillis());
            }
        }
        return offset;
    }

    private static List<ReconciliationReport.OfflinePeriod> periodsOfDesk(String deviceId, String deskName,
                                                                         List<CommandTiming> desk, Instant dayStart,
                                                                         Instant dayEnd) {
        Long offset = clockOffset(desk, dayStart, dayEnd);
        List<ReconciliationReport.OfflinePeriod> out = new ArrayList<>();
        if (offset == null) {
            return out;
        }
        List<CommandTiming> run = new ArrayList<>();
        for (CommandTiming t : desk) {
            Instant made = t.deviceTime().plusMillis(offset);
            if (made.isBefore(dayStart) || !made.isBefore(dayEnd)) {
                continue;
            }
            boolean offline = t.lagMillis() - offset > THRESHOLD.toMillis();
            boolean reconnectedBefore = !run.isEmpty() && made.isAfter(run.get(run.size() - 1).arrivedAt());
            if (!offline || reconnectedBefore) {
                close(out, deviceId, deskName, run, offset);
            }
            if (offline) {
                run.add(t);
            }
        }
        close(out, deviceId, deskName, run, offset);
        return out;
    }

    private static void close(List<ReconciliationReport.OfflinePeriod> out, String deviceId, String deskName,
                              List<CommandTiming> run, long offset) {
        if (run.isEmpty()) {
            return;
        }
        CommandTiming first = run.get(0);
        CommandTiming last = run.get(run.size() - 1);
        out.add(new ReconciliationReport.OfflinePeriod(deviceId, deskName, first.deviceTime().plusMillis(offset),
                last.deviceTime().plusMillis(offset), first.arrivedAt(), run.size()));
        run.clear();
    }
}
