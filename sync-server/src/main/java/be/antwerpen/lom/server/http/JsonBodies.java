package be.antwerpen.lom.server.http;

import be.antwerpen.lom.server.refusal.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads request bodies with the protocol mapper; Jackson's exceptions are mapped to 400s in one place. */
public final class JsonBodies {

    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(Context ctx, Class<T> type) throws IOException {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw Refusal.invalid("body", "a JSON body is required");
        }
        T value = json.readValue(body, type);
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
        return json.readTree(body);
    }
}
