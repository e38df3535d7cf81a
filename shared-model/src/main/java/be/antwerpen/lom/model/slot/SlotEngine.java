package be.antwerpen.lom.model.slot;

import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.reference.ReferenceDataRules;
import be.antwerpen.lom.model.validation.DomainValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes free appointment slots from opening schedules, closures, product durations, desks and
 * existing bookings. Pure and deterministic: no clock, no I/O, the same input gives the same output;
 * safe to share between threads.
 *
 * <p>Rules (see ADR 0010): a slot starts on the slot grid inside an opening block and the whole
 * product duration fits in that block; its capacity is the block's desks; it is free while fewer
 * bookings than desks overlap at every moment of {@code [start, end)}. Times are Europe/Brussels
 * wall-clock times: a start or service time that does not exist (the hour skipped when clocks move
 * forward) is never offered; the repeated hour in autumn is offered once, by the wall clock. Closed
 * days and products the location kind does not offer give no slots.
 */
public final class SlotEngine {

    /** The time zone of every {@link LocalDateTime} the engine reads or returns. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final Comparator<Slot> BY_START_THEN_LOCATION =
            Comparator.comparing(Slot::start).thenComparing(Slot::locationId);

    private final int gridMinutes;
    private final Map<String, LocationPlan> plans;
    private final List<LocationPlan> plansById;
    private final Map<String, Product> products;
    private final WallClockGaps gaps;

    public SlotEngine(ReferenceData referenceData) {
        ReferenceDataRules.checkConsistency(referenceData);
        this.gridMinutes = referenceData.slotMinutes();
        this.plansById = referenceData.locations().stream()
                .sorted(Comparator.comparing(Location::id))
                .map(location -> new LocationPlan(location, referenceData.schedule(location.id()).orElseThrow(),
                        referenceData.closures()))
                .toList();
        Map<String, LocationPlan> byId = new LinkedHashMap<>();
        plansById.forEach(plan -> byId.put(plan.id(), plan));
        this.plans = Map.copyOf(byId);
        Map<String, Product> byCode = new LinkedHashMap<>();
        referenceData.products().forEach(product -> byCode.put(product.code(), product));
        this.products = Map.copyOf(byCode);
        this.gaps = new WallClockGaps(BRUSSELS);
    }

    /** Free slots at one location, in time order; empty when the location's kind does not offer the product. */
    public List<Slot> proximity(ProximityQuery query, Collection<ExistingBooking> bookings) {
        LocationPlan plan = plan(query.locationId(), "locationId");
        Product product = product(query.productCode());
        if (!product.isOfferedAt(plan.location().kind())) {
            return List.of();
        }
        OccupancyIndex index = new OccupancyIndex(List.of(plan.id()), query.from(), query.to(), gridMinutes, bookings);
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = query.from(); !day.isAfter(query.to()); day = day.plusDays(1)) {
            collect(plan, day, product.durationMinutes(), index, SlotFilter.NONE, slots);
        }
        return List.copyOf(slots);
    }

    /**
     * Free slots at every location that offers the product, filtered, ordered by start and then
     * location id, cut to the earliest {@code limit} when a limit is given.
     */
    public List<Slot> flexibility(FlexibilityQuery query, Collection<ExistingBooking> bookings) {
        Product product = product(query.productCode());
        List<LocationPlan> offering = plansById.stream()
                .filter(plan -> product.isOfferedAt(plan.location().kind()))
                .toList();
        if (offering.isEmpty()) {
            return List.of();
        }
        OccupancyIndex index = new OccupancyIndex(offering.stream().map(LocationPlan::id).toList(),
                query.from(), query.to(), gridMinutes, bookings);
        SlotFilter filter = new SlotFilter(query.eveningsOnly(), query.notBefore(), query.notAfter());
        int limit = query.limit() == null ? Integer.MAX_VALUE : query.limit();
        List<Slot> slots = new ArrayList<>();
        List<Slot> ofDay = new ArrayList<>();
        for (LocalDate day = query.from(); !day.isAfter(query.to()) && slots.size() < limit; day = day.plusDays(1)) {
            if (query.saturdaysOnly() && day.getDayOfWeek() != DayOfWeek.SATURDAY) {
                continue;
            }
            ofDay.clear();
            for (LocationPlan plan : offering) {
                collect(plan, day, product.durationMinutes(), index, filter, ofDay);
            }
            ofDay.sort(BY_START_THEN_LOCATION);
            slots.addAll(ofDay.size() > limit - slots.size() ? ofDay.subList(0, limit - slots.size()) : ofDay);
        }
        return List.copyOf(slots);
    }

    /**
     * What a location can serve on a day: base slots times desks, desk-minutes, and the desk-minutes
     * that bookings take within the opening blocks. A closed day has no capacity.
     */
    public DayCapacity dayCapacity(String locationId, LocalDate day, Collection<ExistingBooking> bookings) {
        LocationPlan plan = plan(locationId, "locationId");
        if (day == null) {
            throw new DomainValidationException("date", "required", "date is required", "date");
        }
        int[] gap = gaps.gapOn(day);
        List<GridBlock> blocks = plan.openBlocksOn(day);
        int slots = 0;
        int deskMinutes = 0;
        for (GridBlock block : blocks) {
            int minutes = WallClockGaps.existingMinutes(gap, block.startMinute(), block.endMinute());
            slots += minutes / gridMinutes * block.desks();
            deskMinutes += minutes * block.desks();
        }
        int booked = 0;
        LocalDateTime dayStart = day.atStartOfDay();
        LocalDateTime dayEnd = day.plusDays(1).atStartOfDay();
        for (ExistingBooking booking : bookings) {
            OccupancyIndex.requireComplete(booking);
            if (!locationId.equals(booking.locationId())
                    || !booking.start().isBefore(dayEnd) || !booking.end().isAfter(dayStart)) {
                continue;
            }
            int from = booking.start().isBefore(dayStart) ? 0 : OccupancyIndex.floorMinute(booking.start().toLocalTime());
            int to = booking.end().isBefore(dayEnd) ? OccupancyIndex.ceilMinute(booking.end().toLocalTime()) : 24 * 60;
            for (GridBlock block : blocks) {
                int overlapFrom = Math.max(from, block.startMinute());
                int overlapTo = Math.min(to, block.endMinute());
                booked += WallClockGaps.existingMinutes(gap, overlapFrom, overlapTo);
            }
        }
        return new DayCapacity(plan.id(), day, slots, deskMinutes, booked);
    }

    /** The slot starting exactly at {@code start}, if the product can be booked there and then. */
    public Optional<Slot> check(String locationId, String productCode, LocalDateTime start,
                                Collection<ExistingBooking> bookings) {
        LocationPlan plan = plan(locationId, "locationId");
        Product product = product(productCode);
        if (start == null) {
            throw new DomainValidationException("start", "required", "start is required", "start");
        }
        if (!product.isOfferedAt(plan.location().kind())) {
            return Optional.empty();
        }
        LocalTime time = start.toLocalTime();
        if (time.getSecond() != 0 || time.getNano() != 0) {
            return Optional.empty();
        }
        int startMinute = OccupancyIndex.floorMinute(time);
        if (startMinute % gridMinutes != 0) {
            return Optional.empty();
        }
        LocalDate day = start.toLocalDate();
        OccupancyIndex index = new OccupancyIndex(List.of(plan.id()), day, day, gridMinutes, bookings);
        List<Slot> found = new ArrayList<>(1);
        collect(plan, day, product.durationMinutes(), index, SlotFilter.startingAt(time), found);
        return found.stream().findFirst();
    }

    private void collect(LocationPlan plan, LocalDate day, int duration, OccupancyIndex index, SlotFilter filter,
                         List<Slot> out) {
        List<GridBlock> blocks = plan.openBlocksOn(day);
        if (blocks.isEmpty()) {
            return;
        }
        int[] gap = gaps.gapOn(day);
        DayOccupancy occupancy = index.on(plan.id(), day);
        for (GridBlock block : blocks) {
            if (filter.eveningsOnly() && !block.evening()) {
                continue;
            }
            int first = Math.max(block.startMinute(), filter.firstStartMinute(gridMinutes));
            int last = Math.min(block.endMinute() - duration, filter.lastStartMinute());
            for (int startMinute = first; startMinute <= last; startMinute += gridMinutes) {
                int endMinute = startMinute + duration;
                if (WallClockGaps.overlaps(gap, startMinute, endMinute)) {
                    continue;
                }
                int free = block.desks() - occupancy.maxBetween(startMinute, endMinute);
                if (free > 0) {
                    LocalDateTime slotStart = day.atTime(startMinute / 60, startMinute % 60);
                    out.add(new Slot(plan.id(), slotStart, slotStart.plusMinutes(duration), block.desks(), free,
                            block.evening()));
                }
            }
        }
    }

    private LocationPlan plan(String locationId, String field) {
        LocationPlan plan = locationId == null ? null : plans.get(locationId);
        if (plan == null) {
            throw new DomainValidationException(field, "location.unknown", "unknown location '" + locationId + "'",
                    locationId);
        }
        return plan;
    }

    private Product product(String productCode) {
        Product product = productCode == null ? null : products.get(productCode);
        if (product == null) {
            throw new DomainValidationException("productCode", "product.unknown", "unknown product '" + productCode + "'",
                    productCode);
        }
        return product;
    }
}
