package be.antwerpen.lom.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import be.antwerpen.lom.model.validation.DomainValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast time readers read every text exactly as the protocol's standard readers do, and the fast writers write
 * exactly the standard writers' text.
 */
class FastWireTimesTest {

    private final ObjectMapper standard = WireJson.standardMapper();
    private final ObjectMapper fast = WireJson.newMapper();

    record Stamp(Instant at) {
    }

    record WallClock(LocalDateTime start) {
    }

    @Test
    void instants_written_as_desks_write_them_are_read_the_same() throws Exception {
        Random random = new Random(16);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_799L), random.nextInt(1_000_000_000));
            texts.add(at.toString());
            texts.add(DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(at.toEpochMilli())));
            texts.add(Instant.ofEpochSecond(at.getEpochSecond()).toString());
        }
        for (String text : texts) {
            assertThat(IsoTimeText.utcInstant(text)).as(text).isEqualTo(Instant.parse(text));
            assertThat(fast.readValue(json("at", text), Stamp.class)).as(text)
                    .isEqualTo(standard.readValue(json("at", text), Stamp.class));
        }
    }

    @Test
    void wall_clock_times_written_as_desks_write_them_are_read_the_same() throws Exception {
        for (String text : List.of("2026-12-07T09:30", "2026-12-07T09:30:00", "2026-12-07T09:30:05.5",
                "2026-02-28T23:50:59.123456789", "2028-02-29T00:00", "0001-01-01T00:00")) {
            assertThat(IsoTimeText.localDateTime(text, false)).as(text).isNotNull();
            assertThat(fast.readValue(json("start", text), WallClock.class)).as(text)
                    .isEqualTo(standard.readValue(json("start", text), WallClock.class));
        }
    }

    record Day(LocalDate day) {
    }

    @Test
    void times_outside_the_years_1_to_9999_are_refused_naming_their_field() throws Exception {
        List<String> bodies = List.of(json("at", "+12026-12-07T09:30:00Z"), json("at", "+999999999-12-31T00:00:00Z"),
                json("at", "-1000000000-01-01T00:00:00Z"), json("at", "0000-12-31T23:59:59Z"),
                "{\"at\":-99999999999999}");
        for (String body : bodies) {
            assertThat(standard.readValue(body, Stamp.class).at()).as("java.time reads it").isNotNull();
            assertThat(catchThrowable(() -> fast.readValue(body, Stamp.class))).as(body)
                    .hasRootCauseInstanceOf(DomainValidationException.class)
                    .rootCause().hasMessage("at must lie between the years 1 and 9999");
        }
        for (String body : List.of(json("start", "+10000-01-01T00:00"), json("start", "0000-06-01T09:00"))) {
            assertThat(catchThrowable(() -> fast.readValue(body, WallClock.class))).as(body)
                    .hasRootCauseInstanceOf(DomainValidationException.class);
        }
        assertThat(catchThrowable(() -> fast.readValue(json("day", "+999999999-12-31"), Day.class)))
                .hasRootCauseInstanceOf(DomainValidationException.class);
    }

    @Test
    void the_first_and_last_moments_of_the_range_are_read() throws Exception {
        assertThat(fast.readValue(json("at", "0001-01-01T00:00:00Z"), Stamp.class).at())
                .isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
        assertThat(fast.readValue(json("at", "9999-12-31T23:59:59.999Z"), Stamp.class).at())
                .isEqualTo(Instant.parse("9999-12-31T23:59:59.999Z"));
        assertThat(fast.readValue(json("day", "9999-12-31"), Day.class).day()).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(fast.readValue(json("start", "9999-12-31T23:59"), WallClock.class).start())
                .isEqualTo(LocalDateTime.of(9999, 12, 31, 23, 59));
    }

    @Test
    void every_other_text_goes_to_the_standard_readers_which_accept_or_refuse_it_as_before() throws Exception {
        List<String> instants = List.of("2026-12-07T09:30:00+01:00", "2026-12-07T09:30:00z", "2026-12-07T09:30Z",
                "2026-12-07T09:30:00.Z", "2026-12-07T09:30:00.1234567891Z", "2026-02-30T09:30:00Z",
                "2026-12-07T24:00:00Z", "2016-12-31T23:59:60Z", " 2026-12-07T09:30:00Z",
                "2026-12-07 09:30:00Z", "1765099800", "", "not a time", "2026-1２-07T09:30:00Z");
        for (String text : instants) {
            assertThat(IsoTimeText.utcInstant(text)).as(text).isNull();
            sameOutcome(json("at", text), Stamp.class);
        }
        sameOutcome("{\"at\":1765099800}", Stamp.class);
        sameOutcome("{\"at\":1765099800.5}", Stamp.class);
        List<String> wallClocks = List.of("2026-12-07T09:30Z", "2026-12-07T09:30+01:00", "2026-12-07T09:30:00Z",
                "2026-12-07T9:30", "2026-12-07T09:30:0", "2026-02-30T09:30", " 2026-12-07T09:30 ", "2026-12-07",
                "2026-12-07T09:30:00.", "2026-12-07T24:00", "");
        for (String text : wallClocks) {
            assertThat(IsoTimeText.localDateTime(text, false)).as(text).isNull();
            sameOutcome(json("start", text), WallClock.class);
        }
        sameOutcome("{\"start\":12}", WallClock.class);
    }

    @Test
    void instants_are_written_as_the_standard_writer_writes_them_in_every_year_and_fraction() throws Exception {
        Random random = new Random(17);
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.MIN, Instant.MAX,
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("0000-01-01T00:00:00Z").minusNanos(1), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("2026-12-07T09:30:00.100Z"), Instant.parse("2026-12-07T09:30:00.000100Z"),
                Instant.parse("2026-12-07T09:30:00.000000100Z"), Instant.parse("2028-02-29T23:59:59.5Z")));
        for (int i = 0; i < 3_000; i++) {
            long second = random.nextLong(-70_000_000_000L, 260_000_000_000L);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(second, nano));
        }
        for (Instant at : instants) {
            assertThat(IsoTimeText.utcText(at)).isEqualTo(at.toString());
            assertThat(fast.writeValueAsString(new Stamp(at))).isEqualTo(standard.writeValueAsString(new Stamp(at)));
        }
    }

    @Test
    void wall_clock_times_are_written_as_the_standard_writer_writes_them_seconds_always() throws Exception {
        Random random = new Random(18);
        List<LocalDateTime> times = new ArrayList<>(List.of(LocalDateTime.of(2026, 12, 7, 9, 30),
                LocalDateTime.of(2026, 12, 7, 9, 30, 5, 500_000_000), LocalDateTime.of(0, 1, 1, 0, 0),
                LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999), LocalDateTime.of(-1, 12, 31, 23, 59),
                LocalDateTime.of(10_000, 1, 1, 0, 0, 1, 10), LocalDateTime.MIN, LocalDateTime.MAX));
        for (int i = 0; i < 3_000; i++) {
            LocalDateTime time = LocalDateTime.ofEpochSecond(random.nextLong(-70_000_000_000L, 260_000_000_000L),
                    i % 3 == 0 ? 0 : random.nextInt(1_000_000_000) / (int) Math.pow(10, i % 9) * (int) Math.pow(10, i % 9),
                    ZoneOffset.UTC);
            times.add(time);
        }
        for (LocalDateTime time : times) {
            assertThat(IsoTimeText.isoText(time)).isEqualTo(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time));
            assertThat(fast.writeValueAsString(new WallClock(time)))
                    .isEqualTo(standard.writeValueAsString(new WallClock(time)));
        }
    }

    private void sameOutcome(String body, Class<?> type) {
        Object[] standardResult = new Object[1];
        Throwable standardFailure = catchThrowable(() -> standardResult[0] = standard.readValue(body, type));
        Object[] fastResult = new Object[1];
        Throwable fastFailure = catchThrowable(() -> fastResult[0] = fast.readValue(body, type));
        assertThat(fastResult[0]).as(body).isEqualTo(standardResult[0]);
        if (standardFailure == null) {
            assertThat(fastFailure).as(body).isNull();
        } else {
            assertThat(fastFailure).as(body).isNotNull().hasSameClassAs(standardFailure)
                    .hasMessage(standardFailure.getMessage());
        }
    }

    private static String json(String field, String text) {
        return "{\"" + field + "\":\"" + text + "\"}";
    }
}
