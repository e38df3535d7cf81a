package be.antwerpen.lom.server.monitoring;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;

import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.refusal.Refusal;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code GET /health} (anyone: is the server up and does its database answer; 503 when not) and
 * {@code GET /metrics} (Prometheus; with the configured metrics token, or from the server's own machine
 * when none is configured).
 */
public final class MonitoringController implements EndpointGroup {

    private final BooleanSupplier databaseAnswers;
    private final ServerMetrics metrics;
    private final Supplier<Map<String, Object>> facts;
    private final Optional<String> metricsToken;
    private final Clock clock;
    private final String version = ServerVersion.current();

    /**
     * @param databaseAnswers whether the database answers now (within a short timeout)
     * @param facts           what the health answer says besides status, version and time (engine, demo, ...)
     */
    public MonitoringController(BooleanSupplier databaseAnswers, ServerMetrics metrics, Supplier<Map<String, Object>> facts,
                                Optional<String> metricsToken, Clock clock) {
        this.databaseAnswers = databaseAnswers;
        this.metrics = metrics;
        this.facts = facts;
        this.metricsToken = metricsToken;
        this.clock = clock;
    }

    public void health(Context ctx) {
        boolean database = databaseAnswers.getAsBoolean();
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

    /** {@code /api/v1/health} and {@code /metrics} (outside the API base, where scrapers look). */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> get("/health", this::health));
        get("/metrics", this::metrics);
    }
}
