package be.antwerpen.lom.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import be.antwerpen.lom.model.validation.TimeRange;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Reads and writes the protocol's times in their usual written form without {@code java.time.format}, on desk
 * and server alike ({@link WireJson}). Every command carries a {@code deviceTime} and every appointment a start
 * and end: the formatter took a tenth of a push's CPU on the server and much of the desk's JIT work in a
 * catch-up (issue 16).
 *
 * <p>Read: {@code 2026-12-07T09:30:00.123Z} for an {@link Instant}, {@code 2026-12-07T09:30[:00[.0]]} for a
 * Brussels wall-clock {@link LocalDateTime}. Anything else (an offset, a leap second, a number, a year past
 * 9999, a time with a zone where none belongs) goes to the standard readers, which accept or refuse it exactly
 * as before. What either reads must then lie in {@link TimeRange}: a time of the year 12026 is refused with the
 * field's name, as a {@link be.antwerpen.lom.model.validation.DomainValidationException}, before any day's
 * arithmetic or epoch milliseconds can overflow on it. {@link LocalDate}s are held to the same range.
 *
 * <p>Written: the very text the standard writers write ({@link IsoTimeText#utcText},
 * {@link IsoTimeText#isoText(LocalDateTime)}).
 */
final class FastWireTimes {

    private FastWireTimes() {
    }

    /** The fast readers and writers; registered after the standard ones, so they are asked first. */
    static SimpleModule module() {
        return new SimpleModule("fast-wire-times")
                .addDeserializer(Instant.class, new Instants())
                .addDeserializer(LocalDateTime.class, new WallClockTimes())
                .addDeserializer(LocalDate.class, new Dates())
                .addSerializer(Instant.class, new InstantTexts())
                .addSerializer(LocalDateTime.class, new WallClockTexts());
    }

    private static final class Instants extends StdScalarDeserializer<Instant> {
        private final JsonDeserializer<Instant> standard = InstantDeserializer.INSTANT;

        Instants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                Instant fast = IsoTimeText.utcInstant(p.getText());
                if (fast != null) {
                    return TimeRange.require(fast, field(p));
                }
            }
            return TimeRange.require(standard.deserialize(p, ctx), field(p));
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
                LocalDateTime fast = IsoTimeText.localDateTime(p.getText(), false);
                if (fast != null) {
                    return TimeRange.require(fast, field(p));
                }
            }
            return TimeRange.require(standard.deserialize(p, ctx), field(p));
        }
    }

    private static final class Dates extends StdScalarDeserializer<LocalDate> {
        private final JsonDeserializer<LocalDate> standard = LocalDateDeserializer.INSTANCE;

        Dates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            return TimeRange.require(standard.deserialize(p, ctx), field(p));
        }
    }

    /** The name of the field being read, for the refusal's message; "time" for a value outside an object. */
    private static String field(JsonParser p) throws IOException {
        String name = p.currentName();
        return name == null ? "time" : name;
    }

    private static final class InstantTexts extends StdScalarSerializer<Instant> {
        InstantTexts() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(IsoTimeText.utcText(value));
        }
    }

    private static final class WallClockTexts extends StdScalarSerializer<LocalDateTime> {
        WallClockTexts() {
            super(LocalDateTime.class);
        }

        @Override
        public void serialize(LocalDateTime value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(IsoTimeText.isoText(value));
        }
    }
}
