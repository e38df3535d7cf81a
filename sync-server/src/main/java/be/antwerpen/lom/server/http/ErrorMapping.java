package be.antwerpen.lom.server.http;

import be.antwerpen.lom.model.sync.ErrorBody;
import be.antwerpen.lom.model.validation.DomainValidationException;
import be.antwerpen.lom.server.db.DatabaseException;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.refusal.TooManyAttempts;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become HTTP answers: an {@link ErrorBody} with a 4xx for anything a
 * caller did wrong, a bare 500 without details otherwise. Messages never contain request data.
 */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    public static void install(JavalinConfig cfg) {
        cfg.routes.exception(Exception.class, (e, ctx) -> answer(ctx, e));
        // Javalin answers its own exceptions (a body over the limit while it is read) as text unless told otherwise
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e));
        cfg.routes.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.contains("json")) {
                ctx.json(new ErrorBody("not_found", "there is no such endpoint", null));
            }
        });
    }

    static void answer(Context ctx, Exception e) {
        ErrorBody body;
        int status;
        Throwable cause = rootDomainCause(e);
        int cutShort = cutShortStatus(e);
        if (e instanceof Refusal p) {
            status = status(p.kind());
            body = ErrorBody.of(p.code(), p.reason(), p.field());
            if (p instanceof TooManyAttempts t) {
                ctx.header("Retry-After", Long.toString(t.retryAfterSeconds()));
            }
        } else if (cause instanceof DomainValidationException d) {
            status = 400;
            body = ErrorBody.of("invalid_input", d.refusal(), d.field());
        } else if (parseFailure(e)) {
            status = 400;
            body = new ErrorBody("malformed_json", "the body is not valid JSON", null);
        } else if (e instanceof JsonMappingException m) {
            status = 400;
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            body = new ErrorBody("invalid_input", field.isEmpty() ? "the body does not have the expected shape"
                    : "the field '" + field + "' is missing or has the wrong type", field.isEmpty() ? null : field);
        } else if (e instanceof JacksonException) {
            status = 400;
            body = new ErrorBody("malformed_json", "the body is not valid JSON", null);
        } else if (cutShort != 0) {
            // the client stopped sending (gone, or too slow): nothing to log at length, nothing was read
            status = cutShort;
            body = switch (status) {
                case 408 -> new ErrorBody("body_too_slow", "the request body arrived too slowly", null);
                case 413 -> new ErrorBody("body_too_large", "the request body is too large", null);
                default -> new ErrorBody("body_incomplete", "the request body did not arrive in full", null);
            };
            LOG.debug("Request body cut short on {} {}", ctx.method(), ctx.path());
        } else if (e instanceof HttpResponseException h) {
            status = h.getStatus();
            body = switch (status) {
                case 404 -> new ErrorBody("not_found", "there is no such endpoint", null);
                case 405 -> new ErrorBody("method_not_allowed", "this endpoint does not take this method", null);
                case 413 -> new ErrorBody("body_too_large", "the request body is too large", null);
                default -> new ErrorBody("http_" + status, "the request could not be handled", null);
            };
        } else {
            status = 500;
            body = new ErrorBody("internal_error", "the server could not handle the request", null);
            if (e instanceof DatabaseException d) {
                LOG.error("Database failure on {} {}: {}", ctx.method(), ctx.path(), d.getMessage());
            } else {
                LOG.error("Unhandled {} on {} {}", e.getClass().getName(), ctx.method(), ctx.path(), e);
            }
        }
        ctx.status(status).json(body);
    }

    /** The one place a refusal's kind becomes a status code. */
    static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case GONE -> 410;
            case TOO_LARGE -> 413;
            case INCONSISTENT -> 422;
            case TOO_MANY_ATTEMPTS -> 429;
        };
    }

    /**
     * Whether the body could not be parsed as JSON at all (cut off, not JSON, a name twice in one object). Jackson
     * wraps such a failure in a mapping exception with the path it had reached, which is not about a field.
     */
    private static boolean parseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The 4xx status of a request body that stopped arriving (the connection closed early: 400; the body came in
     * slower than {@link HttpApi#MIN_BODY_BYTES_PER_SECOND}: Jetty's 408), or 0 when the failure is something else.
     */
    private static int cutShortStatus(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h) {
                return h.getCode() >= 400 && h.getCode() < 500 ? h.getCode() : 400;
            }
            if (t instanceof EofException) {
                return 400;
            }
        }
        return 0;
    }

    private static Throwable rootDomainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainValidationException) {
                return t;
            }
        }
        return null;
    }
}
