package be.antwerpen.lom.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    private Http.Response login(String password) {
        return http.post("/auth/login", new LoginRequest("agent.oud", password), Map.of());
    }

    private String storedHash() {
        return db.inSnapshot(c -> server.staff().find(c, "agent.oud")).orElseThrow().passwordHash();
    }
}
