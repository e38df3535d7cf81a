package be.antwerpen.lom.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.Http;
import be.antwerpen.lom.server.testing.TestEngine;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web booking happens once (ADR 0026: Idempotency-Key) and a citizen holds one live booking per
 * slot (ADR 0027), over HTTP against two real server instances sharing one database, on every engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BookingOnceContract {

    private String location;
    private Database db;
    private Database db2;
    private ServerComponents server;
    private ServerComponents server2;
    private Javalin app;
    private Javalin app2;
    private Http http;
    private Http http2;
    private String agent;
    private String agent2;
    private String supervisor;
    private LocalDateTime morning;
    private int nextSlot;

    abstract TestEngine engine();

    @BeforeAll
    void start(@TempDir Path tempDir) {
        engine().assumeAvailable();
        location = engine().newLocation(tempDir);
        db = engine().open(location);
        db2 = engine().open(location);
        server = Fixture.components(db);
        server2 = Fixture.components(db2);
        Fixture.staff(server);
        app = server.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
        app2 = server2.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
        http = new Http(server.json(), app.port());
        http2 = new Http(server2.json(), app2.port());
        agent = login(http, "agent.antwerpen");
        agent2 = login(http2, "agent.antwerpen");
        supervisor = login(http, "supervisor.antwerpen");
        morning = Fixture.openMorning("antwerpen");
    }

    @AfterAll
    void stop() {
        for (Javalin a : new Javalin[] {app, app2}) {
            if (a != null) {
                a.stop();
            }
        }
        if (db2 != null) {
            db2.close();
        }
        if (db != null) {
            db.close();
            engine().drop(location);
        }
    }

    private static String login(Http h, String user) {
        Http.Response r = h.post("/auth/login", new LoginRequest(user, Fixture.PASSWORD), Map.of());
        assertThat(r.status()).isEqualTo(200);
        return r.json().path("token").asText();
    }

    /** A fresh start time for each test (an hour apart), so tests do not share seats. */
    private LocalDateTime freeStart() {
        int n = nextSlot++;
        return Fixture.openWeek("antwerpen", morning, n / 3).plusHours(n % 3);
    }

    private static Map<String, String> withKey(String token, String key) {
        Map<String, String> headers = new HashMap<>(Http.bearer(token));
        headers.put("Idempotency-Key", key);
        return headers;
    }

    private Http.Response book(Http h, Map<String, String> headers, LocalDateTime start, Citizen citizen) {
        return h.post("/appointments", new BookingRequest("antwerpen", "EID_APPLY", start, citizen), headers);
    }

    private long count(String sql, Object... params) {
        return db.inTransaction(c -> Rows.one(c, sql, rs -> rs.getLong(1), params).orElse(0L));
    }

    private long appointmentsAt(LocalDateTime start) {
        return count("SELECT COUNT(*) FROM appointments WHERE location_id = 'antwerpen' AND start_time = ?",
                be.antwerpen.lom.server.db.WallClock.text(start));
    }

    private long seatsUsedAt(LocalDateTime start) {
        return count("SELECT COALESCE(MAX(used), 0) FROM seat_cells WHERE location_id = 'antwerpen'"
                + " AND cell_start = ?", be.antwerpen.lom.server.db.WallClock.text(start));
    }

    @Test
    void a_replay_after_a_lost_answer_books_once_and_answers_as_the_first_time() {
        LocalDateTime start = freeStart();
        Citizen citizen = Fixture.citizen("Jan", "Peeters");
        String key = UUID.randomUUID().toString();

        Http.Response first = book(http, withKey(agent, key), start, citizen);
        Http.Response replay = book(http2, withKey(agent2, key), start, citizen);
        Http.Response quoted = book(http, withKey(agent, "\"" + key + "\""), start, citizen);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(quoted.status()).isEqualTo(201);
        assertThat(replay.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(quoted.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(replay.json().path("code").asText()).isEqualTo(first.json().path("code").asText());
        assertThat(appointmentsAt(start)).isEqualTo(1);
        assertThat(seatsUsedAt(start)).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_is_refused_422_and_stores_nothing() {
        LocalDateTime start = freeStart();
        String key = UUID.randomUUID().toString();
        assertThat(book(http, withKey(agent, key), start, Fixture.citizen("Ann", "Maes")).status()).isEqualTo(201);
        long keysBefore = count("SELECT COUNT(*) FROM idempotency_keys");

        Http.Response other = book(http, withKey(agent, key), start.plusMinutes(30), Fixture.citizen("Els", "Maes"));
        Http.Response otherEndpoint = http.post("/appointments/" + UUID.randomUUID() + "/cancel", "{}",
                withKey(agent, key));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().path("code").asText()).isEqualTo("idempotency_key_reused");
        assertThat(other.json().path("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(other.text()).doesNotContain("Els");
        assertThat(otherEndpoint.status()).isEqualTo(422);
        assertThat(appointmentsAt(start.plusMinutes(30))).isZero();
        assertThat(count("SELECT COUNT(*) FROM idempotency_keys")).isEqualTo(keysBefore);
    }

    @Test
    void keys_belong_to_the_staff_member_and_hold_no_personal_data() {
        LocalDateTime start = freeStart();
        String key = UUID.randomUUID().toString();
        Citizen first = Fixture.citizen("Wout", "Janssens");

        Http.Response byAgent = book(http, withKey(agent, key), start, first);
        Http.Response bySupervisor = book(http, withKey(supervisor, key), start.plusMinutes(10),
                Fixture.citizen("Mila", "Janssens"));

        assertThat(byAgent.status()).isEqualTo(201);
        assertThat(bySupervisor.status()).isEqualTo(201);
        assertThat(bySupervisor.json().path("id").asText()).isNotEqualTo(byAgent.json().path("id").asText());
        String digits = first.nationalRegisterNumber().digits();
        assertThat(count("SELECT COUNT(*) FROM idempotency_keys WHERE key_hash = ? OR request_hash LIKE ?"
                + " OR key_hash LIKE ?", key, "%" + digits + "%", "%" + digits + "%")).isZero();
    }

    @Test
    void a_bad_key_answers_400_and_a_refused_request_leaves_the_key_free() {
        LocalDateTime start = freeStart();
        assertThat(book(http, withKey(agent, "x".repeat(256)), start, Fixture.citizen("Lea", "Smet")).status())
                .isEqualTo(400);
        String key = UUID.randomUUID().toString();
        Citizen citizen = Fixture.citizen("Lea", "Smet");
        Http.Response past = book(http, withKey(agent, key), LocalDateTime.now().minusDays(1), citizen);
        assertThat(past.status()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM idempotency_keys WHERE key_hash = ?",
                be.antwerpen.lom.server.auth.Secrets.sha256(key))).isZero();

        Http.Response other = book(http, withKey(agent, key), start, citizen);

        assertThat(other.status()).isEqualTo(201);
    }

    @Test
    void reschedule_and_cancel_take_a_key_too() {
        LocalDateTime start = freeStart();
        String id = book(http, Http.bearer(agent), start, Fixture.citizen("Tom", "Claes")).json().path("id").asText();
        String moveKey = UUID.randomUUID().toString();
        Map<String, String> move = Map.of("start", start.plusMinutes(20).toString());

        Http.Response moved = http.post("/appointments/" + id + "/reschedule", move, withKey(agent, moveKey));
        http.post("/appointments/" + id + "/reschedule", Map.of("start", start.plusMinutes(40).toString()),
                Http.bearer(agent));
        Http.Response replay = http2.post("/appointments/" + id + "/reschedule", move, withKey(agent2, moveKey));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(LocalDateTime.parse(replay.json().path("start").asText())).isEqualTo(start.plusMinutes(40));
        String cancelKey = UUID.randomUUID().toString();
        assertThat(http.post("/appointments/" + id + "/cancel", "{}", withKey(agent, cancelKey)).status())
                .isEqualTo(200);
        Http.Response again = http2.post("/appointments/" + id + "/cancel", "{}", withKey(agent2, cancelKey));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void a_second_live_booking_of_one_citizen_in_one_slot_is_refused_409() {
        LocalDateTime start = freeStart();
        Citizen citizen = Fixture.citizen("Noor", "Aerts");
        Http.Response first = book(http, Http.bearer(agent), start, citizen);
        assertThat(first.status()).isEqualTo(201);

        Http.Response second = book(http2, Http.bearer(agent2), start, citizen);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("code").asText()).isEqualTo("already_booked");
        assertThat(second.json().path("message").asText()).contains(first.json().path("code").asText())
                .doesNotContain(citizen.nationalRegisterNumber().digits()).doesNotContain("Noor");
        assertThat(appointmentsAt(start)).isEqualTo(1);
        assertThat(seatsUsedAt(start)).isEqualTo(1);
        // a citizen without a register number (ADR 0029: said so explicitly) is not blocked
        BookingRequest noNumber = new BookingRequest("antwerpen", "EID_APPLY", start,
                new Citizen(null, "Noor", "Aerts", null, null), true);
        assertThat(http.post("/appointments", noNumber, Http.bearer(agent)).status()).isEqualTo(201);
        assertThat(http.post("/appointments", noNumber, Http.bearer(agent)).status()).isEqualTo(201);

        String id = first.json().path("id").asText();
        assertThat(http.post("/appointments/" + id + "/cancel", "{}", Http.bearer(agent)).status()).isEqualTo(200);
        assertThat(book(http, Http.bearer(agent), start, citizen).status()).isEqualTo(201);
    }

    @Test
    void a_reschedule_into_a_slot_the_citizen_already_holds_is_refused_and_keeps_the_old_time() {
        LocalDateTime start = freeStart();
        Citizen citizen = Fixture.citizen("Bram", "Wouters");
        assertThat(book(http, Http.bearer(agent), start, citizen).status()).isEqualTo(201);
        String other = book(http, Http.bearer(agent), start.plusMinutes(30), citizen).json().path("id").asText();

        Http.Response moved = http.post("/appointments/" + other + "/reschedule", Map.of("start", start.toString()),
                Http.bearer(agent));

        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.json().path("code").asText()).isEqualTo("already_booked");
        assertThat(LocalDateTime.parse(http.get("/appointments/" + other, Http.bearer(agent)).json().path("start")
                .asText())).isEqualTo(start.plusMinutes(30));
        assertThat(seatsUsedAt(start)).isEqualTo(1);
        assertThat(seatsUsedAt(start.plusMinutes(30))).isEqualTo(1);
    }

    @Test
    void two_instances_racing_one_key_book_once() throws Exception {
        LocalDateTime start = freeStart();
        Citizen citizen = Fixture.citizen("Ilse", "Jacobs");
        String key = UUID.randomUUID().toString();

        List<Http.Response> answers = race(8, i -> i % 2 == 0
                ? book(http, withKey(agent, key), start, citizen)
                : book(http2, withKey(agent2, key), start, citizen));

        assertThat(answers).extracting(Http.Response::status).containsOnly(201);
        assertThat(answers).extracting(r -> r.json().path("id").asText()).containsOnly(
                answers.get(0).json().path("id").asText());
        assertThat(appointmentsAt(start)).isEqualTo(1);
        assertThat(seatsUsedAt(start)).isEqualTo(1);
    }

    @Test
    void two_instances_racing_one_citizen_into_one_slot_book_once() throws Exception {
        LocalDateTime start = freeStart();
        Citizen citizen = Fixture.citizen("Kobe", "Mertens");

        List<Http.Response> answers = race(8, i -> i % 2 == 0
                ? book(http, Http.bearer(agent), start, citizen)
                : book(http2, withKey(agent2, UUID.randomUUID().toString()), start, citizen));

        assertThat(answers).extracting(Http.Response::status).containsOnly(201, 409);
        assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.json().path("code").asText()).isEqualTo("already_booked"));
        assertThat(appointmentsAt(start)).isEqualTo(1);
        assertThat(seatsUsedAt(start)).isEqualTo(1);
    }

    @Test
    void a_desks_second_booking_of_one_citizen_in_one_slot_is_rejected_and_the_chunk_goes_on() {
        LocalDateTime start = freeStart();
        Citizen citizen = Fixture.citizen("Fien", "Willems");
        Desk desk = new Desk(server, "antwerpen", "Loket 7", "agent.antwerpen");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID unrelated = UUID.randomUUID();

        PushResponse pushed = desk.push(
                desk.command(new Commands.Book(first, "D-1", "antwerpen", "EID_APPLY", start, citizen,
                        AppointmentOrigin.COUNTER)),
                desk.command(new Commands.Book(second, "D-2", "antwerpen", "EID_APPLY", start, citizen,
                        AppointmentOrigin.COUNTER)),
                desk.command(new Commands.Book(unrelated, "D-3", "antwerpen", "EID_APPLY", start,
                        Fixture.citizen("Lars", "Willems"), AppointmentOrigin.COUNTER)));

        assertThat(pushed.receipts()).extracting(CommandReceipt::outcome).containsExactly(CommandOutcome.APPLIED,
                CommandOutcome.REJECTED, CommandOutcome.APPLIED);
        assertThat(pushed.receipts().get(1).reason()).contains("D-1").doesNotContain("Fien");
        assertThat(appointmentsAt(start)).isEqualTo(2);
        assertThat(seatsUsedAt(start)).isEqualTo(2);

        Desk other = new Desk(server2, "antwerpen", "Loket 8", "agent.antwerpen");
        PushResponse later = other.push(other.command(new Commands.Book(UUID.randomUUID(), "D-4", "antwerpen",
                "EID_APPLY", start, citizen, AppointmentOrigin.COUNTER)));
        assertThat(later.receipts().get(0).outcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(later.lastAppliedSequence()).isEqualTo(1);
    }

    @Test
    void a_desk_that_cancels_and_books_again_in_one_chunk_and_moves_into_a_slot_being_left_is_applied() {
        LocalDateTime start = freeStart();
        Citizen citizen = Fixture.citizen("Rik", "Dubois");
        Desk desk = new Desk(server, "antwerpen", "Loket 6", "agent.antwerpen");
        UUID a = UUID.randomUUID();
        UUID leaving = UUID.fromString("00000000-0000-7000-8000-" + String.format("%012d", nextSlot));
        UUID entering = UUID.fromString("ffffffff-0000-7000-8000-" + String.format("%012d", nextSlot));
        assertThat(desk.push(
                desk.command(new Commands.Book(a, "C-1", "antwerpen", "EID_APPLY", start, citizen,
                        AppointmentOrigin.COUNTER)),
                desk.command(new Commands.Book(leaving, "C-2", "antwerpen", "EID_APPLY", start.plusMinutes(20),
                        citizen, AppointmentOrigin.COUNTER)),
                desk.command(new Commands.Book(entering, "C-3", "antwerpen", "EID_APPLY", start.plusMinutes(40),
                        citizen, AppointmentOrigin.COUNTER))).receipts())
                .extracting(CommandReceipt::outcome).containsOnly(CommandOutcome.APPLIED);
        UUID c = UUID.randomUUID();

        // one chunk (rows are written at its end): a leaves its slot (cancelled) and c is booked into it;
        // "leaving" moves on and "entering" (written first: UUIDs compare as signed numbers) takes the slot it left
        PushResponse pushed = desk.push(
                desk.command(new Commands.Cancel(a, "another product", null)),
                desk.command(new Commands.Book(c, "C-4", "antwerpen", "EID_APPLY", start, citizen,
                        AppointmentOrigin.COUNTER)),
                desk.command(new Commands.Reschedule(leaving, null, start.plusMinutes(30))),
                desk.command(new Commands.Reschedule(entering, null, start.plusMinutes(20))));

        assertThat(pushed.receipts()).extracting(CommandReceipt::outcome).containsOnly(CommandOutcome.APPLIED);
        assertThat(startOf(c)).isEqualTo(start);
        assertThat(startOf(leaving)).isEqualTo(start.plusMinutes(30));
        assertThat(startOf(entering)).isEqualTo(start.plusMinutes(20));
        assertThat(count("SELECT COUNT(*) FROM appointments WHERE status NOT IN ('BOOKED', 'CANCELLED')")).isZero();
    }

    private LocalDateTime startOf(UUID id) {
        return db.inTransaction(c -> server.appointments().find(c, id)).orElseThrow().appointment().start();
    }

    @Test
    void two_desks_on_two_instances_racing_one_citizen_into_one_slot_get_one_applied_and_one_rejected()
            throws Exception {
        LocalDateTime start = freeStart();
        Citizen citizen = Fixture.citizen("Hanne", "Goossens");
        Desk one = new Desk(server, "antwerpen", "Loket 4", "agent.antwerpen");
        Desk two = new Desk(server2, "antwerpen", "Loket 5", "agent.antwerpen");
        var bookOne = one.command(new Commands.Book(UUID.randomUUID(), "R-1", "antwerpen", "EID_APPLY", start,
                citizen, AppointmentOrigin.COUNTER));
        var bookTwo = two.command(new Commands.Book(UUID.randomUUID(), "R-2", "antwerpen", "EID_APPLY", start,
                citizen, AppointmentOrigin.COUNTER));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Future<PushResponse> first = pool.submit(() -> {
                go.await();
                return one.push(bookOne);
            });
            Future<PushResponse> second = pool.submit(() -> {
                go.await();
                return two.push(bookTwo);
            });
            go.countDown();
            List<CommandOutcome> outcomes = List.of(first.get().receipts().get(0).outcome(),
                    second.get().receipts().get(0).outcome());

            assertThat(outcomes).containsExactlyInAnyOrder(CommandOutcome.APPLIED, CommandOutcome.REJECTED);
            assertThat(first.get().lastAppliedSequence()).isEqualTo(1);
            assertThat(second.get().lastAppliedSequence()).isEqualTo(1);
            assertThat(appointmentsAt(start)).isEqualTo(1);
            assertThat(seatsUsedAt(start)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Call {
        Http.Response run(int i);
    }

    private static List<Http.Response> race(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.run(index);
                }));
            }
            go.countDown();
            List<Http.Response> answers = new ArrayList<>();
            for (Future<Http.Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
