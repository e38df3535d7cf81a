package be.antwerpen.lom.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The test fixture's open mornings skip the weeks a holiday closes (contract tests booked on 25 December). */
class FixtureTest {

    @Test
    void weeks_ahead_skip_christmas_and_new_year_and_stay_on_the_weekday_and_time() {
        LocalDateTime friday = LocalDateTime.of(2026, 12, 18, 9, 0);

        assertThat(Fixture.openWeek("antwerpen", friday, 0)).isEqualTo(friday);
        assertThat(Fixture.openWeek("antwerpen", friday, 1)).isEqualTo(LocalDateTime.of(2027, 1, 8, 9, 0));
        assertThat(Fixture.openWeek("antwerpen", friday, 2)).isEqualTo(LocalDateTime.of(2027, 1, 15, 9, 0));
    }

    @Test
    void weeks_ahead_skip_easter_monday() {
        LocalDateTime monday = LocalDateTime.of(2027, 3, 22, 9, 0);

        assertThat(Fixture.openWeek("antwerpen", monday, 1)).isEqualTo(LocalDateTime.of(2027, 4, 5, 9, 0));
    }
}
