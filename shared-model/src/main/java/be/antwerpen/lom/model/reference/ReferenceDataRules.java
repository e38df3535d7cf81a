package be.antwerpen.lom.model.reference;

import be.antwerpen.lom.model.location.Closure;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.location.LocationKind;
import be.antwerpen.lom.model.location.OpeningBlock;
import be.antwerpen.lom.model.location.WeeklySchedule;
import be.antwerpen.lom.model.product.Product;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The checks across entries of a reference data set that single records cannot make themselves.
 *
 * <p>{@link #checkConsistency} holds for every data set the slot engine accepts (ids unique, one
 * schedule per known location, everything on the slot grid). {@link #checkOpeningPolicy} adds the
 * Loket op Maat service promise (regional counters: Monday to Saturday with two evening openings;
 * city counters: two days with one evening opening), checked when a data set is loaded.
 */
public final class ReferenceDataRules {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private ReferenceDataRules() {
    }

    /** Throws {@link ReferenceDataException} naming the first inconsistent entry. */
    public static void checkConsistency(ReferenceData data) {
        int grid = data.slotMinutes();
        if (MINUTES_PER_DAY % grid != 0) {
            throw new ReferenceDataException("slotMinutes", "slotMinutes must divide a day (e.g. 5, 10, 15), was " + grid);
        }
        Map<String, Location> locations = new HashMap<>();
        for (int i = 0; i < data.locations().size(); i++) {
            Location location = data.locations().get(i);
            if (locations.putIfAbsent(location.id(), location) != null) {
                throw new ReferenceDataException(locationEntry(i, location), "duplicate location id");
            }
        }
        Set<String> scheduled = new HashSet<>();
        for (int i = 0; i < data.schedules().size(); i++) {
            WeeklySchedule schedule = data.schedules().get(i);
            String entry = scheduleEntry(i, schedule);
            if (!locations.containsKey(schedule.locationId())) {
                throw new ReferenceDataException(entry, "refers to unknown location '" + schedule.locationId() + "'");
            }
            if (!scheduled.add(schedule.locationId())) {
                throw new ReferenceDataException(entry, "a second schedule for the same location");
            }
            for (OpeningBlock block : schedule.blocks()) {
                if (!onGrid(block.start(), grid) || !onGrid(block.end(), grid)) {
                    throw new ReferenceDataException(entry, "opening block " + describe(block)
                            + " must start and end on the " + grid + "-minute slot grid");
                }
            }
        }
        for (int i = 0; i < data.locations().size(); i++) {
            Location location = data.locations().get(i);
            if (!scheduled.contains(location.id())) {
                throw new ReferenceDataException(locationEntry(i, location), "has no opening schedule");
            }
        }
        for (int i = 0; i < data.closures().size(); i++) {
            Closure closure = data.closures().get(i);
            if (closure.locationId() != null && !locations.containsKey(closure.locationId())) {
                throw new ReferenceDataException("closures[" + i + "]",
                        "refers to unknown location '" + closure.locationId() + "'");
            }
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < data.products().size(); i++) {
            Product product = data.products().get(i);
            String entry = productEntry(i, product);
            if (!codes.add(product.code())) {
                throw new ReferenceDataException(entry, "duplicate product code");
            }
            if (product.durationMinutes() % grid != 0) {
                throw new ReferenceDataException(entry, "durationMinutes must be a multiple of slotMinutes ("
                        + grid + "), was " + product.durationMinutes());
            }
        }
    }

    /** Throws {@link ReferenceDataException} naming the first schedule that breaks the opening rules. */
    public static void checkOpeningPolicy(ReferenceData data) {
        for (int i = 0; i < data.schedules().size(); i++) {
            WeeklySchedule schedule = data.schedules().get(i);
            Location location = data.location(schedule.locationId()).orElseThrow();
            String entry = scheduleEntry(i, schedule);
            if (location.kind() == LocationKind.REGIO) {
                checkRegio(schedule, entry);
            } else {
                checkStad(schedule, entry);
            }
        }
    }

    private static void checkRegio(WeeklySchedule schedule, String entry) {
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean open = !schedule.blocksOn(day).isEmpty();
            if (day == DayOfWeek.SUNDAY && open) {
                throw new ReferenceDataException(entry, "a regional counter is closed on Sunday");
            }
            if (day != DayOfWeek.SUNDAY && !open) {
                throw new ReferenceDataException(entry, "a regional counter opens Monday to Saturday, but not on " + day);
            }
        }
        if (schedule.eveningOpenings() != 2) {
            throw new ReferenceDataException(entry, "a regional counter has exactly 2 evening openings a week, found "
                    + schedule.eveningOpenings());
        }
    }

    private static void checkStad(WeeklySchedule schedule, String entry) {
        if (schedule.openDays() != 2) {
            throw new ReferenceDataException(entry, "a city counter opens exactly 2 days a week, found "
                    + schedule.openDays());
        }
        if (schedule.eveningOpenings() != 1) {
            throw new ReferenceDataException(entry, "a city counter has exactly 1 evening opening a week, found "
                    + schedule.eveningOpenings());
        }
    }

    private static boolean onGrid(LocalTime time, int grid) {
        return time.getSecond() == 0 && time.getNano() == 0 && (time.getHour() * 60 + time.getMinute()) % grid == 0;
    }

    private static String describe(OpeningBlock block) {
        return block.day() + " " + block.start() + "-" + block.end();
    }

    static String locationEntry(int index, Location location) {
        return "locations[" + index + "] (id " + location.id() + ")";
    }

    static String scheduleEntry(int index, WeeklySchedule schedule) {
        return "schedules[" + index + "] (locationId " + schedule.locationId() + ")";
    }

    static String productEntry(int index, Product product) {
        return "products[" + index + "] (code " + product.code() + ")";
    }
}
