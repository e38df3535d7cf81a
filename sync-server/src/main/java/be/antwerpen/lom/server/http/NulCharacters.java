package be.antwerpen.lom.server.http;

import be.antwerpen.lom.server.refusal.Refusal;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * A NUL character is never part of a valid text of this API, and PostgreSQL cannot store one: a text holding it
 * reached the database on a few paths and was answered 500. It is refused at the edge, on every path: in the URL
 * (percent-encoded) before any route, and in a JSON body, where it can only stand escaped ({@code \u0000}; JSON
 * forbids it raw), where a typed body is read ({@link JsonBodies#read}). A sync push is not refused whole: each of
 * its commands is held to the rules of every path and refused on its own.
 */
final class NulCharacters {

    private static final byte[] ESCAPED = "\\u0000".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

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

    /** Refuses a JSON body with a NUL; when a route reads it, after its size and caller checks. */
    static void refuseInBody(byte[] body) {
        if (contains(body, ESCAPED)) {
            throw Refusal.invalid("body", "a text in the body holds a NUL character");
        }
    }

    private static boolean contains(byte[] body, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= body.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
