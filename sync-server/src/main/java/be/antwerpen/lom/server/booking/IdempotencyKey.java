package be.antwerpen.lom.server.booking;

import be.antwerpen.lom.server.auth.Secrets;
import be.antwerpen.lom.server.refusal.Refusal;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.Base64;

/**
 * The {@code Idempotency-Key} of a web write (IETF httpapi draft; ADR 0026), kept only as hashes:
 * the key's, and the request's fingerprint (key, method, path and the body in a canonical form, so
 * a retry that orders its JSON fields differently is the same request).
 *
 * @param keyHash     SHA-256 of the key
 * @param fingerprint SHA-256 of the key, method, path and canonical body
 */
public record IdempotencyKey(String keyHash, String fingerprint) {

    /** The header's name. */
    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 255;
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /**
     * Reads the header value; {@code null} when the request has none. The value is a structured-field
     * string ({@code "…"}) as in the draft, or the bare text; 1-255 visible ASCII characters.
     */
    public static IdempotencyKey of(String header, String method, String path, byte[] body) {
        if (header == null) {
            return null;
        }
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
            throw Refusal.invalid(HEADER, "the Idempotency-Key is 1 to " + MAX_LENGTH
                    + " visible ASCII characters (a UUID, for instance)");
        }
        String request = key + '\u0000' + method + '\u0000' + path + '\u0000' + canonical(body);
        return new IdempotencyKey(Secrets.sha256(key), Secrets.sha256(request));
    }

    /** The body as JSON with object fields in name order; unparseable bodies as they are (they are refused later). */
    private static String canonical(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        try {
            Object tree = CANONICAL.readValue(body, Object.class);
            return CANONICAL.writeValueAsString(tree);
        } catch (IOException notJson) {
            return "raw:" + Base64.getEncoder().encodeToString(body);
        }
    }
}
