package be.antwerpen.lom.model.appointment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.validation.DomainValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BookingWindowTest {

    private static final LocalDateTime TEN = LocalDateTime.of(2026, 12, 7, 10, 0);
    private static final Instant SERVER_NOW = TEN.atZone(BookingWindow.BRUSSELS).toInstant();

    private static Instant wallClock(LocalDateTime t) {
        return t.atZone(BookingWindow.BRUSSELS).toInstant();
    }

    @Test
    void a_slot_still_ahead_when_the_desk_booked_it_offline_is_accepted_after_it_began() {
        assertThatCode(() -> BookingWindow.requireBookable(TEN.minusMinutes(30), wallClock(TEN.minusHours(1)),
                SERVER_NOW, "start")).doesNotThrowAnyException();
    }

    @Test
    void a_slot_already_begun_when_booked_is_refused() {
        assertThatThrownBy(() -> BookingWindow.requireBookable(TEN.minusMinutes(30), SERVER_NOW, SERVER_NOW, "start"))
                .isInstanceOf(DomainValidationException.class).hasMessage("the start lies in the past");
        assertThatThrownBy(() -> BookingWindow.requireBookable(TEN.minusMinutes(30), wallClock(TEN.minusMinutes(20)),
                SERVER_NOW, "start")).hasMessage("the start lies in the past");
    }

    @Test
    void a_device_clock_is_believed_at_most_the_offline_limit_back_and_never_ahead_of_the_server() {
        LocalDateTime fortyDaysAgo = TEN.minusDays(40);
        assertThatThrownBy(() -> BookingWindow.requireBookable(fortyDaysAgo.plusHours(1), wallClock(fortyDaysAgo),
                SERVER_NOW, "start")).hasMessage("the start lies in the past");
        assertThatThrownBy(() -> BookingWindow.requireBookable(TEN.minusMinutes(10),
                SERVER_NOW.plus(Duration.ofDays(1)), SERVER_NOW, "start")).hasMessage("the start lies in the past");
    }

    @Test
    void year_0_year_9999_and_more_than_366_days_ahead_are_refused() {
        for (LocalDateTime start : new LocalDateTime[] {LocalDateTime.of(0, 1, 6, 9, 0),
                LocalDateTime.of(9999, 12, 31, 9, 0), TEN.plusDays(367)}) {
            assertThatThrownBy(() -> BookingWindow.requireBookable(start, SERVER_NOW, SERVER_NOW, "start"))
                    .isInstanceOf(DomainValidationException.class)
                    .extracting(e -> ((DomainValidationException) e).field()).isEqualTo("start");
        }
        assertThatCode(() -> BookingWindow.requireBookable(TEN.plusDays(366), SERVER_NOW, SERVER_NOW, "start"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_walk_in_happened_within_the_offline_limit_and_not_far_ahead() {
        assertThatCode(() -> BookingWindow.requireHappened(TEN.minusDays(3), SERVER_NOW, "arrivedAt"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> BookingWindow.requireHappened(LocalDateTime.of(9999, 1, 1, 9, 0), SERVER_NOW,
                "arrivedAt")).hasMessage("arrivedAt lies in the future");
        assertThatThrownBy(() -> BookingWindow.requireHappened(LocalDateTime.of(0, 1, 1, 9, 0), SERVER_NOW,
                "arrivedAt")).hasMessage("arrivedAt lies more than 31 days back");
    }

    @Test
    void a_time_written_on_paper_lies_at_most_a_quarter_of_an_hour_ahead_where_a_desks_walk_in_may_lie_a_day() {
        assertThatCode(() -> BookingWindow.requireWrittenOnPaper(TEN.plusMinutes(15), SERVER_NOW, "paperTime"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> BookingWindow.requireWrittenOnPaper(TEN.plusMinutes(16), SERVER_NOW, "paperTime"))
                .hasMessage("paperTime lies in the future");
        assertThatCode(() -> BookingWindow.requireHappened(TEN.plusMinutes(16), SERVER_NOW, "arrivedAt"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> BookingWindow.requireWrittenOnPaper(TEN.minusDays(31).minusMinutes(1), SERVER_NOW,
                "paperTime")).hasMessage("paperTime lies more than 31 days back");
    }
}
