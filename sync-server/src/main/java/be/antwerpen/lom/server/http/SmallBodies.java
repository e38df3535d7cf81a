package be.antwerpen.lom.server.http;

import be.antwerpen.lom.server.refusal.Refusal;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.regex.Pattern;

/**
 * The body limit of the endpoints anyone may call without a token (login, enrollment): 16 KB, declared up front.
 * Checked before a byte of the body is read, so that nobody without a token can make the server hold megabytes per
 * request: 240 parallel 4 MB enrollments once filled the server's 1 GB heap (ADR 0142). A body of unknown length
 * (chunked) is refused, since its size shows only while it is read.
 */
public final class SmallBodies {

    /** The largest body of an endpoint that needs no token; a login or an enrollment is far below it. */
    public static final long MAX_BYTES = 16 * 1024;

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,18}");

    private SmallBodies() {
    }

    /** A {@code before} handler: refuses a body over {@link #MAX_BYTES}, or one that does not declare its length. */
    public static void require(Context ctx) {
        if (ctx.method() != HandlerType.POST) {
            return; // another method has no body to hold, and is answered 405 by the router
        }
        String length = ctx.header("Content-Length");
        if (length == null || !DECIMAL.matcher(length.strip()).matches()) {
            throw Refusal.invalid("body", "this endpoint takes a body with a declared length (Content-Length) of at"
                    + " most " + MAX_BYTES + " bytes");
        }
        if (Long.parseLong(length.strip()) > MAX_BYTES) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, "body_too_large",
                    "the request body is larger than " + MAX_BYTES + " bytes", null);
        }
    }
}
