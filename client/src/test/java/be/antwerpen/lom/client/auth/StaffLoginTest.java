package be.antwerpen.lom.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.sync.ServerConnectionFactory;
import be.antwerpen.lom.client.testing.ScriptedServer;
import be.antwerpen.lom.client.testing.ScriptedServer.Answer;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.model.api.LoginResponse;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.ErrorBody;
import be.antwerpen.lom.model.sync.ProtocolJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffLoginTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final StaffMember AGENT = new StaffMember("agent.antwerpen", "Agent Antwerpen", StaffRole.AGENT,
            Set.of("antwerpen"));

    @TempDir
    Path dir;

    private final ObjectMapper json = ProtocolJson.newMapper();
    private ScriptedServer server;
    private TestDesk desk;
    private final DeskSession session = new DeskSession();

    @BeforeEach
    void setUp() throws Exception {
        server = new ScriptedServer(json);
        desk = new TestDesk(dir, Clock.fixed(NOW, ZoneId.of("Europe/Brussels")));
        desk.store.database().inTransaction(c -> {
            desk.store.syncState().saveIdentity(c, new DeviceIdentity(server.url(), "dev-1", "s", "antwerpen", "Loket 1"));
            return null;
        });
        server.on("POST", "/api/v1/auth/login", r -> "demo".equals(r.body().get("password").asText())
                ? new Answer(200, new LoginResponse("tok", NOW.plusSeconds(3600), AGENT))
                : new Answer(401, new ErrorBody("unauthorized", "wrong", null)));
    }

    @AfterEach
    void tearDown() {
        desk.close();
        server.close();
    }

    private StaffLogin loginAt(Instant now) {
        return loginAt(now, 1_000);
    }

    private StaffLogin loginAt(Instant now, int iterations) {
        ServerConnectionFactory factory = new ServerConnectionFactory(json, null,
                new SessionCredentials(session, java.util.Optional::empty), Duration.ofSeconds(5));
        return new StaffLogin(desk.store, factory::connect, new ServerCalls(json),
                new OfflineVerifier(iterations, new SecureRandom()), session, Clock.fixed(now, ZoneId.of("UTC")),
                Duration.ofHours(72), json,
                DeskDataKeyRelease.forStore(desk.store, Clock.systemUTC(), new SecureRandom()));
    }

    @Test
    void online_login_gives_a_token_and_leaves_an_offline_verifier_but_never_the_password() {
        LoginOutcome outcome = loginAt(NOW).login("agent.antwerpen", "demo".toCharArray());

        assertThat(outcome.offline()).isFalse();
        assertThat(session.token()).contains("tok");
        var stored = desk.store.database().inTransaction(c -> desk.store.verifiers().find(c, "agent.antwerpen"));
        assertThat(stored).hasValueSatisfying(v -> assertThat(new String(v.hash(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("demo"));
    }

    /** ADR 0108: a verifier of an older, weaker desk still opens offline and is made again at the next online login. */
    @Test
    void a_verifier_at_an_older_strength_still_works_offline_and_is_made_again_at_the_next_online_login()
            throws Exception {
        loginAt(NOW, 500).login("agent.antwerpen", "demo".toCharArray());
        assertThat(storedIterations()).isEqualTo(500);
        server.close();

        assertThat(loginAt(NOW.plusSeconds(60)).login("agent.antwerpen", "demo".toCharArray()).offline()).isTrue();
        assertThatThrownBy(() -> loginAt(NOW.plusSeconds(90)).login("agent.antwerpen", "guess".toCharArray()))
                .isInstanceOfSatisfying(LoginRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(LoginRefusal.WRONG_CREDENTIALS));
        assertThat(storedIterations()).as("an offline login does not upgrade: it cannot be checked").isEqualTo(500);

        server = new ScriptedServer(json);
        desk.store.database().inTransaction(c -> {
            desk.store.syncState().saveIdentity(c, new DeviceIdentity(server.url(), "dev-1", "s", "antwerpen", "Loket 1"));
            return null;
        });
        server.on("POST", "/api/v1/auth/login", r -> new Answer(200, new LoginResponse("tok", NOW.plusSeconds(3600),
                AGENT)));
        assertThat(loginAt(NOW.plusSeconds(120)).login("agent.antwerpen", "demo".toCharArray()).offline()).isFalse();

        assertThat(storedIterations()).isEqualTo(1_000);
        server.close();
        assertThat(loginAt(NOW.plusSeconds(180)).login("agent.antwerpen", "demo".toCharArray()).offline()).isTrue();
    }

    private int storedIterations() {
        return desk.store.database().inTransaction(c -> desk.store.verifiers().find(c, "agent.antwerpen"))
                .orElseThrow().iterations();
    }

    @Test
    void a_logout_asks_the_server_to_end_the_session_and_forgets_the_token_at_once() throws Exception {
        server.on("POST", "/api/v1/auth/logout", r -> new Answer(204, null));
        StaffLogin login = loginAt(NOW);
        login.login("agent.antwerpen", "demo".toCharArray());

        login.logout();

        assertThat(session.token()).isEmpty();
        long until = System.nanoTime() + 10_000_000_000L;
        while (server.paths().stream().noneMatch(p -> p.endsWith("/auth/logout")) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(server.received()).filteredOn(r -> r.path().endsWith("/auth/logout")).singleElement()
                .satisfies(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer tok"));
    }

    @Test
    void wrong_password_online_is_refused() {
        assertThatThrownBy(() -> loginAt(NOW).login("agent.antwerpen", "nope".toCharArray()))
                .isInstanceOfSatisfying(LoginRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(LoginRefusal.WRONG_CREDENTIALS));
    }

    @Test
    void offline_login_works_within_the_grace_period_after_an_online_login() {
        loginAt(NOW).login("agent.antwerpen", "demo".toCharArray());
        server.close();

        LoginOutcome outcome = loginAt(NOW.plus(Duration.ofHours(71))).login("agent.antwerpen", "demo".toCharArray());

        assertThat(outcome.offline()).isTrue();
        assertThat(session.token()).isEmpty();
        assertThat(session.staff()).contains(AGENT);
    }

    @Test
    void offline_login_with_a_wrong_password_is_refused() {
        loginAt(NOW).login("agent.antwerpen", "demo".toCharArray());
        server.close();

        assertThatThrownBy(() -> loginAt(NOW.plusSeconds(60)).login("agent.antwerpen", "guess".toCharArray()))
                .isInstanceOfSatisfying(LoginRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(LoginRefusal.WRONG_CREDENTIALS));
    }

    @Test
    void offline_login_after_the_grace_period_is_refused_with_its_own_reason() {
        loginAt(NOW).login("agent.antwerpen", "demo".toCharArray());
        server.close();

        assertThatThrownBy(() -> loginAt(NOW.plus(Duration.ofHours(73))).login("agent.antwerpen", "demo".toCharArray()))
                .isInstanceOfSatisfying(LoginRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(LoginRefusal.OFFLINE_GRACE_EXPIRED));
    }

    @Test
    void offline_login_of_someone_who_never_logged_in_here_is_refused() {
        server.close();
        assertThatThrownBy(() -> loginAt(NOW).login("agent.antwerpen", "demo".toCharArray()))
                .isInstanceOfSatisfying(LoginRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(LoginRefusal.OFFLINE_UNKNOWN_USER));
    }

    @Test
    void online_and_offline_logins_release_the_same_wrapping_key_and_a_wrong_password_none() {
        loginAt(NOW).login("agent.antwerpen", "demo".toCharArray());
        byte[] online = session.wrappingKey().orElseThrow();
        StaffKeyring keyring = new StaffKeyring(desk.store.database(), desk.store.wrappedSecrets(),
                new SecureRandom());
        keyring.put("agent.antwerpen", "test-purpose", "geheim".getBytes(), online);
        loginAt(NOW.plusSeconds(60)).login("agent.antwerpen", "demo".toCharArray());
        assertThat(session.wrappingKey()).hasValueSatisfying(k -> assertThat(k).isEqualTo(online));
        server.close();

        loginAt(NOW.plusSeconds(120)).login("agent.antwerpen", "demo".toCharArray());

        byte[] offline = session.wrappingKey().orElseThrow();
        assertThat(offline).isEqualTo(online);
        assertThat(keyring.open("agent.antwerpen", "test-purpose", offline)).hasValueSatisfying(
                secret -> assertThat(new String(secret)).isEqualTo("geheim"));
        assertThat(keyring.open("agent.antwerpen", "other-purpose", offline)).isEmpty();
        assertThat(keyring.open("agent.deurne", "test-purpose", offline)).isEmpty();
        offline[0] ^= 1;
        assertThat(keyring.open("agent.antwerpen", "test-purpose", offline)).isEmpty();
        session.end();
        assertThat(session.wrappingKey()).isEmpty();
    }

    @Test
    void the_wrapping_key_is_not_stored_on_the_desk() {
        loginAt(NOW).login("agent.antwerpen", "demo".toCharArray());
        byte[] key = session.wrappingKey().orElseThrow();
        var stored = desk.store.database().inTransaction(c -> desk.store.verifiers().find(c, "agent.antwerpen"))
                .orElseThrow();

        assertThat(stored.scheme()).isEqualTo(be.antwerpen.lom.client.store.StaffVerifier.SCHEME_DERIVED);
        assertThat(stored.hash()).isNotEqualTo(key);
        assertThat(stored.hash()).isNotEqualTo(new OfflineVerifier(1_000, new SecureRandom())
                .derive("demo".toCharArray(), stored.salt(), stored.iterations()));
    }

    @Test
    void a_changed_password_forgets_the_secrets_wrapped_under_the_old_one() {
        loginAt(NOW).login("agent.antwerpen", "demo".toCharArray());
        StaffKeyring keyring = new StaffKeyring(desk.store.database(), desk.store.wrappedSecrets(),
                new SecureRandom());
        keyring.put("agent.antwerpen", "test-purpose", "geheim".getBytes(), session.wrappingKey().orElseThrow());
        server.on("POST", "/api/v1/auth/login", r -> new Answer(200, new LoginResponse("tok2",
                NOW.plusSeconds(3600), AGENT)));

        loginAt(NOW.plusSeconds(60)).login("agent.antwerpen", "nieuw".toCharArray());

        assertThat(keyring.open("agent.antwerpen", "test-purpose", session.wrappingKey().orElseThrow())).isEmpty();
        java.util.Optional<?> left = desk.store.database().inTransaction(c -> desk.store.wrappedSecrets().find(c,
                "agent.antwerpen", "test-purpose"));
        assertThat(left).isEmpty();
    }
}
