package be.antwerpen.lom.model.slot;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The wall-clock minutes that do not exist on a day in a time zone: the hour skipped when clocks
 * move forward (in Brussels 02:00-03:00 on the last Sunday of March).
 */
final class WallClockGaps {

    static final int[] NONE = new int[0];

    private final ZoneId zone;
    private final ZoneRules rules;

    WallClockGaps(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    /**
     * The skipped minutes of {@code day} as {@code [fromMinute, toMinute)}, or an empty array when
     * every wall-clock minute of the day exists.
     */
    int[] gapOn(LocalDate day) {
        ZoneOffsetTransition transition = rules.nextTransition(day.atStartOfDay(zone).toInstant().minusSeconds(1));
        if (transition == null || !transition.isGap()) {
            return NONE;
        }
        LocalDateTime before = transition.getDateTimeBefore();
        if (!before.toLocalDate().equals(day)) {
            return NONE;
        }
        LocalDateTime after = transition.getDateTimeAfter();
        int from = before.getHour() * 60 + before.getMinute();
        int to = after.toLocalDate().equals(day) ? after.getHour() * 60 + after.getMinute() : 24 * 60;
        return new int[] {from, to};
    }

    static boolean overlaps(int[] gap, int fromMinute, int toMinute) {
        return gap.length == 2 && fromMinute < gap[1] && gap[0] < toMinute;
    }

    /** Minutes of {@code [fromMinute, toMinute)} that exist on the wall clock. */
    static int existingMinutes(int[] gap, int fromMinute, int toMinute) {
        int minutes = Math.max(0, toMinute - fromMinute);
        if (gap.length == 2) {
            minutes -= Math.max(0, Math.min(toMinute, gap[1]) - Math.max(fromMinute, gap[0]));
        }
        return minutes;
    }
}
