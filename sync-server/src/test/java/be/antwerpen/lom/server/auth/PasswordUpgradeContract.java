package be.antwerpen.lom.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.password.PasswordHashing;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.Http;
import be.antwerpen.lom.server.testing.TestEngine;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0108 through the real HTTP server on every engine: a hash stored at an older, lower strength still
 * lets its owner in, is replaced by one at the server's strength on that login, and a wrong password
 * neither gets in nor changes the stored hash.
 */
abstract class PasswordUpgradeContract {

    private static final int OLD_ITERATIONS = Fixture.TEST_ITERATIONS / 4;

    @TempDir
    Path tempDir;
    private String location;
    private Database db;
    private Javalin app;
    private ServerComponents server;
    private Http http;

    abstract TestEngine engine();

    @BeforeEach
    void start() {
        engine().assumeAvailable();
        location = engine().newLocation(tempDir);
        db = engine().open(location);
        server = Fixture.components(db);
        app = server.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
        http = new Http(server.json(), app.port());
        String oldHash = new PasswordHashing(OLD_ITERATIONS, new SecureRandom()).hash(Fixture.PASSWORD.toCharArray());
        server.staffAdministration().createWithHash("agent.oud", "Agent Oud", StaffRole.AGENT, Set.of("antwerpen"),
                oldHash, "test");
    }

    @AfterEach
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
    void anOlderHashStillLetsItsOwnerInAndIsHashedAgainAtTheServersStrength() {
        String before = storedHash();
        assertThat(before).startsWith("pbkdf2-sha256$" + OLD_ITERATIONS + "$");

        assertThat(login(Fixture.PASSWORD).status()).isEqualTo(200);

        String after = storedHash();
        assertThat(after).startsWith("pbkdf2-sha256$" + Fixture.TEST_ITERATIONS + "$").isNotEqualTo(before);
        assertThat(login(Fixture.PASSWORD).status()).isEqualTo(200);
        assertThat(storedHash()).as("a hash at full strength is kept").isEqualTo(after);
    }

    @Test
    void aWrongPasswordGetsNotInAndLeavesTheOldHashAlone() {
        String before = storedHash();

        assertThat(login("not the password").status()).isEqualTo(401);

        assertThat(storedHash()).isEqualTo(before);
    }

    @Test
    void a_login_whose_password_was_being_checked_while_it_was_reset_gets_no_lasting_session() throws Exception {
        // a slow hash, so that logins are in the middle of their check when the reset comes
        String slowHash = new PasswordHashing(Fixture.TEST_ITERATIONS * 20, new SecureRandom())
                .hash(Fixture.PASSWORD.toCharArray());
        server.staffAdministration().createWithHash("agent.race", "Agent Race", StaffRole.AGENT, Set.of("antwerpen"),
                slowHash, "test");
        List<String> tokens = new CopyOnWriteArrayList<>();
        AtomicBoolean resetDone = new AtomicBoolean();
        ExecutorService logins = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            running.add(logins.submit(() -> {
                // keep logging in with the old password until a little after the reset
                long stopAt = Long.MAX_VALUE;
                while (System.nanoTime() < stopAt) {
                    try {
                        tokens.add(server.login().login(new LoginRequest("agent.race", Fixture.PASSWORD)).token());
                    } catch (RuntimeException refused) {
                        // refused: the reset came first
                    }
                    if (resetDone.get() && stopAt == Long.MAX_VALUE) {
                        stopAt = System.nanoTime() + 300_000_000L;
                    }
                }
                return null;
            }));
        }
        long waitUntil = System.nanoTime() + 30_000_000_000L;
        while (tokens.size() < 4 && System.nanoTime() < waitUntil) {
            Thread.sleep(10); // the logins are running: the reset comes while some are mid-check
        }
        server.staffAdministration().resetPassword("agent.race", "a brand new password 123", "test");
        resetDone.set(true);
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        logins.shutdown();

        assertThat(tokens).as("logins before the reset got in").isNotEmpty();
        for (String token : tokens) {
            assertThat(catchThrowable(() -> server.authenticator().staff("Bearer " + token)))
                    .as("every session made with the old password ends with the reset").isNotNull();
        }
    }

    private Http.Response login(String password) {
        return http.post("/auth/login", new LoginRequest("agent.oud", password), Map.of());
    }

    private String storedHash() {
        return db.inSnapshot(c -> server.staff().find(c, "agent.oud")).orElseThrow().passwordHash();
    }
}
