package be.antwerpen.lom.server.http;

import be.antwerpen.lom.server.refusal.Refusal;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A NUL character is never part of a valid text of this API, and PostgreSQL cannot store one: a text holding it
 * reached the database on a few paths and was answered 500. It is refused at the edge, on every path: in the URL
 * (percent-encoded) before any route, and in a JSON body, where it can only stand escaped ({@code \u0000}; JSON
 * forbids it raw), where a typed body is read ({@link JsonBodies#read}). A sync push is not refused whole: each of
 * its commands is held to the rules of every path and refused on its own.
 */
final class NulCharacters {

    private static final byte[] ESCAPED = "\\u0000".getBytes(StandardCharsets.US_ASCII);

    private NulCharacters() {
    }

    /** Refuses an address with a NUL; before any route, without reading the body. */
    static void refuseInAddress(Context ctx) {
        String query = ctx.queryString();
        if (ctx.path().indexOf('\0') >= 0 || ctx.path().contains("%00")
                || (query != null && (query.indexOf('\0') >= 0 || query.toLowerCase(Locale.ROOT).contains("%00")))) {
            throw Refusal.invalid("url", "the address holds a NUL character");
        }
    }

    /**
     * Refuses a JSON body with a NUL, when a route reads it, after its size and caller checks: escaped in a text, or
     * a zero byte, which UTF-8 JSON never holds (a body in UTF-16 or UTF-32, which the JSON reader would also read,
     * would hide an escaped NUL from this check).
     */
    static void refuseInBody(byte[] body) {
        for (byte b : body) {
            if (b == 0) {
                throw Refusal.invalid("body", "the body is JSON in UTF-8");
            }
        }
        try {
            // strict: an overlong sequence (C0 80) would otherwise be read as a NUL the byte scan cannot see
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw Refusal.invalid("body", "the body is JSON in UTF-8");
        }
        if (containsEscapedNul(body)) {
            throw Refusal.invalid("body", "a text in the body holds a NUL character");
        }
    }

    /** Whether {@code \u0000} stands in the body as an escape: after an odd number of backslashes, not a literal. */
    private static boolean containsEscapedNul(byte[] body) {
        outer:
        for (int i = 0; i + ESCAPED.length <= body.length; i++) {
            for (int j = 0; j < ESCAPED.length; j++) {
                if (body[i + j] != ESCAPED[j]) {
                    continue outer;
                }
            }
            int backslashes = 1;
            for (int k = i - 1; k >= 0 && body[k] == '\\'; k--) {
                backslashes++;
            }
            if (backslashes % 2 == 1) {
                return true;
            }
        }
        return false;
    }
}
