package be.antwerpen.lom.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.Http;
import be.antwerpen.lom.server.testing.TestEngine;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The escrow key of a desk (ADR 0045) over HTTP, with two server instances on one database: only a staff
 * member working at the desk's location, calling with the desk's valid credentials, gets it; it is the
 * same key for everyone, every time, on every instance, and differs between desks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeskEscrowKeyContract {

    private static final String PATH = "/auth/desk-escrow-key";

    private String location;
    private Database db;
    private Database otherDb;
    private ServerComponents server;
    private Javalin app;
    private Javalin otherApp;
    private Http http;
    private Http otherHttp;

    abstract TestEngine engine();

    @BeforeAll
    void start(@TempDir Path tempDir) {
        engine().assumeAvailable();
        location = engine().newLocation(tempDir);
        db = engine().open(location);
        server = Fixture.components(db);
        Fixture.staff(server);
        app = server.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
        http = new Http(server.json(), app.port());
        otherDb = engine().open(location);
        ServerComponents other = Fixture.components(otherDb);
        otherApp = other.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
        otherHttp = new Http(other.json(), otherApp.port());
    }

    @AfterAll
    void stop() {
        for (Javalin a : new Javalin[] {app, otherApp}) {
            if (a != null) {
                a.stop();
            }
        }
        if (otherDb != null) {
            otherDb.close();
        }
        if (db != null) {
            db.close();
            engine().drop(location);
        }
    }

    private EnrollmentResponse desk(String locationId, String name) {
        String code = server.enrollment().issue(null, locationId, name, Duration.ofHours(1), "test");
        return server.enrollment().enroll(new EnrollmentRequest(code, name));
    }

    private String token(String username) {
        Http.Response r = http.post("/auth/login", new LoginRequest(username, Fixture.PASSWORD), Map.of());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json().path("token").asText();
    }

    private Http.Response ask(Http via, String username, EnrollmentResponse desk) {
        return via.post(PATH, Map.of(), Http.device(token(username), desk.deviceId(), desk.deviceSecret()));
    }

    private String keyOf(Http via, String username, EnrollmentResponse desk) {
        Http.Response r = ask(via, username, desk);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json().path("key").asText();
    }

    private Optional<String> cacheControl(EnrollmentResponse desk) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1" + PATH))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + token("agent.antwerpen"))
                .header("X-Device-Id", desk.deviceId()).header("X-Device-Secret", desk.deviceSecret()).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.headers().firstValue("Cache-Control");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyone_working_at_the_desk_gets_the_same_key_every_time_on_every_instance() {
        EnrollmentResponse desk = desk("antwerpen", "Loket escrow 1");
        Http.Response first = ask(http, "agent.antwerpen", desk);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(cacheControl(desk)).contains("no-store");
        String key = first.json().path("key").asText();
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);

        assertThat(keyOf(http, "agent.antwerpen", desk)).isEqualTo(key);
        assertThat(keyOf(http, "supervisor.antwerpen", desk)).isEqualTo(key);
        assertThat(keyOf(otherHttp, "supervisor.antwerpen", desk)).isEqualTo(key);
        assertThat(keyOf(otherHttp, "agent.antwerpen", desk)).isEqualTo(key);
    }

    @Test
    void the_first_request_on_another_instance_gives_the_key_later_requests_get() {
        EnrollmentResponse desk = desk("antwerpen", "Loket escrow 2");
        String key = keyOf(otherHttp, "agent.antwerpen", desk);
        assertThat(keyOf(http, "agent.antwerpen", desk)).isEqualTo(key);
    }

    @Test
    void each_desk_has_its_own_key() {
        EnrollmentResponse one = desk("antwerpen", "Loket escrow 3");
        EnrollmentResponse two = desk("antwerpen", "Loket escrow 4");
        assertThat(keyOf(http, "agent.antwerpen", one)).isNotEqualTo(keyOf(http, "agent.antwerpen", two));
    }

    @Test
    void staff_of_another_location_get_nothing() {
        EnrollmentResponse desk = desk("antwerpen", "Loket escrow 5");
        Http.Response r = ask(http, "agent.deurne", desk);
        assertThat(r.status()).as(r.text()).isEqualTo(403);
        assertThat(r.text()).doesNotContain("\"key\"");
    }

    @Test
    void a_revoked_desk_gets_nothing_even_when_it_had_a_key() {
        EnrollmentResponse desk = desk("antwerpen", "Loket escrow 6");
        keyOf(http, "agent.antwerpen", desk);
        boolean revoked = db.inTransaction(c -> server.devices().revoke(c, desk.deviceId(), java.time.Instant.now()));
        assertThat(revoked).isTrue();
        for (Http via : new Http[] {http, otherHttp}) {
            Http.Response r = ask(via, "agent.antwerpen", desk);
            assertThat(r.status()).as(r.text()).isEqualTo(403);
            assertThat(r.text()).doesNotContain("\"key\"");
        }
    }

    @Test
    void without_a_staff_token_or_with_a_wrong_device_secret_there_is_no_key() {
        EnrollmentResponse desk = desk("antwerpen", "Loket escrow 7");
        Http.Response noToken = http.post(PATH, Map.of(), Map.of("X-Device-Id", desk.deviceId(),
                "X-Device-Secret", desk.deviceSecret()));
        assertThat(noToken.status()).as(noToken.text()).isEqualTo(401);
        Http.Response wrongSecret = http.post(PATH, Map.of(), Http.device(token("agent.antwerpen"),
                desk.deviceId(), "not-the-secret"));
        assertThat(wrongSecret.status()).as(wrongSecret.text()).isIn(401, 403);
        assertThat(wrongSecret.text()).doesNotContain("\"key\"");
    }
}
