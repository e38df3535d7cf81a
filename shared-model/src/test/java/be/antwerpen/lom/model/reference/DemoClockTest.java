package be.antwerpen.lom.model.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DemoClockTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private final ReferenceData reference = ReferenceDataLoader.antwerpExample();

    @Test
    void a_sunday_evening_demo_runs_on_monday_morning_during_opening_hours() {
        var now = LocalDateTime.of(2026, 12, 6, 22, 13).atZone(BRUSSELS).toInstant();

        Duration offset = DemoClock.offset(now, reference, "antwerpen");
        LocalDateTime demoNow = LocalDateTime.ofInstant(DemoClock.shifted(Clock.fixed(now, BRUSSELS), offset)
                .instant(), BRUSSELS);

        assertThat(demoNow.toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 7));
        OpeningCalendar calendar = new OpeningCalendar(reference, "antwerpen");
        assertThat(calendar.blocksOn(demoNow.toLocalDate())).anySatisfy(b ->
                assertThat(demoNow.toLocalTime()).isAfterOrEqualTo(b.start()).isBefore(b.end()));
    }

    @Test
    void christmas_runs_on_the_first_open_day_after_the_holidays_and_an_open_day_on_the_real_clock() {
        var christmas = LocalDateTime.of(2026, 12, 25, 11, 0).atZone(BRUSSELS).toInstant();
        assertThat(LocalDateTime.ofInstant(christmas.plus(DemoClock.offset(christmas, reference, "antwerpen")),
                BRUSSELS).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 28));

        var monday = LocalDateTime.of(2026, 12, 7, 15, 0).atZone(BRUSSELS).toInstant();
        assertThat(DemoClock.offset(monday, reference, "antwerpen")).isZero();
    }
}
