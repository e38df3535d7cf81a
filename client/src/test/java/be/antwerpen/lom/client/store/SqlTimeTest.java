package be.antwerpen.lom.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The local database's times are read and written by hand in their usual form: the stored text and what is read
 * back must be exactly what {@code java.time} writes and reads, so databases written before stay readable and sort
 * the same.
 */
class SqlTimeTest {

    @Test
    void instants_are_stored_as_java_time_writes_them_and_read_back_equal() {
        Random random = new Random(7);
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("2026-12-07T09:30:00Z"),
                Instant.parse("2026-12-07T09:30:00.120Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-06-01T12:00:00Z")));
        for (int i = 0; i < 2_000; i++) {
            instants.add(Instant.ofEpochSecond(random.nextLong(-70_000_000_000L, 260_000_000_000L),
                    i % 2 == 0 ? random.nextInt(1_000) * 1_000_000 : random.nextInt(1_000_000_000)));
        }
        for (Instant at : instants) {
            String stored = SqlTime.text(at);
            assertThat(stored).isEqualTo(at.toString());
            assertThat(SqlTime.instant(stored)).isEqualTo(at);
        }
    }

    @Test
    void wall_clock_times_written_by_java_time_are_read_back_equal() {
        Random random = new Random(8);
        for (int i = 0; i < 2_000; i++) {
            LocalDateTime time = LocalDateTime.ofEpochSecond(random.nextLong(-70_000_000_000L, 260_000_000_000L),
                    i % 3 == 0 ? 0 : random.nextInt(1_000_000_000), ZoneOffset.UTC);
            String stored = SqlTime.text(time);
            assertThat(stored).isEqualTo(time.toString());
            assertThat(SqlTime.localDateTime(stored)).isEqualTo(time);
        }
    }

    @Test
    void a_stored_text_that_is_no_time_is_refused_as_java_time_refuses_it() {
        for (String text : List.of("2026-02-30T09:30:00Z", "2026-12-07 09:30:00Z", "yesterday", "")) {
            assertThatThrownBy(() -> SqlTime.instant(text)).isInstanceOf(DateTimeParseException.class);
        }
        for (String text : List.of("2026-12-07T24:00", "2026-12-07T09:30Z", "2026-12-07", "")) {
            assertThatThrownBy(() -> SqlTime.localDateTime(text)).isInstanceOf(DateTimeParseException.class);
        }
        assertThat(SqlTime.instant(null)).isNull();
        assertThat(SqlTime.localDateTime(null)).isNull();
    }
}
