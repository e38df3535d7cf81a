package be.antwerpen.lom.model.reference;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.location.OpeningBlock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OpeningCalendarTest {

    private final ReferenceData reference = ReferenceDataLoader.antwerpExample();
    private final OpeningCalendar antwerpen = new OpeningCalendar(reference, "antwerpen");

    @Test
    void a_sunday_is_closed_and_the_next_opening_is_monday_with_its_hours() {
        LocalDate sunday = LocalDate.of(2026, 12, 6);

        assertThat(antwerpen.openOn(sunday)).isFalse();
        assertThat(antwerpen.closure(sunday)).as("a weekday without blocks is no closure").isEmpty();
        OpeningCalendar.OpenDay next = antwerpen.nextOpenDayAfter(sunday).orElseThrow();
        assertThat(next.date()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(next.blocks()).isNotEmpty().allSatisfy(b -> assertThat(b.day()).isEqualTo(next.date().getDayOfWeek()));
    }

    @Test
    void christmas_is_a_public_holiday_from_the_reference_data_and_the_city_holiday_after_it_too() {
        LocalDate christmas = LocalDate.of(2026, 12, 25); // a Friday, normally open

        assertThat(antwerpen.openOn(christmas)).isFalse();
        assertThat(antwerpen.closure(christmas)).isPresent();
        assertThat(antwerpen.openOn(LocalDate.of(2026, 12, 26))).as("city holiday").isFalse();
        assertThat(antwerpen.nextOpenDayFrom(christmas).orElseThrow().date())
                .as("Saturday the 26th is a city holiday, Sunday closed").isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void an_open_day_is_its_own_next_opening() {
        LocalDate monday = LocalDate.of(2026, 12, 7);

        assertThat(antwerpen.openOn(monday)).isTrue();
        assertThat(antwerpen.nextOpenDayFrom(monday).orElseThrow().date()).isEqualTo(monday);
        assertThat(antwerpen.blocksOn(monday)).extracting(OpeningBlock::start).isSorted();
    }

    @Test
    void an_unknown_location_never_opens() {
        assertThat(new OpeningCalendar(reference, "nergens").nextOpenDayFrom(LocalDate.of(2026, 12, 7))).isEmpty();
    }
}
