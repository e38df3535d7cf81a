package be.antwerpen.lom.client.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** How times are written in the local database: ISO-8601 text, which sorts like the time itself. */
final class SqlTime {

    private SqlTime() {
    }

    static String text(LocalDateTime time) {
        return time == null ? null : time.toString();
    }

    static String text(Instant time) {
        return time == null ? null : time.toString();
    }

    static LocalDateTime localDateTime(String text) {
        return text == null ? null : LocalDateTime.parse(text);
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /** The first instant of {@code day} as stored text (inclusive lower bound). */
    static String dayStart(LocalDate day) {
        return day.atStartOfDay().toString();
    }
}
