package be.antwerpen.lom.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Stored wall-clock text is written and read exactly as the formatter does, by hand or not. */
class WallClockTest {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Test
    void times_are_written_and_read_as_the_formatter_writes_and_reads_them() {
        Random random = new Random(16);
        LocalDateTime first = LocalDateTime.of(1, 1, 1, 0, 0);
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime time = first.plusSeconds(random.nextLong(0, 315_537_897_599L)).plusNanos(random.nextInt(3));
            String text = WallClock.text(time);
            assertThat(text).isEqualTo(FORMAT.format(time));
            assertThat(WallClock.parse(text)).isEqualTo(LocalDateTime.parse(text, FORMAT))
                    .isEqualTo(time.truncatedTo(ChronoUnit.SECONDS));
        }
        assertThat(WallClock.text(LocalDateTime.of(2026, 12, 7, 9, 30))).isEqualTo("2026-12-07T09:30:00");
        assertThat(WallClock.text(null)).isNull();
        assertThat(WallClock.parse(null)).isNull();
    }

    @Test
    void years_outside_one_to_9999_and_other_text_go_to_the_formatter_with_its_answer() {
        for (LocalDateTime far : List.of(LocalDateTime.of(0, 5, 1, 8, 0), LocalDateTime.of(10_000, 1, 1, 0, 0),
                LocalDateTime.of(-3, 1, 1, 0, 0))) {
            assertThat(WallClock.text(far)).isEqualTo(FORMAT.format(far));
        }
        for (String bad : List.of("2026-02-30T09:30:00", "2026-12-07T24:00:00", "2026-12-07 09:30:00",
                "2026-12-07T09:30", "2026-1a-07T09:30:00", "0000-12-07T09:30:00", "")) {
            LocalDateTime formatters = null;
            Throwable formatterRefusal = catchThrowable(() -> LocalDateTime.parse(bad, FORMAT));
            if (formatterRefusal == null) {
                formatters = LocalDateTime.parse(bad, FORMAT);
            }
            LocalDateTime[] read = new LocalDateTime[1];
            Throwable refusal = catchThrowable(() -> read[0] = WallClock.parse(bad));
            assertThat(read[0]).as(bad).isEqualTo(formatters);
            if (formatterRefusal == null) {
                assertThat(refusal).as(bad).isNull();
            } else {
                assertThat(refusal).as(bad).isInstanceOf(DateTimeParseException.class)
                        .hasMessage(formatterRefusal.getMessage());
            }
        }
        // the formatter's lenient day-of-month (February 30 is read as the 28th) is kept
        assertThat(WallClock.parse("2026-02-30T09:30:00")).isEqualTo(LocalDateTime.of(2026, 2, 28, 9, 30));
    }
}
