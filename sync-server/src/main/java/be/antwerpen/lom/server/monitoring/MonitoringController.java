package be.antwerpen.lom.server.monitoring;

import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.refusal.Refusal;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET /health} (anyone: is the server up and does its database answer; 503 when not) and
 * {@code GET /metrics} (Prometheus; with the configured metrics token, or from the server's own machine
 * when none is configured).
 */
public final class MonitoringController {

    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    private final Database db;
    private final ServerMetrics metrics;
    private final Supplier<Map<String, Object>> facts;
    private final Optional<String> metricsToken;
    private final Clock clock;
    private final String version = ServerVersion.current();

    /** @param facts what the health answer says besides status, version and time (engine, demo, ...) */
    public MonitoringController(Database db, ServerMetrics metrics, Supplier<Map<String, Object>> facts,
                                Optional<String> metricsToken, Clock clock) {
        this.db = db;
        this.metrics = metrics;
        this.facts = facts;
        this.metricsToken = metricsToken;
        this.clock = clock;
    }

    public void health(Context ctx) {
        boolean database = db.answers(DATABASE_TIMEOUT_SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", database ? "ok" : "unavailable");
        body.put("database", database ? "ok" : "unavailable");
        body.put("version", version);
        body.putAll(facts.get());
        body.put("serverTime", clock.instant().toString());
        ctx.status(database ? 200 : 503).json(body);
    }

    public void metrics(Context ctx) {
        if (metricsToken.isPresent()) {
            String given = Optional.ofNullable(ctx.header("Authorization")).orElse("");
            byte[] expected = ("Bearer " + metricsToken.get()).getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
                throw Refusal.unauthenticated("metrics_token", "the metrics need the configured metrics token");
            }
        } else if (!loopback(ctx.ip())) {
            throw Refusal.forbidden("without a metrics token the metrics are served to this machine only");
        }
        ctx.contentType(metrics.contentType()).result(metrics.scrape());
    }

    private static boolean loopback(String ip) {
        try {
            return InetAddress.getByName(ip).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
