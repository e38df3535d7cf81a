package be.antwerpen.lom.server.http;

import be.antwerpen.lom.model.json.WallClockTimeDeserializer;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the protocol's times in their usual written form without {@code java.time.format} (which
 * took a tenth of a push's CPU: every command carries a {@code deviceTime}): {@code
 * 2026-12-07T09:30:00.123Z} for an {@link Instant}, {@code 2026-12-07T09:30[:00[.0]]} for a
 * Brussels wall-clock {@link LocalDateTime}. Anything else (an offset, a leap second, a number, a
 * year past 9999, a time with a zone where none belongs) goes to the standard readers, which
 * accept or refuse it exactly as before.
 */
public final class FastWireTimes {

    private FastWireTimes() {
    }

    /** Adds the fast readers to {@code mapper} (over the standard ones) and returns it. */
    public static ObjectMapper install(ObjectMapper mapper) {
        return mapper.registerModule(new SimpleModule("fast-wire-times")
                .addDeserializer(Instant.class, new Instants())
                .addDeserializer(LocalDateTime.class, new WallClockTimes()));
    }

    /** An instant written {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or {@code null} for any other text. */
    static Instant instant(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(n - 1) != 'Z') {
            return null;
        }
        LocalDateTime time = dateTime(text, 0, n - 1, true);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    /** A wall-clock time written {@code yyyy-MM-ddTHH:mm[:ss[.f{1,9}]]}, or {@code null} for any other text. */
    static LocalDateTime wallClock(String text) {
        return dateTime(text, 0, text.length(), false);
    }

    private static LocalDateTime dateTime(String s, int from, int to, boolean secondsRequired) {
        int length = to - from;
        if (length < 16 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-' || s.charAt(from + 10) != 'T'
                || s.charAt(from + 13) != ':') {
            return null;
        }
        int year = digits(s, from, 4);
        int month = digits(s, from + 5, 2);
        int day = digits(s, from + 8, 2);
        int hour = digits(s, from + 11, 2);
        int minute = digits(s, from + 14, 2);
        int second = 0;
        int nano = 0;
        if (length == 16) {
            if (secondsRequired) {
                return null;
            }
        } else {
            if (length < 19 || s.charAt(from + 16) != ':') {
                return null;
            }
            second = digits(s, from + 17, 2);
            if (length > 19) {
                int fraction = length - 20;
                if (s.charAt(from + 19) != '.' || fraction < 1 || fraction > 9) {
                    return null;
                }
                nano = digits(s, from + 20, fraction);
                for (int i = fraction; i < 9; i++) {
                    nano *= 10;
                }
            }
        }
        if ((year | month | day | hour | minute | second | nano) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nano);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The number written by {@code count} ASCII digits at {@code at}, or -1. */
    private static int digits(String s, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static final class Instants extends StdScalarDeserializer<Instant> {
        private final JsonDeserializer<Instant> standard = InstantDeserializer.INSTANT;

        Instants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                Instant fast = instant(p.getText());
                if (fast != null) {
                    return fast;
                }
            }
            return standard.deserialize(p, ctx);
        }
    }

    private static final class WallClockTimes extends StdScalarDeserializer<LocalDateTime> {
        private final WallClockTimeDeserializer standard = new WallClockTimeDeserializer();

        WallClockTimes() {
            super(LocalDateTime.class);
        }

        @Override
        public LocalDateTime deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                LocalDateTime fast = wallClock(p.getText());
                if (fast != null) {
                    return fast;
                }
            }
            return standard.deserialize(p, ctx);
        }
    }
}
