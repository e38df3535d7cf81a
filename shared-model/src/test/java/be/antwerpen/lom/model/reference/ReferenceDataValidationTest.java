package be.antwerpen.lom.model.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** A broken entry in a reference data file gives a message that names it, never a Jackson trace. */
class ReferenceDataValidationTest {

    @Test
    void a_duration_off_the_slot_grid_names_the_product() {
        assertRejected(tree -> product(tree, 3).put("durationMinutes", 25))
                .hasMessage("products[3] (code PASSPORT): durationMinutes must be a multiple of slotMinutes (10), was 25")
                .satisfies(e -> assertThat(((ReferenceDataException) e).field()).isEqualTo("products[3] (code PASSPORT)"));
    }

    @Test
    void a_record_rule_broken_inside_an_entry_names_the_entry_and_the_rule() {
        assertRejected(tree -> product(tree, 0).put("durationMinutes", 0))
                .hasMessage("products[0] (code EID_APPLY): durationMinutes must be greater than zero");
    }

    @Test
    void an_opening_block_ending_before_it_starts_names_schedule_and_block() {
        assertRejected(tree -> block(tree, 1, 0).put("end", "08:00"))
                .hasMessage("schedules[1] (locationId deurne).blocks[0]: an opening block must end after it starts");
    }

    @Test
    void overlapping_blocks_name_the_schedule() {
        assertRejected(tree -> block(tree, 0, 1).put("start", "12:00"))
                .hasMessageStartingWith("schedules[0] (locationId antwerpen): opening blocks of antwerpen overlap");
    }

    @Test
    void an_unknown_weekday_names_the_field_and_the_accepted_values() {
        assertRejected(tree -> block(tree, 2, 0).put("day", "MAANDAG"))
                .hasMessageStartingWith("schedules[2] (locationId merksem).blocks[0].day: 'MAANDAG' is not one of [MONDAY");
    }

    @Test
    void a_misspelt_field_is_rejected_not_ignored() {
        assertRejected(tree -> product(tree, 4).set("checklst", product(tree, 4).remove("checklist")))
                .hasMessage("products[4] (code PASSPORT_URGENT): unknown field 'checklst'");
    }

    @Test
    void a_missing_number_is_reported_as_required() {
        assertRejected(tree -> product(tree, 4).remove("durationMinutes"))
                .hasMessage("products[4] (code PASSPORT_URGENT): durationMinutes is required");
    }

    @Test
    void a_schedule_for_an_unknown_location_is_named() {
        assertRejected(tree -> ((ObjectNode) tree.withArray("schedules").get(5)).put("locationId", "zurenborg"))
                .hasMessage("schedules[5] (locationId zurenborg): refers to unknown location 'zurenborg'");
    }

    @Test
    void a_location_without_schedule_is_named() {
        assertRejected(tree -> tree.withArray("schedules").remove(9))
                .hasMessage("locations[9] (id hoboken): has no opening schedule");
    }

    @Test
    void duplicate_product_codes_are_named() {
        assertRejected(tree -> product(tree, 2).put("code", "EID_APPLY"))
                .hasMessage("products[2] (code EID_APPLY): duplicate product code");
    }

    @Test
    void duplicate_location_ids_are_named() {
        assertRejected(tree -> ((ObjectNode) tree.withArray("locations").get(1)).put("id", "antwerpen"))
                .hasMessage("locations[1] (id antwerpen): duplicate location id");
    }

    @Test
    void a_closure_of_an_unknown_location_is_named() {
        assertRejected(tree -> ((ObjectNode) tree.withArray("closures").get(2)).put("locationId", "zurenborg"))
                .hasMessage("closures[2]: refers to unknown location 'zurenborg'");
    }

    @Test
    void a_regional_counter_with_a_third_evening_breaks_the_opening_rules() {
        assertRejected(tree -> block(tree, 0, 0).put("evening", true))
                .hasMessage("schedules[0] (locationId antwerpen): a regional counter has exactly 2 evening openings a week, found 3");
    }

    @Test
    void a_regional_counter_open_on_sunday_breaks_the_opening_rules() {
        assertRejected(tree -> blocks(tree, 3).addObject()
                .put("day", "SUNDAY").put("start", "10:00").put("end", "12:00").put("desks", 2).put("evening", false))
                .hasMessage("schedules[3] (locationId wilrijk): a regional counter is closed on Sunday");
    }

    @Test
    void a_city_counter_open_three_days_breaks_the_opening_rules() {
        assertRejected(tree -> blocks(tree, 4).addObject()
                .put("day", "SATURDAY").put("start", "09:00").put("end", "12:00").put("desks", 2).put("evening", false))
                .hasMessage("schedules[4] (locationId berendrecht): a city counter opens exactly 2 days a week, found 3");
    }

    @Test
    void a_block_off_the_slot_grid_is_named() {
        assertRejected(tree -> block(tree, 6, 0).put("start", "09:05"))
                .hasMessage("schedules[6] (locationId borgerhout): opening block MONDAY 09:05-12:30 must start and end "
                        + "on the 10-minute slot grid");
    }

    @Test
    void a_missing_required_field_is_named() {
        assertRejected(tree -> ((ObjectNode) tree.withArray("locations").get(0)).remove("kind"))
                .hasMessage("locations[0] (id antwerpen): kind is required");
    }

    @Test
    void a_bad_public_holiday_range_is_named() {
        assertRejected(tree -> tree.putObject("publicHolidays").put("fromYear", 2028).put("toYear", 2026))
                .hasMessage("publicHolidays: toYear must not be before fromYear");
    }

    @Test
    void a_bad_top_level_value_is_named() {
        assertRejected(tree -> tree.put("slotMinutes", 7))
                .hasMessage("slotMinutes: slotMinutes must divide a day (e.g. 5, 10, 15), was 7");
    }

    private static ObjectNode product(ObjectNode tree, int index) {
        return (ObjectNode) tree.withArray("products").get(index);
    }

    private static ArrayNode blocks(ObjectNode tree, int schedule) {
        return (ArrayNode) tree.withArray("schedules").get(schedule).get("blocks");
    }

    private static ObjectNode block(ObjectNode tree, int schedule, int block) {
        return (ObjectNode) blocks(tree, schedule).get(block);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(Consumer<ObjectNode> breakIt) {
        ObjectNode tree = ReferenceDataJson.exampleTree();
        breakIt.accept(tree);
        byte[] json = ReferenceDataJson.text(tree).getBytes(StandardCharsets.UTF_8);
        return assertThatThrownBy(() -> new ReferenceDataLoader().fromStream(new ByteArrayInputStream(json)))
                .isInstanceOf(ReferenceDataException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("com.fasterxml", "Exception", "\n"));
    }
}
