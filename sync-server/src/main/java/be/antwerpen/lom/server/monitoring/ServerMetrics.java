package be.antwerpen.lom.server.monitoring;

import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.server.conflict.ConflictRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.device.DeviceRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * What IT watches (Prometheus text format at {@code GET /metrics}): request rates and latencies per
 * route (push and pull among them), commands answered per outcome, failed logins, open conflicts, desks
 * seen in the last hour, the database pool and the JVM. Figures read from the database are cached for
 * {@link #DATABASE_FIGURES_TTL} so a scrape never loads it. No personal data in any label.
 */
public final class ServerMetrics {

    /** How long the figures read from the database (open conflicts, desks seen) are reused. */
    public static final Duration DATABASE_FIGURES_TTL = Duration.ofSeconds(15);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Database db;
    private final CachedFigure openConflicts;
    private final CachedFigure desksSeen;
    /** The request timers met so far: building a meter's id on every request showed in the booking profile. */
    private final Map<RequestKind, Timer> requestTimers = new ConcurrentHashMap<>();
    private final Map<CommandOutcome, Counter> commandCounters = new EnumMap<>(CommandOutcome.class);

    /** What a request timer is kept by: method, route template and status class (2 for 2xx). */
    private record RequestKind(String method, String route, int statusClass) {
    }

    public ServerMetrics(Database db, ConflictRepository conflicts, DeviceRepository devices, Clock clock) {
        this.db = db;
        this.openConflicts = new CachedFigure(clock, DATABASE_FIGURES_TTL,
                () -> db.inSnapshot(conflicts::countOpen));
        this.desksSeen = new CachedFigure(clock, DATABASE_FIGURES_TTL, () -> desksSeenSince(devices,
                clock.millis() - Duration.ofHours(1).toMillis()));
        for (CommandOutcome outcome : CommandOutcome.values()) {
            commandCounters.put(outcome, Counter.builder("lom_sync_commands")
                    .description("Pushed commands answered, by outcome")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("lom_conflicts_open", openConflicts, CachedFigure::value)
                .description("Open conflicts of all locations").register(registry);
        Gauge.builder("lom_desks_seen_last_hour", desksSeen, CachedFigure::value)
                .description("Enrolled desks that pushed in the last hour").register(registry);
        pool("lom_db_pool_active", "Database connections in use", Database.PoolState::active);
        pool("lom_db_pool_idle", "Idle database connections", Database.PoolState::idle);
        pool("lom_db_pool_waiting", "Callers waiting for a database connection", Database.PoolState::waiting);
        pool("lom_db_pool_max", "Largest size of the database pool", Database.PoolState::max);
    }

    private void pool(String name, String description, ToDoubleFunction<Database.PoolState> figure) {
        Gauge.builder(name, db, d -> figure.applyAsDouble(d.poolState())).description(description)
                .register(registry);
    }

    private long desksSeenSince(DeviceRepository devices, long since) {
        List<Device> all = db.inSnapshot(devices::all);
        return all.stream().filter(d -> !d.revoked() && d.lastSeenAt() != null
                && d.lastSeenAt().toEpochMilli() >= since).count();
    }

    /** One answered HTTP request; {@code route} is the route template, never the concrete path. */
    public void request(String method, String route, int status, double millis) {
        requestTimers.computeIfAbsent(new RequestKind(method, route, status / 100), kind -> Timer
                        .builder("lom_http_server_requests").description("HTTP requests by route and status class")
                        .tag("method", kind.method()).tag("route", kind.route()).tag("status", kind.statusClass() + "xx")
                        .register(registry))
                .record(Duration.ofNanos(Math.round(millis * 1_000_000)));
    }

    /** The receipts of one push: counted per outcome. */
    public void pushed(PushResponse response) {
        EnumMap<CommandOutcome, Integer> counts = new EnumMap<>(CommandOutcome.class);
        for (CommandReceipt receipt : response.receipts()) {
            counts.merge(receipt.outcome(), 1, Integer::sum);
        }
        counts.forEach((outcome, count) -> commandCounters.get(outcome).increment(count));
    }

    /** A refused login: {@code reason} is a fixed word (wrong_credentials, throttled), never the username. */
    public void loginFailed(String reason) {
        Counter.builder("lom_login_failures").description("Refused logins by reason").tag("reason", reason)
                .register(registry).increment();
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    public String contentType() {
        return "text/plain; version=0.0.4; charset=utf-8";
    }
}
