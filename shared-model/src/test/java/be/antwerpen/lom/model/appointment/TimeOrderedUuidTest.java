package be.antwerpen.lom.model.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidTest {

    private static final Instant T0 = Instant.parse("2026-11-28T08:30:00.123Z");

    @Test
    void ids_are_version_7_with_the_rfc_variant() {
        TimeOrderedUuid ids = new TimeOrderedUuid(Clock.fixed(T0, ZoneOffset.UTC));

        for (int i = 0; i < 1000; i++) {
            UUID id = ids.next();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        }
    }

    @Test
    void the_creation_millisecond_round_trips() {
        TimeOrderedUuid ids = new TimeOrderedUuid(Clock.fixed(T0, ZoneOffset.UTC));

        assertThat(TimeOrderedUuid.millisOf(ids.next())).isEqualTo(T0.toEpochMilli());
    }

    @Test
    void the_millisecond_is_in_the_first_48_bits_as_the_rfc_lays_it_out() {
        UUID id = new TimeOrderedUuid(Clock.fixed(T0, ZoneOffset.UTC)).next();

        String hex = id.toString().replace("-", "");
        assertThat(Long.parseLong(hex.substring(0, 12), 16)).isEqualTo(T0.toEpochMilli());
        assertThat(hex.charAt(12)).isEqualTo('7');
    }

    @Test
    void ids_made_in_later_milliseconds_sort_after_earlier_ones() {
        MutableClock clock = new MutableClock(T0);
        TimeOrderedUuid ids = new TimeOrderedUuid(clock);
        List<UUID> made = new ArrayList<>();

        for (int i = 0; i < 2000; i++) {
            made.add(ids.next());
            clock.advance(Duration.ofMillis(1 + i % 3));
        }

        for (int i = 1; i < made.size(); i++) {
            assertThat(made.get(i)).isGreaterThan(made.get(i - 1));
            assertThat(made.get(i).toString()).isGreaterThan(made.get(i - 1).toString());
            assertThat(TimeOrderedUuid.millisOf(made.get(i))).isGreaterThan(TimeOrderedUuid.millisOf(made.get(i - 1)));
        }
    }

    @Test
    void ids_in_the_same_millisecond_are_still_unique() {
        TimeOrderedUuid ids = new TimeOrderedUuid(Clock.fixed(T0, ZoneOffset.UTC), new SecureRandom());
        List<UUID> made = new ArrayList<>();

        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
        }

        assertThat(made).doesNotHaveDuplicates();
        assertThat(made).allSatisfy(id -> assertThat(TimeOrderedUuid.millisOf(id)).isEqualTo(T0.toEpochMilli()));
    }

    /** A clock the test moves forward by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("fixed zone");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
