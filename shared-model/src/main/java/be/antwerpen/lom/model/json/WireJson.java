package be.antwerpen.lom.model.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDateTime;

/**
 * The one Jackson configuration of the wire format, used by desk and server, so both write dates
 * the same way (ISO-8601 strings, {@code LocalDateTime} as Brussels wall-clock time, refused with a zone: see
 * {@link WallClockTimeDeserializer}). The usual time texts are read and written by hand ({@link FastWireTimes}),
 * to the very same text.
 */
public final class WireJson {

    private WireJson() {
    }

    /**
     * A new mapper for the protocol: ISO dates, unknown properties ignored (tolerant reader), and otherwise strict,
     * so that what a sender meant is never guessed. Refused: a document with anything after it, a name twice in one
     * object (which of the two would count?), a number where text belongs or text where a number belongs, a
     * fraction where a whole number belongs, a number where yes or no belongs.
     */
    public static ObjectMapper newMapper() {
        return standardMapper().registerModule(FastWireTimes.module());
    }

    /** The same mapper with only Jackson's own time readers and writers: what {@link FastWireTimes} must equal. */
    static ObjectMapper standardMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("wall-clock-times")
                        .addDeserializer(LocalDateTime.class, new WallClockTimeDeserializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }
}
