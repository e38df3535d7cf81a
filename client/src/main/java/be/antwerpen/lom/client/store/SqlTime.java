package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.json.IsoTimeText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * How times are written in the local database: ISO-8601 text, which sorts like the time itself. The usual forms
 * are read and written by hand ({@link IsoTimeText}, to the very same text), the rest by {@code java.time}.
 */
final class SqlTime {

    private SqlTime() {
    }

    static String text(LocalDateTime time) {
        return time == null ? null : time.toString();
    }

    static String text(Instant time) {
        return time == null ? null : IsoTimeText.utcText(time);
    }

    static LocalDateTime localDateTime(String text) {
        if (text == null) {
            return null;
        }
        LocalDateTime fast = IsoTimeText.localDateTime(text, false);
        return fast != null ? fast : LocalDateTime.parse(text);
    }

    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        Instant fast = IsoTimeText.utcInstant(text);
        return fast != null ? fast : Instant.parse(text);
    }

    /** The first instant of {@code day} as stored text (inclusive lower bound). */
    static String dayStart(LocalDate day) {
        return day.atStartOfDay().toString();
    }
}
