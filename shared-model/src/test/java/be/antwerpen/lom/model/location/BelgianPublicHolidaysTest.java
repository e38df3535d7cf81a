package be.antwerpen.lom.model.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.validation.DomainValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BelgianPublicHolidaysTest {

    @Test
    void easter_sunday_matches_the_published_dates() {
        assertThat(BelgianPublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(BelgianPublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(BelgianPublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(BelgianPublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(BelgianPublicHolidays.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
        assertThat(BelgianPublicHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(BelgianPublicHolidays.easterSunday(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
    }

    @Test
    void the_2026_holidays_are_the_ten_legal_ones() {
        assertThat(BelgianPublicHolidays.closuresFor(2026)).extracting(Closure::from).containsExactly(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 7, 21),
                LocalDate.of(2026, 8, 15),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 11),
                LocalDate.of(2026, 12, 25));
    }

    @Test
    void holidays_close_every_location_for_one_day_as_public_holiday() {
        assertThat(BelgianPublicHolidays.closuresFor(2027)).allSatisfy(closure -> {
            assertThat(closure.locationId()).isNull();
            assertThat(closure.to()).isEqualTo(closure.from());
            assertThat(closure.reason()).isEqualTo(ClosureReason.PUBLIC_HOLIDAY);
            assertThat(closure.description()).isNotBlank();
        });
        assertThat(BelgianPublicHolidays.closuresFor(2027)).extracting(Closure::description)
                .contains("Paasmaandag", "O.L.H. Hemelvaart", "Pinkstermaandag", "Kerstmis");
    }

    @Test
    void ascension_can_fall_on_labour_day_and_both_stay_listed() {
        assertThat(BelgianPublicHolidays.closuresFor(2008)).extracting(Closure::from)
                .filteredOn(day -> day.equals(LocalDate.of(2008, 5, 1))).hasSize(2);
    }

    @Test
    void a_range_of_years_holds_ten_holidays_per_year() {
        assertThat(BelgianPublicHolidays.closuresFor(2026, 2028)).hasSize(30);
    }

    @Test
    void years_outside_the_supported_range_are_rejected() {
        assertThatThrownBy(() -> BelgianPublicHolidays.easterSunday(1200))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("year must be between");
        assertThatThrownBy(() -> BelgianPublicHolidays.closuresFor(2028, 2026))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("toYear");
    }

    @Property
    void easter_is_a_sunday_between_22_march_and_25_april(@ForAll @IntRange(min = 1900, max = 2199) int year) {
        LocalDate easter = BelgianPublicHolidays.easterSunday(year);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(MonthDay.from(easter)).isBetween(MonthDay.of(3, 22), MonthDay.of(4, 25));
    }

    @Property
    void moveable_feasts_fall_on_their_weekdays(@ForAll @IntRange(min = 1900, max = 2199) int year) {
        List<Closure> holidays = BelgianPublicHolidays.closuresFor(year);
        assertThat(holidays).hasSize(10).extracting(Closure::from).isSorted();
        assertThat(holidays).filteredOn(c -> c.description().equals("Paasmaandag"))
                .singleElement().satisfies(c -> assertThat(c.from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(holidays).filteredOn(c -> c.description().equals("Pinkstermaandag"))
                .singleElement().satisfies(c -> assertThat(c.from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(holidays).filteredOn(c -> c.description().equals("O.L.H. Hemelvaart"))
                .singleElement().satisfies(c -> assertThat(c.from().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY));
    }
}
