package be.antwerpen.lom.server.http;

import be.antwerpen.lom.server.refusal.Refusal;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web edge of the REST and sync API under /api/v1: body limit, request log, the one error mapping,
 * TLS and the OpenAPI document. The routes come from the features (each feature's {@link EndpointGroup});
 * this class knows none of them (ADR 0100).
 */
public final class HttpApi {

    public static final String BASE = "/api/v1";
    /** Largest accepted request body; a push batch of 1000 commands stays well below it. */
    public static final long MAX_BODY_BYTES = 4L * 1024 * 1024;
    /**
     * The slowest a request body may arrive, on average from its first byte: 1 KB/s (8 kbit/s, far below any desk's
     * link). A body that trickles in slower holds one of Jetty's threads for nothing; 260 connections sending one
     * byte a second once held all of them, and the server answered nobody (ADR 0142).
     */
    public static final long MIN_BODY_BYTES_PER_SECOND = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,18}");

    private HttpApi() {
    }

    /**
     * A server on {@code settings} answering the features' {@code routes}, JSON written with
     * {@code json}, every answer told to {@code observer}.
     */
    public static Javalin create(HttpSettings settings, ObjectMapper json, RequestObserver observer,
                                 List<EndpointGroup> routes) {
        byte[] openApi = openApiDocument();
        return Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.http.maxRequestSize = MAX_BODY_BYTES;
            // a known path asked with a method it does not take says so, instead of "no such endpoint"
            cfg.http.prefer405over404 = true;
            cfg.jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND));
            cfg.jetty.host = settings.host();
            cfg.jetty.port = settings.port();
            cfg.startup.showJavalinBanner = false;
            settings.tls().ifPresent(tls -> TlsConnector.install(cfg, settings.host(), settings.port(), tls));
            cfg.requestLogger.http((ctx, ms) -> {
                String route = RouteNames.of(ctx);
                observer.answered(ctx.method().name(), route, ctx.statusCode(), ms);
                if (RouteNames.probe(route)) {
                    LOG.debug("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
                } else {
                    LOG.info("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
                }
            });
            ErrorMapping.install(cfg);
            JettyErrorAnswers jettyErrors = new JettyErrorAnswers(json);
            cfg.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
            cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors));
            cfg.routes.before(ctx -> {
                String length = ctx.header("Content-Length");
                if (length != null && DECIMAL.matcher(length).matches() && Long.parseLong(length) > MAX_BODY_BYTES) {
                    throw new Refusal(Refusal.Kind.TOO_LARGE, "body_too_large",
                            "the request body is larger than " + MAX_BODY_BYTES + " bytes", null);
                }
                ctx.header("Cache-Control", "no-store");
                // the answers are JSON or a report file of their declared type: never to be read as anything else
                ctx.header("X-Content-Type-Options", "nosniff");
                NulCharacters.refuseInAddress(ctx);
            });
            cfg.routes.get(BASE + "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            routes.forEach(cfg.routes::apiBuilder);
        });
    }

    private static byte[] openApiDocument() {
        try (InputStream in = HttpApi.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the server jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("openapi.json could not be read", e);
        }
    }
}
