package be.antwerpen.lom.model.slot;

/**
 * How many bookings hold a desk in each cell of one day at one location. Cells are slot-grid wide
 * while every booking is on the grid; the first booking off the grid switches the day to one-minute
 * cells, so overlaps stay exact either way.
 */
final class DayOccupancy {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private int cellMinutes;
    private int[] counts;

    DayOccupancy(int gridMinutes) {
        this.cellMinutes = gridMinutes;
        this.counts = new int[MINUTES_PER_DAY / gridMinutes];
    }

    /** Adds one booking holding a desk over {@code [fromMinute, toMinute)} of the day. */
    void add(int fromMinute, int toMinute) {
        if (toMinute <= fromMinute) {
            return;
        }
        if (fromMinute % cellMinutes != 0 || toMinute % cellMinutes != 0) {
            switchToMinutes();
        }
        for (int cell = fromMinute / cellMinutes, end = toMinute / cellMinutes; cell < end; cell++) {
            counts[cell]++;
        }
    }

    /** The most bookings holding a desk at the same moment within {@code [fromMinute, toMinute)}. */
    int maxBetween(int fromMinute, int toMinute) {
        int first = fromMinute / cellMinutes;
        int end = (toMinute + cellMinutes - 1) / cellMinutes;
        int max = 0;
        for (int cell = first; cell < end; cell++) {
            if (counts[cell] > max) {
                max = counts[cell];
            }
        }
        return max;
    }

    private void switchToMinutes() {
        if (cellMinutes == 1) {
            return;
        }
        int[] minutes = new int[MINUTES_PER_DAY];
        for (int minute = 0; minute < MINUTES_PER_DAY; minute++) {
            minutes[minute] = counts[minute / cellMinutes];
        }
        counts = minutes;
        cellMinutes = 1;
    }
}
