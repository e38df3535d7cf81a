package be.antwerpen.lom.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.Http;
import be.antwerpen.lom.server.testing.TestEngine;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Health, metrics and request logging as IT sees them, over HTTP, on every engine. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MonitoringContract {

    private String location;
    private Database db;
    private ServerComponents server;
    private Javalin app;
    private Http http;

    abstract TestEngine engine();

    @BeforeAll
    void start(@TempDir Path tempDir) {
        engine().assumeAvailable();
        location = engine().newLocation(tempDir);
        db = engine().open(location);
        server = Fixture.components(db);
        Fixture.staff(server);
        app = server.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty(), false,
                Optional.empty())).start();
        http = new Http(server.json(), app.port());
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.stop();
        }
        if (db != null) {
            db.close();
            engine().drop(location);
        }
    }

    @Test
    void health_checks_the_database_and_says_the_version() {
        Http.Response health = http.get("/health", Map.of());

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("ok");
        assertThat(health.json().path("database").asText()).isEqualTo("ok");
        assertThat(health.json().path("version").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(health.json().path("engine").asText()).isEqualTo(db.engine().name());
    }

    @Test
    void health_says_unavailable_when_the_database_does_not_answer(@TempDir Path dir) {
        Database gone = Database.sqlite(dir.resolve("gone.db"));
        ServerComponents broken = Fixture.components(gone);
        Javalin brokenApp = broken.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
        try {
            gone.close();
            Http.Response health = new Http(broken.json(), brokenApp.port()).get("/health", Map.of());

            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().path("database").asText()).isEqualTo("unavailable");
        } finally {
            brokenApp.stop();
        }
    }

    @Test
    void metrics_count_pushes_per_outcome_failed_logins_open_conflicts_desks_and_the_pool() {
        String code = server.enrollment().issue(null, "antwerpen", "Loket M", Duration.ofHours(1), "test");
        EnrollmentResponse desk = server.enrollment().enroll(new EnrollmentRequest(code, "pc"));
        String token = http.post("/auth/login", new LoginRequest("agent.antwerpen", Fixture.PASSWORD), Map.of())
                .json().path("token").asText();
        http.post("/auth/login", new LoginRequest("agent.antwerpen", "wrong password!"), Map.of());
        SyncCommand book = new SyncCommand(UUID.randomUUID(), 1, 1, Instant.now(), "agent.antwerpen",
                new Commands.Book(UUID.randomUUID(), "M-1", "antwerpen", "EID_APPLY", Fixture.openMorning("antwerpen"),
                        Fixture.citizen("Mira", "Peeters"), AppointmentOrigin.COUNTER));
        assertThat(http.post("/sync/push", Map.of("commands", List.of(book)), Http.device(token, desk.deviceId(),
                desk.deviceSecret())).status()).isEqualTo(200);

        Http.Response metrics = Http.atRoot(server.json(), app.port()).get("/metrics", Map.of());

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text())
                .contains("lom_sync_commands_total{outcome=\"applied\"} 1.0")
                .contains("lom_sync_commands_total{outcome=\"rejected\"} 0.0")
                .containsPattern("lom_login_failures_total\\{reason=\"wrong_credentials\"} [1-9]")
                .containsPattern("lom_http_server_requests_seconds_count\\{method=\"POST\",route=\"/api/v1/sync/push\","
                        + "status=\"2xx\"} 1")
                .contains("lom_conflicts_open ")
                .containsPattern("lom_desks_seen_last_hour [1-9]")
                .contains("lom_db_pool_max ")
                .contains("jvm_memory_used_bytes")
                .doesNotContain("Mira").doesNotContain("Peeters").doesNotContain(desk.deviceSecret());
    }

    @Test
    void with_a_metrics_token_only_its_bearer_reads_the_metrics() {
        Javalin guarded = server.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty(), false,
                Optional.of("s3cret-scrape-token"))).start();
        try {
            Http client = Http.atRoot(server.json(), guarded.port());

            assertThat(client.get("/metrics", Map.of()).status()).isEqualTo(401);
            assertThat(client.get("/metrics", Http.bearer("wrong")).status()).isEqualTo(401);
            assertThat(client.get("/metrics", Http.bearer("s3cret-scrape-token")).status()).isEqualTo(200);
        } finally {
            guarded.stop();
        }
    }

    @Test
    void health_probes_are_not_logged_at_info_but_other_requests_are() {
        Logger logger = (Logger) LoggerFactory.getLogger(HttpApi.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            http.get("/health", Map.of());
            http.get("/reference-data", Map.of());

            assertThat(lines.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.INFO))
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .noneMatch(m -> m.contains("/health"))
                    .anyMatch(m -> m.contains("/reference-data"));
        } finally {
            logger.detachAppender(lines);
        }
    }
}
