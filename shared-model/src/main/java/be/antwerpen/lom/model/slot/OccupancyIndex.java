package be.antwerpen.lom.model.slot;

import be.antwerpen.lom.model.validation.DomainValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Existing bookings indexed per location and day over a date range, as desk occupancy per cell.
 * Built once per query, in one pass over the bookings; bookings outside the range or at other
 * locations are skipped. A booking that runs past midnight counts on each day it touches.
 */
final class OccupancyIndex {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private final long firstDay;
    private final int days;
    private final int gridMinutes;
    private final Map<String, DayOccupancy[]> byLocation;
    private final DayOccupancy empty;

    OccupancyIndex(Collection<String> locationIds, LocalDate from, LocalDate to, int gridMinutes,
                   Collection<ExistingBooking> bookings) {
        this.firstDay = from.toEpochDay();
        this.days = (int) (to.toEpochDay() - firstDay + 1);
        this.gridMinutes = gridMinutes;
        this.empty = new DayOccupancy(gridMinutes);
        this.byLocation = new HashMap<>(locationIds.size() * 2);
        for (String id : locationIds) {
            byLocation.put(id, new DayOccupancy[days]);
        }
        for (ExistingBooking booking : bookings) {
            add(booking);
        }
    }

    /** Occupancy of {@code locationId} on {@code day}; all zero when nothing is booked. */
    DayOccupancy on(String locationId, LocalDate day) {
        DayOccupancy[] perDay = byLocation.get(locationId);
        int index = (int) (day.toEpochDay() - firstDay);
        if (perDay == null || index < 0 || index >= days || perDay[index] == null) {
            return empty;
        }
        return perDay[index];
    }

    /** Rejects a booking with a missing part, which would otherwise be silently skipped or fail later. */
    static void requireComplete(ExistingBooking booking) {
        if (booking == null || booking.locationId() == null || booking.start() == null || booking.end() == null) {
            throw new DomainValidationException("bookings", "every existing booking needs a location, a start and an end");
        }
    }

    private void add(ExistingBooking booking) {
        requireComplete(booking);
        DayOccupancy[] perDay = byLocation.get(booking.locationId());
        if (perDay == null || !booking.end().isAfter(booking.start())) {
            return;
        }
        LocalDateTime start = booking.start();
        LocalDateTime end = booking.end();
        long startDay = start.toLocalDate().toEpochDay();
        long endDay = end.toLocalDate().toEpochDay();
        long fromDay = Math.max(startDay, firstDay);
        long toDay = Math.min(endDay, firstDay + days - 1);
        for (long day = fromDay; day <= toDay; day++) {
            int fromMinute = day == startDay ? floorMinute(start.toLocalTime()) : 0;
            int toMinute = day == endDay ? ceilMinute(end.toLocalTime()) : MINUTES_PER_DAY;
            if (toMinute > fromMinute) {
                int index = (int) (day - firstDay);
                DayOccupancy occupancy = perDay[index];
                if (occupancy == null) {
                    occupancy = new DayOccupancy(gridMinutes);
                    perDay[index] = occupancy;
                }
                occupancy.add(fromMinute, toMinute);
            }
        }
    }

    static int floorMinute(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    static int ceilMinute(LocalTime time) {
        return floorMinute(time) + (time.getSecond() > 0 || time.getNano() > 0 ? 1 : 0);
    }
}
