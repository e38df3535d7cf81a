package be.antwerpen.lom.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.Http;
import be.antwerpen.lom.server.testing.TestEngine;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0028: login throttling through the real HTTP server, with two server instances on one database,
 * on every engine. All requests of a test come from 127.0.0.1; an enrolled desk is another source.
 */
abstract class LoginThrottleContract {

    private static final String WRONG = "wrong password";

    @TempDir
    Path tempDir;
    private String location;
    private final List<Database> databases = new ArrayList<>();
    private final List<Javalin> apps = new ArrayList<>();
    private ServerComponents first;
    private Http one;
    private Http two;

    abstract TestEngine engine();

    @BeforeEach
    void start() {
        engine().assumeAvailable();
        location = engine().newLocation(tempDir);
        first = startInstance();
        ServerComponents second = startInstance();
        Fixture.staff(first);
        one = new Http(first.json(), apps.get(0).port());
        two = new Http(second.json(), apps.get(1).port());
    }

    private ServerComponents startInstance() {
        Database db = engine().open(location);
        databases.add(db);
        ServerComponents s = Fixture.components(db);
        apps.add(s.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start());
        return s;
    }

    @AfterEach
    void stop() {
        apps.forEach(Javalin::stop);
        databases.forEach(Database::close);
        if (!databases.isEmpty()) {
            engine().drop(location);
        }
    }

    private static Http.Response login(Http http, String user, String password, Map<String, String> headers) {
        return http.post("/auth/login", new LoginRequest(user, password), headers);
    }

    private long rows(String sql, Object... params) {
        return databases.get(0).inTransaction(c -> Rows.one(c, sql, rs -> rs.getLong(1), params).orElse(0L));
    }

    /** Enrolls a desk at Antwerpen; the headers it sends with every call. */
    private Map<String, String> enrolledDesk() {
        String code = first.enrollment().issue(null, "antwerpen", "Loket 1", Duration.ofHours(1), "test");
        JsonNode desk = one.post("/devices/enroll", new EnrollmentRequest(code, "pc-1"), Map.of()).json();
        return Map.of("X-Device-Id", desk.path("deviceId").asText(), "X-Device-Secret",
                desk.path("deviceSecret").asText());
    }

    /** Sends 40 wrong passwords for {@code user} at once, half to each instance; their statuses. */
    private List<Integer> burstOfForty(String user) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Http instance = i % 2 == 0 ? one : two;
                answers.add(pool.submit(() -> {
                    gate.await();
                    return login(instance, user, WRONG, Map.of()).status();
                }));
            }
            gate.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void of_forty_concurrent_wrong_passwords_on_two_instances_only_five_are_checked() throws Exception {
        int free = ThrottlePolicy.ACCOUNT_AT_SOURCE.free();

        List<Integer> statuses = burstOfForty("agent.antwerpen");

        assertThat(statuses).filteredOn(s -> s == 401).hasSize(free);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(40 - free);
        assertThat(rows("SELECT COUNT(*) FROM audit_log WHERE action = 'LoginFailed'")).isEqualTo(free);
        Http.Response refused = login(two, "agent.antwerpen", Fixture.PASSWORD, Map.of());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("code").asText()).isEqualTo("too_many_attempts");
    }

    @Test
    void the_burst_is_held_to_the_policy_as_well_when_the_counters_already_exist() throws Exception {
        int free = ThrottlePolicy.ACCOUNT_AT_SOURCE.free();
        assertThat(login(one, "agent.deurne", WRONG, Map.of()).status()).isEqualTo(401);

        List<Integer> statuses = burstOfForty("agent.deurne");

        assertThat(statuses).filteredOn(s -> s == 401).hasSize(free - 1);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(40 - (free - 1));
        assertThat(rows("SELECT COUNT(*) FROM audit_log WHERE action = 'LoginFailed'")).isEqualTo(free);
    }

    @Test
    void spraying_one_guess_over_many_accounts_from_one_source_is_throttled() {
        int free = ThrottlePolicy.SOURCE.free();
        for (int i = 0; i < free; i++) {
            String user = i < 3 ? List.of("agent.antwerpen", "agent.deurne", "admin").get(i) : "user." + i;
            assertThat(login(i % 2 == 0 ? one : two, user, WRONG, Map.of()).status()).as("guess %d", i).isEqualTo(401);
        }

        Http.Response sprayed = login(one, "supervisor.antwerpen", WRONG, Map.of());

        assertThat(sprayed.status()).isEqualTo(429);
        assertThat(login(two, "user.next", WRONG, Map.of()).status()).isEqualTo(429);
        assertThat(rows("SELECT COUNT(*) FROM audit_log WHERE action = 'LoginFailed'")).isEqualTo(free);
    }

    @Test
    void an_attacker_elsewhere_does_not_lock_the_owner_out_of_a_known_desk() {
        Map<String, String> desk = enrolledDesk();
        assertThat(login(one, "admin", Fixture.PASSWORD, desk).status()).isEqualTo(200);

        for (int i = 0; i < 40; i++) {
            login(i % 2 == 0 ? one : two, "admin", WRONG, Map.of());
        }
        assertThat(login(one, "admin", Fixture.PASSWORD, Map.of()).status()).isEqualTo(429);

        assertThat(login(two, "admin", WRONG, desk).status()).isEqualTo(401);
        assertThat(login(two, "admin", Fixture.PASSWORD, desk).status()).isEqualTo(200);
    }

    @Test
    void someone_spraying_from_a_shared_address_does_not_lock_out_an_account_that_logs_in_from_there() {
        assertThat(login(one, "agent.deurne", Fixture.PASSWORD, Map.of()).status()).isEqualTo(200);
        for (int i = 0; i < ThrottlePolicy.SOURCE.free() + 5; i++) {
            login(i % 2 == 0 ? one : two, "user." + i, WRONG, Map.of());
        }
        assertThat(login(one, "user.late", WRONG, Map.of()).status()).as("the address is blocked for guessing")
                .isEqualTo(429);

        assertThat(login(two, "agent.deurne", Fixture.PASSWORD, Map.of()).status())
                .as("an account known at this address still gets in").isEqualTo(200);
        for (int i = 0; i < ThrottlePolicy.ACCOUNT_AT_SOURCE.free(); i++) {
            assertThat(login(one, "agent.deurne", WRONG, Map.of()).status()).isEqualTo(401);
        }
        assertThat(login(one, "agent.deurne", WRONG, Map.of()).status())
                .as("and guessing its password there is still held by its own bucket").isEqualTo(429);
    }

    @Test
    void a_desk_id_without_its_secret_is_no_way_around_the_address_limit() {
        Map<String, String> desk = enrolledDesk();
        assertThat(login(one, "admin", Fixture.PASSWORD, desk).status()).isEqualTo(200);
        Map<String, String> forged = Map.of("X-Device-Id", desk.get("X-Device-Id"), "X-Device-Secret", "guessed");
        for (int i = 0; i < ThrottlePolicy.ACCOUNT_AT_SOURCE.free(); i++) {
            assertThat(login(one, "admin", WRONG, forged).status()).isEqualTo(401);
        }

        assertThat(login(one, "admin", WRONG, forged).status()).isEqualTo(429);
        assertThat(login(one, "admin", WRONG, Map.of()).status()).isEqualTo(429);
        assertThat(login(one, "admin", Fixture.PASSWORD, desk).status()).isEqualTo(200);
    }

    @Test
    void a_correct_password_takes_its_attempt_back_so_the_owner_typing_wrong_now_and_then_is_never_slowed() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < ThrottlePolicy.ACCOUNT_AT_SOURCE.free() - 1; i++) {
                assertThat(login(one, "agent.deurne", WRONG, Map.of()).status()).isEqualTo(401);
            }
            assertThat(login(two, "agent.deurne", Fixture.PASSWORD, Map.of()).status()).isEqualTo(200);
        }
    }

    @Test
    void a_password_reset_by_an_administrator_lifts_the_account_limits() {
        for (int i = 0; i < ThrottlePolicy.ACCOUNT_AT_SOURCE.free(); i++) {
            login(one, "agent.antwerpen", WRONG, Map.of());
        }
        assertThat(login(one, "agent.antwerpen", Fixture.PASSWORD, Map.of()).status()).isEqualTo(429);

        first.staffAdministration().resetPassword("agent.antwerpen", "a-new-long-password", "admin");

        assertThat(login(two, "agent.antwerpen", "a-new-long-password", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void what_was_typed_as_username_is_stored_only_when_it_names_an_account() {
        String typedPassword = "Zomer2026!geheim";
        assertThat(login(one, typedPassword, WRONG, Map.of()).status()).isEqualTo(401);
        assertThat(login(one, "agent.antwerpen", WRONG, Map.of()).status()).isEqualTo(401);
        Http.Response nul = login(one, "agent\u0000antwerpen", WRONG, Map.of());
        Http.Response bidi = login(one, "agent\u202Eneprewtna", WRONG, Map.of());

        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().path("field").asText()).as("refused at the edge, ADR 0155").isEqualTo("body");
        assertThat(bidi.status()).isEqualTo(400);
        for (String table : List.of("login_attempts", "login_known_sources", "audit_log")) {
            String dump = databases.get(0).inTransaction(c -> {
                StringBuilder all = new StringBuilder();
                Rows.list(c, "SELECT * FROM " + table, rs -> {
                    for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
                        all.append(rs.getString(col)).append('|');
                    }
                    return null;
                });
                return all.toString();
            });
            assertThat(dump).as(table).doesNotContain(typedPassword).doesNotContain("\u0000")
                    .doesNotContain("127.0.0.1");
        }
        assertThat(rows("SELECT COUNT(*) FROM audit_log WHERE action = 'LoginFailed' AND actor = 'agent.antwerpen'"))
                .isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM audit_log WHERE action = 'LoginFailed' AND actor = 'unknown'"
                + " AND entity_id LIKE 'h:%'")).isEqualTo(1);
    }
}
