package be.antwerpen.lom.client.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.auth.DeskDataKeyRelease;
import be.antwerpen.lom.client.auth.DeskSession;
import be.antwerpen.lom.client.auth.LoginOutcome;
import be.antwerpen.lom.client.auth.OfflineVerifier;
import be.antwerpen.lom.client.auth.SessionCredentials;
import be.antwerpen.lom.client.auth.StaffLogin;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.sync.ServerConnectionFactory;
import be.antwerpen.lom.client.testing.ScriptedServer;
import be.antwerpen.lom.client.testing.ScriptedServer.Answer;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final StaffMember AGENT = new StaffMember("agent.antwerpen", "Agent", StaffRole.AGENT,
            Set.of("antwerpen"));

    @TempDir
    Path dir;

    private final ObjectMapper json = ProtocolJson.newMapper();
    private ScriptedServer server;
    private TestDesk desk;
    private LoginViewModel model;
    private final AtomicReference<LoginOutcome> loggedIn = new AtomicReference<>();

    @BeforeEach
    void setUp() throws Exception {
        server = new ScriptedServer(json);
        desk = new TestDesk(dir, Clock.fixed(NOW, ZoneId.of("UTC")));
        desk.store.database().inTransaction(c -> {
            desk.store.syncState().saveIdentity(c, new DeviceIdentity(server.url(), "d", "s", "antwerpen", "Loket 1"));
            return null;
        });
        server.on("POST", "/api/v1/auth/login", r -> "demo".equals(r.body().get("password").asText())
                ? new Answer(200, new LoginResponse("tok", NOW.plusSeconds(3600), AGENT))
                : new Answer(401, new ErrorBody("unauthorized", "wrong", null)));
        server.on("GET", "/api/v1/health", r -> new Answer(200, Map.of("status", "ok", "demo", true)));
        DeskSession session = new DeskSession();
        ServerConnectionFactory factory = new ServerConnectionFactory(json, null,
                new SessionCredentials(session, Optional::empty), Duration.ofSeconds(5));
        ServerCalls calls = new ServerCalls(json);
        StaffLogin login = new StaffLogin(desk.store, factory::connect, calls,
                new OfflineVerifier(1_000, new SecureRandom()), session, Clock.fixed(NOW, ZoneId.of("UTC")),
                Duration.ofHours(72), json,
                DeskDataKeyRelease.forStore(desk.store, Clock.systemUTC(), new SecureRandom()));
        model = new LoginViewModel(login, new BackgroundTasks(Runnable::run, Runnable::run),
                new Messages(Messages.DUTCH_BELGIUM),
                () -> calls.execute(factory.connect(server.url()).health()).path("demo").asBoolean(false));
    }

    @AfterEach
    void tearDown() {
        desk.close();
        server.close();
    }

    @Test
    void a_demo_server_makes_the_login_screen_list_the_demo_accounts() {
        model.probeDemo("antwerpen");
        assertThat(model.demoHint()).contains("agent.antwerpen", "supervisor.antwerpen", "admin", "demo");
    }

    @Test
    void a_wrong_password_is_explained_in_dutch_and_nobody_is_logged_in() {
        char[] password = "nope".toCharArray();
        model.login("agent.antwerpen", password, loggedIn::set);

        assertThat(model.message()).isEqualTo("Gebruikersnaam of wachtwoord is niet juist.");
        assertThat(loggedIn.get()).isNull();
        assertThat(password).containsOnly('\0');
    }

    @Test
    void an_offline_login_says_changes_are_sent_later() {
        model.login("agent.antwerpen", "demo".toCharArray(), loggedIn::set);
        server.close();

        model.login("agent.antwerpen", "demo".toCharArray(), loggedIn::set);

        assertThat(loggedIn.get().offline()).isTrue();
        assertThat(model.message()).startsWith("Offline ingelogd");
    }
}
