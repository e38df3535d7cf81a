package be.antwerpen.lom.server.appointment;

import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.location.OpeningBlock;
import be.antwerpen.lom.model.location.WeeklySchedule;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.server.error.ApiProblem;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a booking (location, product, start) into the grid cells it occupies, each with the number
 * of desks serving then, or says in a sentence why that start cannot be booked at all.
 */
public final class SeatGrid {

    private final ReferenceData reference;

    public SeatGrid(ReferenceData reference) {
        this.reference = reference;
    }

    public ReferenceData reference() {
        return reference;
    }

    public Product product(String code) {
        return reference.product(code).orElseThrow(() -> ApiProblem.invalid("productCode", "unknown product"));
    }

    public Location location(String id) {
        return reference.location(id).orElseThrow(() -> ApiProblem.invalid("locationId", "unknown location"));
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /** The cells of [start, start + duration) or an {@link ApiProblem} saying why it is not bookable. */
    public List<SeatCell> cells(String locationId, String productCode, LocalDateTime start) {
        Location location = location(locationId);
        Product product = product(productCode);
        if (!product.isOfferedAt(location.kind())) {
            throw ApiProblem.invalid("productCode", "this product is not offered at this location");
        }
        int grid = reference.slotMinutes();
        if (start.getSecond() != 0 || start.getNano() != 0 || (start.getHour() * 60 + start.getMinute()) % grid != 0) {
            throw ApiProblem.invalid("start", "a start time lies on the " + grid + "-minute grid");
        }
        if (reference.closures().stream().anyMatch(c -> c.closes(locationId, start.toLocalDate()))) {
            throw ApiProblem.invalid("start", "the location is closed on that day");
        }
        WeeklySchedule schedule = reference.schedule(locationId)
                .orElseThrow(() -> ApiProblem.invalid("locationId", "the location has no opening hours"));
        List<OpeningBlock> blocks = schedule.blocksOn(start.getDayOfWeek());
        List<SeatCell> cells = new ArrayList<>();
        LocalDateTime end = start.plusMinutes(product.durationMinutes());
        for (LocalDateTime cell = start; cell.isBefore(end); cell = cell.plusMinutes(grid)) {
            int from = minuteOfDay(cell.toLocalTime());
            int to = from + grid;
            boolean sameDay = cell.toLocalDate().equals(start.toLocalDate());
            OpeningBlock block = !sameDay ? null : blocks.stream()
                    .filter(b -> minuteOfDay(b.start()) <= from && to <= minuteOfDay(b.end()))
                    .findFirst().orElse(null);
            if (block == null) {
                throw ApiProblem.invalid("start", "the location is not open for the whole of this appointment");
            }
            cells.add(new SeatCell(locationId, cell, block.desks()));
        }
        return cells;
    }
}
