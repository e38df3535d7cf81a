package be.antwerpen.lom.model.sync;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The SHA-256 of a command's payload in one canonical JSON form, which an actor's proof covers (ADR 0161): the
 * desk takes it of the payload it stores and sends, the server of the payload it received. Objects are written with
 * their fields sorted by name, integers as they are, other numbers as the nearest double without trailing zeros,
 * strings as JSON strings, no spaces. The same payload text read on either side gives the same digest, whatever the
 * order of its fields or the way its parser keeps numbers.
 */
public final class PayloadDigest {

    private PayloadDigest() {
    }

    public static byte[] of(JsonNode payload) {
        StringBuilder canonical = new StringBuilder(256);
        write(payload, canonical);
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            out.append("null");
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(names.get(i), out);
                out.append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
        } else if (node.isNumber()) {
            // as the nearest double, which every parser agrees on; 1e400 is Infinity, a text, never an exception
            double number = node.doubleValue();
            out.append(!Double.isFinite(number) ? Double.toString(number) : number == 0 ? "0"
                    : BigDecimal.valueOf(number).stripTrailingZeros().toString());
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else {
            string(node.asText(), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        out.append('"');
    }
}
