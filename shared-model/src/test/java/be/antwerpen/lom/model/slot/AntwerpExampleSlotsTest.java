package be.antwerpen.lom.model.slot;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine on the shipped Antwerp example data. */
class AntwerpExampleSlotsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate EASTER_MONDAY = LocalDate.of(2026, 4, 6);
    private static final Set<String> REGIO = Set.of("antwerpen", "deurne", "merksem", "wilrijk");

    private final ReferenceData data = ReferenceDataLoader.antwerpExample();
    private final SlotEngine engine = new SlotEngine(data);

    @Test
    void easter_monday_has_no_slots_anywhere() {
        assertThat(engine.flexibility(FlexibilityQuery.earliest("EID_APPLY", EASTER_MONDAY, EASTER_MONDAY, 1000), List.of()))
                .isEmpty();
        assertThat(engine.flexibility(FlexibilityQuery.earliest("EID_APPLY", EASTER_MONDAY, EASTER_MONDAY.plusDays(1), 1),
                List.of()))
                .as("the next day is open").isNotEmpty();
    }

    @Test
    void saturdays_are_served_by_the_regional_counters_only() {
        List<Slot> slots = engine.flexibility(
                new FlexibilityQuery("PASSPORT", MONDAY, MONDAY.plusWeeks(4), true, false, null, null, null), List.of());

        assertThat(slots).isNotEmpty()
                .allSatisfy(s -> assertThat(s.start().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY))
                .extracting(Slot::locationId).containsOnlyElementsOf(REGIO);
        assertThat(slots).extracting(Slot::locationId).containsAll(REGIO);
    }

    @Test
    void a_city_counter_serves_on_its_two_days_with_one_evening() {
        List<Slot> slots = engine.proximity(new ProximityQuery("berchem", "EID_APPLY", MONDAY, MONDAY.plusDays(6)), List.of());

        assertThat(slots).extracting(s -> s.start().getDayOfWeek()).containsOnly(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);
        assertThat(slots).filteredOn(Slot::evening).extracting(s -> s.start().getDayOfWeek())
                .containsOnly(DayOfWeek.TUESDAY);
    }

    @Test
    void evening_slots_start_in_the_evening_at_two_regional_evenings_a_week_each() {
        List<Slot> slots = engine.flexibility(
                new FlexibilityQuery("EID_ACTIVATE", MONDAY, MONDAY.plusDays(6), false, true, null, null, null), List.of());

        assertThat(slots).allSatisfy(s -> assertThat(s.start().toLocalTime()).isAfterOrEqualTo(LocalTime.of(16, 0)));
        for (String id : REGIO) {
            assertThat(slots.stream().filter(s -> s.locationId().equals(id)).map(s -> s.start().getDayOfWeek()).distinct())
                    .as(id).hasSize(2);
        }
    }

    @Test
    void the_marriage_file_is_only_offered_at_regional_counters() {
        assertThat(engine.flexibility(FlexibilityQuery.earliest("MARRIAGE_FILE", MONDAY, MONDAY.plusWeeks(2), 5000), List.of()))
                .isNotEmpty().extracting(Slot::locationId).containsOnlyElementsOf(REGIO);
        assertThat(engine.proximity(new ProximityQuery("hoboken", "MARRIAGE_FILE", MONDAY, MONDAY.plusWeeks(2)), List.of()))
                .isEmpty();
    }

    @Test
    void a_regional_evening_day_has_the_expected_capacity() {
        LocalDate tuesday = MONDAY.plusDays(1);

        DayCapacity capacity = engine.dayCapacity("antwerpen", tuesday, List.of());

        // 08:30-12:30 x 8 desks, 13:30-16:30 x 6 desks, 16:30-19:30 evening x 5 desks
        assertThat(capacity).isEqualTo(new DayCapacity("antwerpen", tuesday, 24 * 8 + 18 * 6 + 18 * 5,
                240 * 8 + 180 * 6 + 180 * 5, 0));
        assertThat(engine.dayCapacity("antwerpen", tuesday.plusDays(5), List.of()).slots())
                .as("Sunday").isZero();
    }
}
