package be.antwerpen.lom.model.slot;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.location.OpeningBlock;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.reference.ReferenceData;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SlotEnginePropertiesTest {

    private static final Comparator<Slot> BY_START_THEN_LOCATION =
            Comparator.comparing(Slot::start).thenComparing(Slot::locationId);

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Arbitraries.randomValue(Scenario::random);
    }

    @Provide
    Arbitrary<Random> randoms() {
        return Arbitraries.longs().map(Random::new);
    }

    @Property(tries = 300)
    void proximity_equals_the_minute_by_minute_computation(@ForAll("scenarios") Scenario scenario) {
        SlotEngine engine = new SlotEngine(scenario.data());
        for (Location location : scenario.data().locations()) {
            for (Product product : scenario.data().products()) {
                List<Slot> slots = engine.proximity(
                        new ProximityQuery(location.id(), product.code(), scenario.from(), scenario.to()), scenario.bookings());

                assertThat(slots).isEqualTo(BruteForceSlots.proximity(scenario.data(), location.id(), product.code(),
                        scenario.from(), scenario.to(), scenario.bookings()));
            }
        }
    }

    @Property(tries = 300)
    void no_slot_outside_opening_hours_on_a_closure_or_at_a_time_that_does_not_exist(
            @ForAll("scenarios") Scenario scenario) {
        SlotEngine engine = new SlotEngine(scenario.data());
        ReferenceData data = scenario.data();
        for (Product product : data.products()) {
            for (Slot slot : engine.flexibility(query(product.code(), scenario), scenario.bookings())) {
                LocalDate day = slot.start().toLocalDate();
                assertThat(BruteForceSlots.closed(data, slot.locationId(), day)).as("closed on %s", day).isFalse();
                assertThat(product.isOfferedAt(data.location(slot.locationId()).orElseThrow().kind())).isTrue();
                assertThat(slot.end()).isEqualTo(slot.start().plusMinutes(product.durationMinutes()));
                assertThat(slot.start().toLocalTime().toSecondOfDay() % (60 * data.slotMinutes())).isZero();
                assertThat(BruteForceSlots.allMinutesExist(slot.start(), slot.end())).as("wall-clock exists").isTrue();
                assertThat(data.schedule(slot.locationId()).orElseThrow().blocksOn(day.getDayOfWeek()))
                        .as("inside one opening block").anySatisfy(block -> {
                            assertThat(slot.start()).isAfterOrEqualTo(day.atTime(block.start()));
                            assertThat(slot.end()).isBeforeOrEqualTo(day.atTime(block.end()));
                            assertThat(slot.capacity()).isEqualTo(block.desks());
                            assertThat(slot.evening()).isEqualTo(block.evening());
                        });
                assertThat(slot.free()).isBetween(1, slot.capacity());
            }
        }
    }

    @Property(tries = 60)
    void booking_greedily_what_the_engine_offers_never_exceeds_the_desks(
            @ForAll("scenarios") Scenario scenario, @ForAll("randoms") Random random) {
        ReferenceData data = scenario.data();
        SlotEngine engine = new SlotEngine(data);
        LocalDate to = scenario.from().plusDays(Math.min(1, scenario.to().toEpochDay() - scenario.from().toEpochDay()));
        List<ExistingBooking> bookings = new ArrayList<>();
        for (int round = 0; round < 5000; round++) {
            Product product = data.products().get(random.nextInt(data.products().size()));
            List<Slot> offered = engine.flexibility(
                    new FlexibilityQuery(product.code(), scenario.from(), to, false, false, null, null, null), bookings);
            if (offered.isEmpty()) {
                if (data.products().stream().allMatch(p -> engine.flexibility(
                        FlexibilityQuery.earliest(p.code(), scenario.from(), to, 1), bookings).isEmpty())) {
                    break;
                }
                continue;
            }
            Slot slot = offered.get(random.nextInt(offered.size()));
            assertThat(engine.check(slot.locationId(), product.code(), slot.start(), bookings)).contains(slot);
            bookings.add(new ExistingBooking(slot.locationId(), slot.start(), slot.end()));
        }

        for (Location location : data.locations()) {
            for (LocalDate day = scenario.from(); !day.isAfter(to); day = day.plusDays(1)) {
                for (OpeningBlock block : data.schedule(location.id()).orElseThrow().blocksOn(day.getDayOfWeek())) {
                    for (LocalDateTime minute = day.atTime(block.start()); minute.isBefore(day.atTime(block.end()));
                            minute = minute.plusMinutes(1)) {
                        assertThat(BruteForceSlots.occupancy(location.id(), minute, bookings))
                                .as("%s at %s", location.id(), minute).isLessThanOrEqualTo(block.desks());
                    }
                }
            }
        }
    }

    @Property(tries = 300)
    void flexibility_equals_the_union_of_proximity_over_the_offering_locations(
            @ForAll("scenarios") Scenario scenario, @ForAll("randoms") Random random) {
        ReferenceData data = scenario.data();
        SlotEngine engine = new SlotEngine(data);
        Product product = data.products().get(random.nextInt(data.products().size()));
        FlexibilityQuery query = randomFilters(product.code(), scenario, random);

        List<Slot> union = new ArrayList<>();
        for (Location location : data.locations()) {
            if (product.isOfferedAt(location.kind())) {
                union.addAll(engine.proximity(
                        new ProximityQuery(location.id(), product.code(), query.from(), query.to()), scenario.bookings()));
            }
        }
        List<Slot> expected = union.stream()
                .filter(s -> !query.saturdaysOnly() || s.start().getDayOfWeek() == DayOfWeek.SATURDAY)
                .filter(s -> !query.eveningsOnly() || s.evening())
                .filter(s -> query.notBefore() == null || !s.start().toLocalTime().isBefore(query.notBefore()))
                .filter(s -> query.notAfter() == null || !s.start().toLocalTime().isAfter(query.notAfter()))
                .sorted(BY_START_THEN_LOCATION)
                .limit(query.limit() == null ? Long.MAX_VALUE : query.limit())
                .toList();

        assertThat(engine.flexibility(query, scenario.bookings())).isEqualTo(expected);
    }

    @Property(tries = 200)
    void results_are_sorted_and_deterministic_whatever_the_booking_order(
            @ForAll("scenarios") Scenario scenario, @ForAll("randoms") Random random) {
        Product product = scenario.data().products().get(0);
        FlexibilityQuery query = randomFilters(product.code(), scenario, random);
        List<ExistingBooking> shuffled = new ArrayList<>(scenario.bookings());
        Collections.shuffle(shuffled, random);

        List<Slot> first = new SlotEngine(scenario.data()).flexibility(query, scenario.bookings());
        List<Slot> again = new SlotEngine(scenario.data()).flexibility(query, scenario.bookings());
        List<Slot> reordered = new SlotEngine(scenario.data()).flexibility(query, shuffled);

        assertThat(first).isSortedAccordingTo(BY_START_THEN_LOCATION).doesNotHaveDuplicates();
        assertThat(again).isEqualTo(first);
        assertThat(reordered).isEqualTo(first);
    }

    @Property(tries = 300)
    void day_capacity_counts_existing_wall_clock_minutes_and_booked_desk_minutes(@ForAll("scenarios") Scenario scenario) {
        ReferenceData data = scenario.data();
        SlotEngine engine = new SlotEngine(data);
        for (Location location : data.locations()) {
            for (LocalDate day = scenario.from(); !day.isAfter(scenario.to()); day = day.plusDays(1)) {
                int deskMinutes = 0;
                int booked = 0;
                if (!BruteForceSlots.closed(data, location.id(), day)) {
                    for (OpeningBlock block : data.schedule(location.id()).orElseThrow().blocksOn(day.getDayOfWeek())) {
                        for (LocalDateTime minute = day.atTime(block.start()); minute.isBefore(day.atTime(block.end()));
                                minute = minute.plusMinutes(1)) {
                            if (BruteForceSlots.exists(minute)) {
                                deskMinutes += block.desks();
                                booked += BruteForceSlots.occupancy(location.id(), minute, scenario.bookings());
                            }
                        }
                    }
                }
                assertThat(engine.dayCapacity(location.id(), day, scenario.bookings())).isEqualTo(new DayCapacity(
                        location.id(), day, deskMinutes / data.slotMinutes(), deskMinutes, booked));
            }
        }
    }

    private static FlexibilityQuery query(String productCode, Scenario scenario) {
        return new FlexibilityQuery(productCode, scenario.from(), scenario.to(), false, false, null, null, null);
    }

    private static FlexibilityQuery randomFilters(String productCode, Scenario scenario, Random random) {
        LocalTime notBefore = random.nextInt(3) == 0 ? LocalTime.of(random.nextInt(12), random.nextInt(60)) : null;
        LocalTime notAfter = random.nextInt(3) == 0 ? LocalTime.of(12 + random.nextInt(12), random.nextInt(60)) : null;
        Integer limit = random.nextInt(3) == 0 ? 1 + random.nextInt(20) : null;
        return new FlexibilityQuery(productCode, scenario.from(), scenario.to(), random.nextInt(4) == 0,
                random.nextInt(4) == 0, notBefore, notAfter, limit);
    }
}
