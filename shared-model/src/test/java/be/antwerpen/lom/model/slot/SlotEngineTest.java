package be.antwerpen.lom.model.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.location.Closure;
import be.antwerpen.lom.model.location.ClosureReason;
import be.antwerpen.lom.model.validation.DomainValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotEngineTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate SATURDAY = MONDAY.plusDays(5);

    private final SlotEngine engine = SmallCity.engine();

    @Test
    void known_schedule_gives_known_slots() {
        List<Slot> slots = engine.proximity(new ProximityQuery("alpha", "SHORT", MONDAY, MONDAY), List.of());

        assertThat(slots).extracting(s -> s.start().toLocalTime().toString()).containsExactly(
                "09:00", "09:10", "09:20", "09:30", "09:40", "09:50",
                "18:00", "18:10", "18:20", "18:30", "18:40", "18:50");
        assertThat(slots.get(0)).isEqualTo(new Slot("alpha", at(MONDAY, "09:00"), at(MONDAY, "09:10"), 2, 2, false));
        assertThat(slots.get(6)).isEqualTo(new Slot("alpha", at(MONDAY, "18:00"), at(MONDAY, "18:10"), 1, 1, true));
    }

    @Test
    void a_long_product_must_fit_entirely_inside_one_block() {
        List<Slot> slots = engine.proximity(new ProximityQuery("alpha", "LONG", MONDAY, MONDAY), List.of());

        assertThat(slots).extracting(s -> s.start().toLocalTime().toString())
                .containsExactly("09:00", "09:10", "09:20", "09:30", "18:00", "18:10", "18:20", "18:30");
        assertThat(slots).allSatisfy(s -> assertThat(s.end()).isEqualTo(s.start().plusMinutes(30)));
    }

    @Test
    void a_full_slot_disappears_and_a_half_full_one_shows_one_free_desk() {
        List<ExistingBooking> bookings = List.of(
                booking("alpha", MONDAY, "09:00", "09:20"),
                booking("alpha", MONDAY, "09:00", "09:20"),
                booking("alpha", MONDAY, "09:30", "09:40"));

        List<Slot> slots = engine.proximity(new ProximityQuery("alpha", "SHORT", MONDAY, MONDAY), bookings);

        assertThat(slots).filteredOn(s -> !s.evening())
                .extracting(s -> s.start().toLocalTime().toString() + "/" + s.free())
                .containsExactly("09:20/2", "09:30/1", "09:40/2", "09:50/2");
    }

    @Test
    void a_booking_anywhere_in_a_long_slot_reduces_its_free_desks() {
        List<ExistingBooking> bookings = List.of(booking("alpha", MONDAY, "09:40", "09:50"));

        List<Slot> slots = engine.proximity(new ProximityQuery("alpha", "LONG", MONDAY, MONDAY), bookings);

        assertThat(slots).filteredOn(s -> !s.evening())
                .extracting(s -> s.start().toLocalTime().toString() + "/" + s.free())
                .containsExactly("09:00/2", "09:10/2", "09:20/1", "09:30/1");
    }

    @Test
    void bookings_off_the_grid_count_exactly_not_per_cell() {
        List<ExistingBooking> bookings = List.of(
                booking("alpha", MONDAY, "09:05", "09:15"),
                booking("alpha", MONDAY, "09:15", "09:25"));

        List<Slot> slots = engine.proximity(new ProximityQuery("alpha", "LONG", MONDAY, MONDAY), bookings);

        assertThat(slots).filteredOn(s -> s.start().equals(at(MONDAY, "09:00")))
                .singleElement().extracting(Slot::free).isEqualTo(1);
        assertThat(engine.proximity(new ProximityQuery("alpha", "SHORT", MONDAY, MONDAY), bookings))
                .filteredOn(s -> s.start().toLocalTime().isBefore(LocalTime.of(9, 30)))
                .extracting(Slot::free).containsExactly(1, 1, 1);
    }

    @Test
    void bookings_at_other_locations_or_days_do_not_count() {
        List<ExistingBooking> bookings = List.of(
                booking("beta", MONDAY, "09:00", "09:30"),
                booking("alpha", MONDAY.plusDays(7), "09:00", "10:00"),
                booking("nowhere", MONDAY, "09:00", "10:00"));

        assertThat(engine.proximity(new ProximityQuery("alpha", "SHORT", MONDAY, MONDAY), bookings))
                .hasSize(12).allSatisfy(s -> assertThat(s.free()).isEqualTo(s.capacity()));
    }

    @Test
    void a_closure_of_every_location_gives_nothing_that_day() {
        SlotEngine closed = new SlotEngine(SmallCity.data(List.of(
                Closure.everywhere(MONDAY, ClosureReason.PUBLIC_HOLIDAY, "test"))));

        assertThat(closed.proximity(new ProximityQuery("alpha", "SHORT", MONDAY, SATURDAY), List.of()))
                .extracting(s -> s.start().toLocalDate()).containsOnly(SATURDAY);
        assertThat(closed.check("alpha", "SHORT", at(MONDAY, "09:00"), List.of())).isEmpty();
        assertThat(closed.dayCapacity("alpha", MONDAY, List.of())).isEqualTo(new DayCapacity("alpha", MONDAY, 0, 0, 0));
    }

    @Test
    void a_closure_of_one_location_leaves_the_others_open() {
        SlotEngine closed = new SlotEngine(SmallCity.data(List.of(
                new Closure("beta", MONDAY, MONDAY, ClosureReason.OTHER, "works"))));

        assertThat(closed.flexibility(FlexibilityQuery.earliest("SHORT", MONDAY, MONDAY, 100), List.of()))
                .extracting(Slot::locationId).containsOnly("alpha");
    }

    @Test
    void a_product_not_offered_at_a_location_kind_gives_nothing_there() {
        assertThat(engine.proximity(new ProximityQuery("beta", "LONG", MONDAY, SATURDAY), List.of())).isEmpty();
        assertThat(engine.check("beta", "LONG", at(MONDAY, "09:00"), List.of())).isEmpty();
        assertThat(engine.flexibility(FlexibilityQuery.earliest("LONG", MONDAY, SATURDAY, 100), List.of()))
                .extracting(Slot::locationId).containsOnly("alpha");
    }

    @Test
    void unknown_codes_are_a_validation_error_naming_the_field() {
        assertThatThrownBy(() -> engine.proximity(new ProximityQuery("gamma", "SHORT", MONDAY, MONDAY), List.of()))
                .isInstanceOf(DomainValidationException.class).hasMessage("unknown location 'gamma'")
                .extracting(e -> ((DomainValidationException) e).field()).isEqualTo("locationId");
        assertThatThrownBy(() -> engine.flexibility(FlexibilityQuery.earliest("NOPE", MONDAY, MONDAY, 1), List.of()))
                .isInstanceOf(DomainValidationException.class).hasMessage("unknown product 'NOPE'")
                .extracting(e -> ((DomainValidationException) e).field()).isEqualTo("productCode");
        assertThatThrownBy(() -> engine.dayCapacity("gamma", MONDAY, List.of()))
                .isInstanceOf(DomainValidationException.class);
    }

    @Test
    void an_incomplete_existing_booking_is_rejected_not_skipped() {
        List<ExistingBooking> bookings = List.of(new ExistingBooking("alpha", at(MONDAY, "09:00"), null));

        assertThatThrownBy(() -> engine.proximity(new ProximityQuery("alpha", "SHORT", MONDAY, MONDAY), bookings))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("needs a location, a start and an end");
        assertThatThrownBy(() -> engine.dayCapacity("alpha", MONDAY, bookings))
                .isInstanceOf(DomainValidationException.class);
    }

    @Test
    void a_booking_running_past_midnight_counts_on_both_days() {
        LocalDate sunday = MONDAY.minusDays(1);
        List<ExistingBooking> bookings = List.of(
                new ExistingBooking("beta", sunday.atTime(23, 0), at(MONDAY, "09:10")));

        assertThat(engine.proximity(new ProximityQuery("beta", "SHORT", MONDAY, MONDAY), bookings))
                .extracting(s -> s.start().toLocalTime().toString()).containsExactly("09:10", "09:20");
    }

    @Test
    void flexibility_orders_by_start_then_location() {
        List<Slot> slots = engine.flexibility(FlexibilityQuery.earliest("SHORT", MONDAY, MONDAY, 4), List.of());

        assertThat(slots).extracting(s -> s.start().toLocalTime() + " " + s.locationId())
                .containsExactly("09:00 alpha", "09:00 beta", "09:10 alpha", "09:10 beta");
    }

    @Test
    void flexibility_filters_saturdays_evenings_and_a_time_window() {
        LocalDate to = MONDAY.plusDays(6);
        assertThat(engine.flexibility(new FlexibilityQuery("SHORT", MONDAY, to, true, false, null, null, null), List.of()))
                .hasSize(6).allSatisfy(s -> assertThat(s.start().toLocalDate()).isEqualTo(SATURDAY));
        assertThat(engine.flexibility(new FlexibilityQuery("SHORT", MONDAY, to, false, true, null, null, null), List.of()))
                .hasSize(6).allSatisfy(s -> assertThat(s.evening()).isTrue());
        assertThat(engine.flexibility(new FlexibilityQuery("SHORT", MONDAY, MONDAY, false, false,
                LocalTime.of(9, 15), LocalTime.of(9, 40), null), List.of()))
                .extracting(s -> s.start().toLocalTime() + " " + s.locationId())
                .containsExactly("09:20 alpha", "09:20 beta", "09:30 alpha", "09:40 alpha");
    }

    @Test
    void check_confirms_only_an_exact_bookable_start() {
        assertThat(engine.check("alpha", "LONG", at(MONDAY, "09:30"), List.of()))
                .contains(new Slot("alpha", at(MONDAY, "09:30"), at(MONDAY, "10:00"), 2, 2, false));
        assertThat(engine.check("alpha", "LONG", at(MONDAY, "09:40"), List.of())).as("runs past the block").isEmpty();
        assertThat(engine.check("alpha", "SHORT", at(MONDAY, "09:05"), List.of())).as("off the grid").isEmpty();
        assertThat(engine.check("alpha", "SHORT", at(MONDAY, "12:00"), List.of())).as("between blocks").isEmpty();
        assertThat(engine.check("beta", "SHORT", at(MONDAY, "09:00"), List.of(booking("beta", MONDAY, "09:00", "09:10"))))
                .as("full").isEmpty();
    }

    @Test
    void day_capacity_counts_slots_desk_minutes_and_booked_desk_minutes() {
        List<ExistingBooking> bookings = List.of(
                booking("alpha", MONDAY, "09:00", "09:20"),
                booking("alpha", MONDAY, "09:50", "10:10"),
                booking("beta", MONDAY, "09:00", "09:30"));

        assertThat(engine.dayCapacity("alpha", MONDAY, bookings))
                .isEqualTo(new DayCapacity("alpha", MONDAY, 6 * 2 + 6 * 1, 60 * 2 + 60 * 1, 20 + 10));
    }

    @Test
    void spring_forward_never_offers_the_skipped_hour() {
        LocalDate springForward = LocalDate.of(2026, 3, 29);

        List<Slot> shortSlots = engine.proximity(new ProximityQuery("alpha", "SHORT", springForward, springForward), List.of());
        List<Slot> longSlots = engine.proximity(new ProximityQuery("alpha", "LONG", springForward, springForward), List.of());

        assertThat(shortSlots).extracting(s -> s.start().toLocalTime().toString()).containsExactly(
                "01:00", "01:10", "01:20", "01:30", "01:40", "01:50",
                "03:00", "03:10", "03:20", "03:30", "03:40", "03:50");
        assertThat(longSlots).extracting(s -> s.start().toLocalTime().toString())
                .containsExactly("01:00", "01:10", "01:20", "01:30", "03:00", "03:10", "03:20", "03:30");
        assertThat(engine.check("alpha", "SHORT", at(springForward, "02:30"), List.of())).isEmpty();
        assertThat(engine.dayCapacity("alpha", springForward, List.of()))
                .isEqualTo(new DayCapacity("alpha", springForward, 12, 120, 0));
    }

    @Test
    void fall_back_offers_the_repeated_hour_once_by_the_wall_clock() {
        LocalDate fallBack = LocalDate.of(2026, 10, 25);

        List<Slot> slots = engine.proximity(new ProximityQuery("alpha", "SHORT", fallBack, fallBack), List.of());

        assertThat(slots).hasSize(18).extracting(Slot::start).doesNotHaveDuplicates().isSorted();
        assertThat(slots).extracting(s -> s.start().toLocalTime().toString()).contains("02:00", "02:30", "02:50");
        assertThat(engine.dayCapacity("alpha", fallBack, List.of())).isEqualTo(new DayCapacity("alpha", fallBack, 18, 180, 0));
    }

    @Test
    void an_ordinary_sunday_offers_the_whole_block() {
        LocalDate sunday = LocalDate.of(2026, 3, 22);

        assertThat(engine.proximity(new ProximityQuery("alpha", "SHORT", sunday, sunday), List.of())).hasSize(18);
    }

    private static LocalDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time));
    }

    private static ExistingBooking booking(String location, LocalDate day, String start, String end) {
        return new ExistingBooking(location, at(day, start), at(day, end));
    }
}
