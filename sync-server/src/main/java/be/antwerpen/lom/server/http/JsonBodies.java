package be.antwerpen.lom.server.http;

import be.antwerpen.lom.server.refusal.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads request bodies and writes answers with the protocol mapper; Jackson's exceptions are mapped to 400s in one
 * place.
 */
public final class JsonBodies {

    private final ObjectMapper json;
    /**
     * A reader per body type, its root deserializer found once: finding it again for every request was a fifth of
     * reading a booking's body.
     */
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    public JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(Context ctx, Class<T> type) throws IOException {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw Refusal.invalid("body", "a JSON body is required");
        }
        NulCharacters.refuseInBody(body);
        T value = readers.computeIfAbsent(type, json::readerFor).readValue(body);
        if (value == null) {
            throw Refusal.invalid("body", "a JSON body is required");
        }
        return value;
    }

    public JsonNode tree(Context ctx) throws IOException {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw Refusal.invalid("body", "a JSON body is required");
        }
        // no NUL check here: a push's commands are each refused on their own (one bad command never blocks a desk's
        // outbox), by the same rules as every path
        return json.readTree(body);
    }

    /**
     * Answers {@code value} as JSON, written straight to bytes: Javalin's {@code ctx.json} writes a String first and
     * copies it to bytes after, which for a pull page of a thousand records is a second copy of every byte.
     */
    public void answer(Context ctx, Object value) throws IOException {
        ctx.contentType(ContentType.APPLICATION_JSON).result(json.writeValueAsBytes(value));
    }
}
