package be.antwerpen.lom.server.appointment;

import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.server.refusal.Refusal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a booking (location, product, start) into the grid cells it occupies, each with the number
 * of desks serving then, or says in a sentence why that start cannot be booked at all.
 */
public final class SeatGrid {

    private final ReferenceData reference;
    private final SlotEngine engine;

    public SeatGrid(ReferenceData reference, SlotEngine engine) {
        this.reference = reference;
        this.engine = engine;
    }

    public ReferenceData reference() {
        return reference;
    }

    public Product product(String code) {
        return reference.product(code).orElseThrow(() -> Refusal.invalid("productCode", "unknown product"));
    }

    public Location location(String id) {
        return reference.location(id).orElseThrow(() -> Refusal.invalid("locationId", "unknown location"));
    }

    /**
     * The cells of [start, start + duration) or an {@link Refusal} saying why it is not bookable. Depends on the
     * reference data alone, which a server holds unchanged: an answer is kept (ADR 0131), since the bookings of
     * one slot ask the same question one after the other; refusals are not kept and are worked out each time.
     */
    public List<SeatCell> cells(String locationId, String productCode, LocalDateTime start) {
        Booked key = new Booked(locationId, productCode, start);
        List<SeatCell> known = answered.get(key);
        if (known != null) {
            return known;
        }
        List<SeatCell> cells = List.copyOf(worked(locationId, productCode, start));
        if (answered.size() >= KEPT) {
            answered.clear();
        }
        answered.put(key, cells);
        return cells;
    }

    /** How many answers of {@link #cells} are kept at most (a few days of every location's slots). */
    static final int KEPT = 20_000;

    private record Booked(String locationId, String productCode, LocalDateTime start) {
    }

    private final Map<Booked, List<SeatCell>> answered = new ConcurrentHashMap<>();

    private List<SeatCell> worked(String locationId, String productCode, LocalDateTime start) {
        Location location = location(locationId);
        Product product = product(productCode);
        if (!product.isOfferedAt(location.kind())) {
            throw Refusal.invalid("productCode", "this product is not offered at this location");
        }
        int grid = reference.slotMinutes();
        if (start.getSecond() != 0 || start.getNano() != 0 || (start.getHour() * 60 + start.getMinute()) % grid != 0) {
            throw Refusal.invalid("start", "a start time lies on the " + grid + "-minute grid");
        }
        if (reference.closures().stream().anyMatch(c -> c.closes(locationId, start.toLocalDate()))) {
            throw Refusal.invalid("start", "the location is closed on that day");
        }
        Slot slot = engine.check(locationId, productCode, start, List.of()).orElseThrow(() -> Refusal.invalid(
                "start", "the location is not open for the whole of this appointment"));
        List<SeatCell> cells = new ArrayList<>();
        for (LocalDateTime cell = start; cell.isBefore(slot.end()); cell = cell.plusMinutes(grid)) {
            cells.add(new SeatCell(locationId, cell, slot.capacity()));
        }
        return cells;
    }
}
