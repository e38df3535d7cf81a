package be.antwerpen.lom.client.rekey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The paper time window on the desk: the server's rule (ADR 0157), worded for the re-keying screen. */
class PaperTimeCheckTest {

    /** Monday 30 November 2026, 09:00 in Brussels. */
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final LocalDateTime NINE = LocalDateTime.of(2026, 11, 30, 9, 0);

    @Test
    void a_form_of_the_last_31_days_or_up_to_a_quarter_of_an_hour_ahead_passes() {
        assertThatCode(() -> PaperTimeCheck.requireWritten(NINE.minusDays(31), NOW)).doesNotThrowAnyException();
        assertThatCode(() -> PaperTimeCheck.requireWritten(NINE.plusMinutes(15), NOW)).doesNotThrowAnyException();
    }

    @Test
    void a_form_further_ahead_is_in_the_future_and_names_its_time() {
        assertThatThrownBy(() -> PaperTimeCheck.requireWritten(NINE.plusMinutes(16), NOW))
                .isInstanceOfSatisfying(RekeyRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("failure.rekey.timeInFuture");
                    assertThat(e.arguments()).containsExactly("30/11/2026 09:16");
                });
        assertThatThrownBy(() -> PaperTimeCheck.requireWritten(NINE.plusDays(1), NOW))
                .isInstanceOf(RekeyRefusedException.class);
    }

    @Test
    void a_form_of_more_than_31_days_ago_is_too_old() {
        assertThatThrownBy(() -> PaperTimeCheck.requireWritten(NINE.minusDays(31).minusMinutes(1), NOW))
                .isInstanceOfSatisfying(RekeyRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("failure.rekey.timeTooLongAgo");
                    assertThat(e.arguments()).containsExactly(31L);
                });
    }
}
