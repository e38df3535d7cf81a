package be.antwerpen.lom.model.json;

import be.antwerpen.lom.model.validation.DomainValidationException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads a {@link LocalDateTime} of the protocol: Brussels wall-clock time written
 * {@code YYYY-MM-DDTHH:MM[:SS]}. A time with {@code Z} or an offset is refused with a clear message
 * instead of having the zone silently dropped (ADR 0029): {@code 09:00Z} is 10:00 in Brussels in winter.
 */
public final class WallClockTimeDeserializer extends StdScalarDeserializer<LocalDateTime> {

    public WallClockTimeDeserializer() {
        super(LocalDateTime.class);
    }

    @Override
    public LocalDateTime deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        String field = p.currentName() == null ? "time" : p.currentName();
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new DomainValidationException(field, field + " must be a time written YYYY-MM-DDTHH:MM");
        }
        String text = p.getText().strip();
        try {
            return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            if (text.matches(".*T.*(Z|z|[+-]\\d{2}(:?\\d{2})?)$")) {
                throw new DomainValidationException(field, field + " is Brussels wall-clock time without 'Z' or"
                        + " an offset, e.g. 2026-12-07T09:30");
            }
            throw new DomainValidationException(field, field + " is not a time written YYYY-MM-DDTHH:MM");
        }
    }
}
