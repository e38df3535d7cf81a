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

    private static final String ESCAPED = "\\u0000";

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
     * Refuses a JSON body with a NUL, when a route reads it, after its size and caller checks. The body is decoded as
     * strict UTF-8 first: a body in UTF-16 (which the JSON reader would also read) or an overlong UTF-8 sequence
     * (C0 80) would otherwise hide a NUL from the check. The text then holds no NUL, raw or escaped
     * ({@code \u0000} after an odd number of backslashes; after an even number it is a backslash and text).
     */
    static void refuseInBody(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw Refusal.invalid("body", "the body is JSON in UTF-8");
        }
        if (text.indexOf('\0') >= 0) {
            throw Refusal.invalid("body", "the body is JSON in UTF-8");
        }
        for (int at = text.indexOf(ESCAPED); at >= 0; at = text.indexOf(ESCAPED, at + 1)) {
            int backslashes = 0;
            for (int k = at; k >= 0 && text.charAt(k) == '\\'; k--) {
                backslashes++;
            }
            if (backslashes % 2 == 1) {
                throw Refusal.invalid("body", "a text in the body holds a NUL character");
            }
        }
    }
}
