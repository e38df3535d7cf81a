package be.antwerpen.lom.model.slot;

import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.location.OpeningBlock;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.reference.ReferenceData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The slot rules computed the slow, obvious way (minute by minute, every booking checked each
 * minute), as an independent oracle for the engine's indexed computation.
 */
final class BruteForceSlots {

    private BruteForceSlots() {
    }

    static List<Slot> proximity(ReferenceData data, String locationId, String productCode, LocalDate from, LocalDate to,
                                Collection<ExistingBooking> bookings) {
        Location location = data.location(locationId).orElseThrow();
        Product product = data.product(productCode).orElseThrow();
        List<Slot> slots = new ArrayList<>();
        if (!product.isOfferedAt(location.kind())) {
            return slots;
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (closed(data, locationId, day)) {
                continue;
            }
            for (OpeningBlock block : data.schedule(locationId).orElseThrow().blocksOn(day.getDayOfWeek())) {
                LocalDateTime blockEnd = day.atTime(block.end());
                for (LocalDateTime start = day.atTime(block.start()); !start.plusMinutes(product.durationMinutes()).isAfter(blockEnd);
                        start = start.plusMinutes(data.slotMinutes())) {
                    LocalDateTime end = start.plusMinutes(product.durationMinutes());
                    if (!allMinutesExist(start, end)) {
                        continue;
                    }
                    int free = block.desks() - maxOverlap(locationId, start, end, bookings);
                    if (free > 0) {
                        slots.add(new Slot(locationId, start, end, block.desks(), free, block.evening()));
                    }
                }
            }
        }
        return slots;
    }

    static boolean closed(ReferenceData data, String locationId, LocalDate day) {
        return data.closures().stream().anyMatch(c -> c.closes(locationId, day));
    }

    static boolean allMinutesExist(LocalDateTime start, LocalDateTime end) {
        for (LocalDateTime minute = start; minute.isBefore(end); minute = minute.plusMinutes(1)) {
            if (!exists(minute)) {
                return false;
            }
        }
        return true;
    }

    static boolean exists(LocalDateTime wallClock) {
        return !SlotEngine.BRUSSELS.getRules().getValidOffsets(wallClock).isEmpty();
    }

    /** Bookings holding a desk during the minute starting at {@code minute}. */
    static int occupancy(String locationId, LocalDateTime minute, Collection<ExistingBooking> bookings) {
        LocalDateTime minuteEnd = minute.plusMinutes(1);
        int count = 0;
        for (ExistingBooking booking : bookings) {
            if (booking.locationId().equals(locationId) && booking.start().isBefore(minuteEnd) && booking.end().isAfter(minute)) {
                count++;
            }
        }
        return count;
    }

    static int maxOverlap(String locationId, LocalDateTime start, LocalDateTime end, Collection<ExistingBooking> bookings) {
        int max = 0;
        for (LocalDateTime minute = start; minute.isBefore(end); minute = minute.plusMinutes(1)) {
            max = Math.max(max, occupancy(locationId, minute, bookings));
        }
        return max;
    }
}
