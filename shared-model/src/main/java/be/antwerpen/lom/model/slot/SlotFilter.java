package be.antwerpen.lom.model.slot;

import java.time.LocalTime;

/**
 * Which slot starts a search keeps within a day: evening openings only, and a start time-of-day
 * window {@code [notBefore, notAfter]} (both inclusive, either open).
 */
record SlotFilter(boolean eveningsOnly, LocalTime notBefore, LocalTime notAfter) {

    static final SlotFilter NONE = new SlotFilter(false, null, null);

    static SlotFilter startingAt(LocalTime start) {
        return new SlotFilter(false, start, start);
    }

    /** The earliest start minute on a {@code gridMinutes} grid that is not before {@code notBefore}. */
    int firstStartMinute(int gridMinutes) {
        if (notBefore == null) {
            return 0;
        }
        int seconds = notBefore.toSecondOfDay() + (notBefore.getNano() > 0 ? 1 : 0);
        int gridSeconds = gridMinutes * 60;
        return (seconds + gridSeconds - 1) / gridSeconds * gridMinutes;
    }

    /** The latest start minute not after {@code notAfter}. */
    int lastStartMinute() {
        return notAfter == null ? Integer.MAX_VALUE : notAfter.toSecondOfDay() / 60;
    }
}
