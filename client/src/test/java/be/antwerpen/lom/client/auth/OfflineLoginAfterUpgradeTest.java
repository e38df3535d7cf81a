package be.antwerpen.lom.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.StaffVerifier;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.sync.ServerConnectionFactory;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.ProtocolJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk upgraded during an outage: its staff have verifiers of the older scheme, which wrap nothing.
 * Their offline login still opens the desk (ADR 0045): the verifier becomes a scheme-2 one, the desk
 * gets its data key wrapped for them, and the grace period is not extended.
 */
class OfflineLoginAfterUpgradeTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final Instant LAST_ONLINE = NOW.minus(Duration.ofHours(20));

    @TempDir
    Path dir;

    private final ObjectMapper json = ProtocolJson.newMapper();

    @Test
    void an_older_verifier_logs_in_offline_and_opens_the_desk_without_extending_the_grace_period() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        OfflineVerifier kdf = new OfflineVerifier(1_000, new SecureRandom());
        try (LocalStore store = LocalStore.open(dir, json)) {
            byte[] salt = kdf.newSalt();
            String staff = json.writeValueAsString(new StaffMember("agent.antwerpen", "Agent", StaffRole.AGENT,
                    Set.of("antwerpen")));
            store.database().inTransaction(c -> {
                store.syncState().saveIdentity(c, new DeviceIdentity("http://127.0.0.1:" + closedPort, "dev-1", "s",
                        "antwerpen", "Loket 1"));
                store.verifiers().save(c, new StaffVerifier("agent.antwerpen", salt,
                        kdf.derive("demo".toCharArray(), salt, 1_000), 1_000, staff, LAST_ONLINE,
                        StaffVerifier.SCHEME_RAW_KDF));
                return null;
            });
            DeskSession session = new DeskSession();
            Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Brussels"));
            ServerConnectionFactory factory = new ServerConnectionFactory(json, null,
                    new SessionCredentials(session, Optional::empty), Duration.ofSeconds(2));
            StaffLogin login = new StaffLogin(store, factory::connect, new ServerCalls(json), kdf, session, clock,
                    Duration.ofHours(72), json, DeskDataKeyRelease.forStore(store, clock, new SecureRandom()));

            LoginOutcome outcome = login.login("agent.antwerpen", "demo".toCharArray());

            assertThat(outcome.offline()).isTrue();
            assertThat(store.vault().unlocked()).isTrue();
            StaffVerifier upgraded = store.database().inTransaction(c -> store.verifiers().find(c, "agent.antwerpen"))
                    .orElseThrow();
            assertThat(upgraded.scheme()).isEqualTo(StaffVerifier.SCHEME_DERIVED);
            assertThat(upgraded.lastOnlineLogin()).isEqualTo(LAST_ONLINE);

            login.logout();
            assertThat(store.vault().unlocked()).isFalse();
            login.login("agent.antwerpen", "demo".toCharArray());
            assertThat(store.vault().unlocked()).isTrue();
        }
    }
}
