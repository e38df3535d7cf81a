package be.antwerpen.lom.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.sync.AuditHeadSignatures;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.PushRequest;
import be.antwerpen.lom.model.sync.SignedAuditHead;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.demo.RegisterNumbers;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.Http;
import be.antwerpen.lom.server.testing.TestEngine;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** End to end over HTTP against the real server on a free port, on every engine. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HttpApiContract {

    private String location;
    private Database db;
    private ServerComponents server;
    private Javalin app;
    private Http http;
    private String agent;
    private String supervisor;
    private String deurneAgent;
    private String admin;
    private LocalDateTime morning;
    private int nextSlot;

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
        agent = login("agent.antwerpen");
        supervisor = login("supervisor.antwerpen");
        deurneAgent = login("agent.deurne");
        admin = login("admin");
        morning = Fixture.openMorning("antwerpen");
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

    private String login(String user) {
        Http.Response r = http.post("/auth/login", new LoginRequest(user, Fixture.PASSWORD), Map.of());
        assertThat(r.status()).isEqualTo(200);
        return r.json().path("token").asText();
    }

    /** A fresh start time for each booking test (an hour apart), so tests do not share seats. */
    private LocalDateTime freeStart() {
        int n = nextSlot++;
        return Fixture.openWeek("antwerpen", morning, n / 3).plusHours(n % 3);
    }

    private Http.Response book(String token, LocalDateTime start, Citizen citizen) {
        return http.post("/appointments", new BookingRequest("antwerpen", "EID_APPLY", start, citizen),
                Http.bearer(token));
    }

    private long appointmentCount() {
        return db.inTransaction(c -> be.antwerpen.lom.server.db.Rows.one(c, "SELECT COUNT(*) FROM appointments",
                rs -> rs.getLong(1)).orElse(0L));
    }

    @Test
    void health_and_openapi_need_no_login() {
        assertThat(http.get("/health", Map.of()).json().path("status").asText()).isEqualTo("ok");
        assertThat(http.get("/health", Map.of()).json().path("demo").asBoolean(true)).isFalse();
        Http.Response doc = http.get("/openapi.json", Map.of());
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().path("paths").has("/sync/push")).isTrue();
    }

    @Test
    void a_nul_character_anywhere_in_a_request_is_a_clear_400_and_stores_nothing() {
        long before = appointmentCount();
        String booking = "{\"locationId\":\"antwerpen\\u0000\",\"productCode\":\"EID_APPLY\",\"start\":\""
                + freeStart() + "\",\"citizen\":{\"givenName\":\"Jan\",\"familyName\":\"Janssens\"}}";

        Http.Response inBody = http.post("/appointments", booking, Http.bearer(agent));
        Http.Response inAuditSearch = http.post("/audit/search", "{\"actor\":\"agent\\u0000\"}",
                Http.bearer(supervisor));
        Http.Response inQuery = http.get("/desks?locationId=antwerpen%00", Http.bearer(supervisor));

        for (Http.Response r : List.of(inBody, inAuditSearch, inQuery)) {
            assertThat(r.status()).as(r.text()).isEqualTo(400);
            assertThat(r.json().path("code").asText()).isEqualTo("invalid_input");
            assertThat(r.text()).doesNotContain("Exception", "SQLState");
        }
        assertThat(inBody.json().path("field").asText()).isEqualTo("body");
        assertThat(inQuery.json().path("field").asText()).isEqualTo("url");
        assertThat(appointmentCount()).isEqualTo(before);

        // the same in UTF-16, which the JSON reader would read too: refused, not a 500
        Http.Response utf16 = http.sendBytes("POST", "/audit/search", "{\"actor\":\"agent\\u0000\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_16BE), Http.bearer(supervisor));
        assertThat(utf16.status()).as(utf16.text()).isEqualTo(400);
        // an overlong UTF-8 NUL (C0 80), which a lenient reader decodes to U+0000 without a zero byte or an escape
        byte[] overlong = "{\"locationId\":\"antwerpen\",\"actor\":\"agent?\"}".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII);
        int mark = new String(overlong, java.nio.charset.StandardCharsets.US_ASCII).indexOf('?');
        byte[] withOverlong = new byte[overlong.length + 1];
        System.arraycopy(overlong, 0, withOverlong, 0, mark);
        withOverlong[mark] = (byte) 0xC0;
        withOverlong[mark + 1] = (byte) 0x80;
        System.arraycopy(overlong, mark + 1, withOverlong, mark + 2, overlong.length - mark - 1);
        Http.Response sneaked = http.sendBytes("POST", "/audit/search", withOverlong, Http.bearer(supervisor));
        assertThat(sneaked.status()).as(sneaked.text()).isEqualTo(400);
        // a backslash written before u0000 is text, not a NUL
        Http.Response literal = http.post("/audit/search", "{\"locationId\":\"antwerpen\",\"actor\":\"agent\\\\u0000\"}",
                Http.bearer(supervisor));
        assertThat(literal.status()).as(literal.text()).isEqualTo(200);

        // in a push, a command with a NUL is refused alone: the desk's other commands go through, its outbox moves on
        String code = server.enrollment().issue(null, "antwerpen", "Loket NUL", Duration.ofHours(1), "test");
        JsonNode enrolled = http.post("/devices/enroll", new EnrollmentRequest(code, "pc-nul"), Map.of()).json();
        Map<String, String> desk = Http.device(agent, enrolled.path("deviceId").asText(),
                enrolled.path("deviceSecret").asText());
        String good = server.json().valueToTree(new SyncCommand(UUID.randomUUID(), 2, 1, Instant.now(),
                "agent.antwerpen", new Commands.Book(UUID.randomUUID(), "NUL-2", "antwerpen", "EID_APPLY", freeStart(),
                        Fixture.citizen("Noor", "Bakker"), AppointmentOrigin.COUNTER))).toString();
        String withNul = "{\"commandId\":\"" + UUID.randomUUID() + "\",\"sequence\":1,\"schemaVersion\":1,"
                + "\"deviceTime\":\"" + Instant.now() + "\",\"actor\":\"x\\u0000y\",\"actorProof\":\"AAAA\","
                + "\"payload\":{\"type\":\"Bo\\u0000gus\"}}";
        Http.Response pushed = http.post("/sync/push", "{\"commands\":[" + withNul + "," + good + "]}", desk);
        assertThat(pushed.status()).as(pushed.text()).isEqualTo(200);
        assertThat(pushed.json().path("receipts").get(0).path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(pushed.json().path("receipts").get(1).path("outcome").asText()).isEqualTo("APPLIED");
    }

    @Test
    void booking_over_http_appears_in_the_agenda() {
        LocalDateTime start = freeStart();
        Http.Response booked = book(agent, start, Fixture.citizen("Jan", "Janssens"));

        assertThat(booked.status()).isEqualTo(201);
        String id = booked.json().path("id").asText();
        Http.Response agenda = http.get("/locations/antwerpen/agenda?date=" + start.toLocalDate(), Http.bearer(agent));
        assertThat(agenda.status()).isEqualTo(200);
        assertThat(agenda.json().findValuesAsText("id")).contains(id);
        Http.Response capacity = http.get("/locations/antwerpen/capacity?date=" + start.toLocalDate(),
                Http.bearer(agent));
        assertThat(capacity.json().path("bookedDeskMinutes").asInt()).isGreaterThan(0);
    }

    @Test
    void the_last_seat_taken_answers_409_slot_full() {
        LocalDateTime start = freeStart();
        int capacity = Fixture.capacity("antwerpen", start);
        for (int i = 0; i < capacity; i++) {
            assertThat(book(agent, start, Fixture.citizen("Ali", "Yilmaz")).status()).isEqualTo(201);
        }
        long before = appointmentCount();

        Http.Response full = book(agent, start, Fixture.citizen("Ali", "Yilmaz"));

        assertThat(full.status()).isEqualTo(409);
        assertThat(full.json().path("code").asText()).isEqualTo("slot_full");
        assertThat(appointmentCount()).isEqualTo(before);
    }

    @Test
    void reschedule_and_cancel_over_http() {
        LocalDateTime start = freeStart();
        String id = book(agent, start, Fixture.citizen("Eva", "Maes")).json().path("id").asText();
        LocalDateTime later = start.plusMinutes(30);

        Http.Response moved = http.post("/appointments/" + id + "/reschedule",
                Map.of("start", later.toString()), Http.bearer(agent));
        Http.Response cancelled = http.post("/appointments/" + id + "/cancel", Map.of("reason", "ill"),
                Http.bearer(agent));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("start").asText()).startsWith(later.toString());
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(http.post("/appointments/" + id + "/cancel", null, Http.bearer(agent)).status()).isEqualTo(200);
    }

    @Test
    void both_slot_queries_answer_free_slots() {
        LocalDate day = morning.toLocalDate();
        Http.Response proximity = http.get("/slots/proximity?location=antwerpen&product=EID_APPLY&from=" + day
                + "&to=" + day.plusDays(6), Http.bearer(agent));
        Http.Response flexibility = http.get("/slots/flexibility?product=PASSPORT&from=" + day + "&to="
                + day.plusDays(20) + "&saturdaysOnly=true&limit=5", Http.bearer(agent));

        assertThat(proximity.status()).isEqualTo(200);
        assertThat(proximity.json().size()).isGreaterThan(0);
        assertThat(proximity.json().get(0).path("locationId").asText()).isEqualTo("antwerpen");
        assertThat(flexibility.status()).isEqualTo(200);
        assertThat(flexibility.json().size()).isBetween(1, 5);
        flexibility.json().forEach(s -> assertThat(LocalDateTime.parse(s.path("start").asText()).getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.SATURDAY));
    }

    @Test
    void enrolled_desk_pushes_and_pulls_over_http() {
        String code = server.enrollment().issue(null, "antwerpen", "Loket 9", Duration.ofHours(1), "test");
        Http.Response enrolled = http.post("/devices/enroll", new EnrollmentRequest(code, "pc-9"), Map.of());
        assertThat(enrolled.status()).isEqualTo(201);
        String deviceId = enrolled.json().path("deviceId").asText();
        String secret = enrolled.json().path("deviceSecret").asText();
        Map<String, String> headers = Http.device(agent, deviceId, secret);
        Http.Response snapshot = http.get("/sync/snapshot", headers);
        long cursor = snapshot.json().path("cursor").asLong();
        UUID id = UUID.randomUUID();
        SyncCommand book = new SyncCommand(UUID.randomUUID(), 1, 1, Instant.now(), "agent.antwerpen",
                new Commands.Book(id, "HTTP-1", "antwerpen", "EID_APPLY", freeStart(), Fixture.citizen("Noor", "Bakker"),
                        AppointmentOrigin.COUNTER));

        Http.Response pushed = http.post("/sync/push", new PushRequest(List.of(book)), headers);
        Http.Response again = http.post("/sync/push", new PushRequest(List.of(book)), headers);
        Http.Response pulled = http.get("/sync/pull?cursor=" + cursor + "&limit=100", headers);

        assertThat(pushed.status()).isEqualTo(200);
        assertThat(pushed.json().path("receipts").get(0).path("outcome").asText()).isEqualTo("APPLIED");
        assertThat(again.json().path("receipts")).isEqualTo(pushed.json().path("receipts"));
        assertThat(pulled.json().path("changes").findValuesAsText("entityId")).contains(id.toString());
        assertThat(pulled.json().path("reflectedThroughSequence").asLong()).isEqualTo(1);
        assertThat(http.post("/devices/enroll", new EnrollmentRequest(code, "pc-10"), Map.of()).status())
                .isEqualTo(401);
    }

    @Test
    void sync_needs_the_device_secret_as_well_as_a_login() {
        String code = server.enrollment().issue(null, "antwerpen", "Loket 8", Duration.ofHours(1), "test");
        JsonNode device = http.post("/devices/enroll", new EnrollmentRequest(code, "pc-8"), Map.of()).json();
        String deviceId = device.path("deviceId").asText();

        assertThat(http.get("/sync/pull", Http.device(agent, deviceId, "wrong")).status()).isEqualTo(403);
        assertThat(http.get("/sync/pull", Http.bearer(agent)).status()).isEqualTo(403);
        assertThat(http.get("/sync/pull", Http.device(agent, "no-such-device", "x")).json().path("code").asText())
                .isEqualTo("unknown_device");
        assertThat(http.get("/sync/pull", Map.of("X-Device-Id", deviceId, "X-Device-Secret",
                device.path("deviceSecret").asText())).status()).isEqualTo(401);
        assertThat(http.get("/sync/pull", Http.device(deurneAgent, deviceId, device.path("deviceSecret").asText()))
                .status()).isEqualTo(403);
    }

    @Test
    void malformed_push_batches_answer_400_and_apply_nothing() {
        String code = server.enrollment().issue(null, "antwerpen", "Loket 7", Duration.ofHours(1), "test");
        JsonNode device = http.post("/devices/enroll", new EnrollmentRequest(code, "pc-7"), Map.of()).json();
        Map<String, String> headers = Http.device(agent, device.path("deviceId").asText(),
                device.path("deviceSecret").asText());

        Http.Response notJson = http.post("/sync/push", "{\"commands\": [", headers);
        Http.Response noId = http.post("/sync/push", "{\"commands\": [{\"sequence\": 1}]}", headers);
        Http.Response textSequence = http.post("/sync/push", "{\"commands\": [{\"commandId\": \""
                + UUID.randomUUID() + "\", \"sequence\": \"one\"}]}", headers);
        Http.Response notAList = http.post("/sync/push", "{\"commands\": 5}", headers);
        Http.Response empty = http.post("/sync/push", "{\"commands\": []}", headers);

        assertThat(notJson.json().path("code").asText()).isEqualTo("malformed_json");
        assertThat(noId.json().path("field").asText()).isEqualTo("commandId");
        assertThat(textSequence.json().path("field").asText()).isEqualTo("sequence");
        assertThat(List.of(notJson.status(), noId.status(), textSequence.status(), notAList.status()))
                .containsOnly(400);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().path("lastAppliedSequence").asLong()).isZero();
    }

    static Stream<Arguments> protectedEndpoints() {
        return Stream.of(
                Arguments.of("GET", "/reference-data"),
                Arguments.of("GET", "/locations/antwerpen/agenda?date=2030-01-07"),
                Arguments.of("GET", "/locations/antwerpen/capacity?date=2030-01-07"),
                Arguments.of("GET", "/slots/proximity?location=antwerpen&product=EID_APPLY&from=2030-01-07&to=2030-01-08"),
                Arguments.of("GET", "/slots/flexibility?product=EID_APPLY&from=2030-01-07&to=2030-01-08"),
                Arguments.of("POST", "/appointments"),
                Arguments.of("GET", "/appointments/" + UUID.randomUUID()),
                Arguments.of("POST", "/appointments/" + UUID.randomUUID() + "/reschedule"),
                Arguments.of("POST", "/appointments/" + UUID.randomUUID() + "/cancel"),
                Arguments.of("POST", "/sync/push"),
                Arguments.of("GET", "/sync/pull?cursor=0"),
                Arguments.of("GET", "/sync/snapshot"),
                Arguments.of("GET", "/conflicts?location=antwerpen"),
                Arguments.of("GET", "/conflicts/" + UUID.randomUUID()),
                Arguments.of("POST", "/conflicts/" + UUID.randomUUID() + "/resolve"),
                Arguments.of("POST", "/audit/search"),
                Arguments.of("GET", "/audit/signed-heads"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("protectedEndpoints")
    void every_protected_endpoint_answers_401_without_a_valid_token(String method, String path) {
        Http.Response none = http.send(method, path, method.equals("POST") ? "{}" : null, Map.of());
        Http.Response bogus = http.send(method, path, method.equals("POST") ? "{}" : null,
                Http.bearer("not-a-token"));

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().path("code").asText()).isNotBlank();
        assertThat(bogus.status()).isEqualTo(401);
    }

    static Stream<Arguments> anotherLocationsRecords() {
        return Stream.of(
                Arguments.of("GET", "/locations/antwerpen/agenda?date=2030-01-07", null),
                Arguments.of("GET", "/locations/antwerpen/capacity?date=2030-01-07", null),
                Arguments.of("GET", "/conflicts?location=antwerpen", null),
                Arguments.of("POST", "/audit/search", "{\"locationId\":\"antwerpen\"}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("anotherLocationsRecords")
    void another_locations_records_answer_403(String method, String path, String body) {
        Http.Response r = http.send(method, path, body, Http.bearer(deurneAgent));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("code").asText()).isEqualTo("forbidden");
    }

    @Test
    void another_locations_appointment_cannot_be_read_moved_or_cancelled() {
        LocalDateTime start = freeStart();
        String id = book(agent, start, Fixture.citizen("Lotte", "Claes")).json().path("id").asText();

        assertThat(http.get("/appointments/" + id, Http.bearer(deurneAgent)).status()).isEqualTo(403);
        assertThat(http.post("/appointments/" + id + "/cancel", "{}", Http.bearer(deurneAgent)).status())
                .isEqualTo(403);
        assertThat(http.post("/appointments/" + id + "/reschedule", Map.of("start", start.plusMinutes(30).toString()),
                Http.bearer(deurneAgent)).status()).isEqualTo(403);
        assertThat(http.get("/appointments/" + id, Http.bearer(agent)).json().path("status").asText())
                .isEqualTo("BOOKED");
    }

    @Test
    void agents_cannot_read_conflicts_or_audit_but_supervisors_and_admins_can() {
        assertThat(http.get("/conflicts?location=antwerpen", Http.bearer(agent)).status()).isEqualTo(403);
        assertThat(http.post("/audit/search", "{\"locationId\":\"antwerpen\"}", Http.bearer(agent)).status())
                .isEqualTo(403);
        assertThat(http.get("/conflicts?location=antwerpen", Http.bearer(supervisor)).status()).isEqualTo(200);
        assertThat(http.post("/audit/search", "{\"locationId\":\"antwerpen\"}", Http.bearer(supervisor)).status())
                .isEqualTo(200);
        assertThat(http.post("/audit/search", "{}", Http.bearer(admin)).status()).isEqualTo(200);
    }

    @Test
    void audit_search_finds_a_citizens_bookings_by_register_number_in_the_body() {
        Citizen citizen = Fixture.citizen("Sofie", "Wouters");
        String id = book(agent, freeStart(), citizen).json().path("id").asText();

        Http.Response found = http.post("/audit/search", Map.of("locationId", "antwerpen",
                "nationalRegisterNumber", citizen.nationalRegisterNumber().digits()), Http.bearer(supervisor));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().findValuesAsText("entityId")).containsOnly(id);
        assertThat(found.json().get(0).path("actor").asText()).isEqualTo("agent.antwerpen");
    }

    @Test
    void audit_search_by_desk_takes_the_desks_name_and_covers_every_device_that_carried_it() {
        Desk before = new Desk(server, "antwerpen", "Loket 12", "agent.antwerpen");
        Desk enrolledAgain = new Desk(server, "antwerpen", "Loket 12", "agent.antwerpen");
        Desk other = new Desk(server, "antwerpen", "Loket 13", "agent.antwerpen");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        before.push(before.command(deskBooking(first, freeStart())));
        enrolledAgain.push(enrolledAgain.command(deskBooking(second, freeStart())));
        other.push(other.command(deskBooking(elsewhere, freeStart())));

        Http.Response byName = http.post("/audit/search", Map.of("locationId", "antwerpen", "deviceId", "loket 12"),
                Http.bearer(supervisor));
        Http.Response byId = http.post("/audit/search", Map.of("locationId", "antwerpen", "deviceId", other.id()),
                Http.bearer(supervisor));
        Http.Response unknown = http.post("/audit/search", Map.of("locationId", "antwerpen", "deviceId",
                "Loket 99"), Http.bearer(supervisor));

        assertThat(byName.status()).isEqualTo(200);
        assertThat(appointmentsIn(byName)).containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(byName.json().findValuesAsText("deviceId")).containsOnly(before.id(), enrolledAgain.id());
        assertThat(appointmentsIn(byId)).containsExactly(elsewhere.toString());
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json()).isEmpty();
    }

    /** The appointments an audit answer names (a desk's own enrollment is in its trail too). */
    private static List<String> appointmentsIn(Http.Response answer) {
        List<String> ids = new java.util.ArrayList<>();
        answer.json().forEach(e -> {
            if ("APPOINTMENT".equals(e.path("entityType").asText())) {
                ids.add(e.path("entityId").asText());
            }
        });
        return ids;
    }

    private static Commands.Book deskBooking(UUID id, LocalDateTime start) {
        return new Commands.Book(id, "A" + id.toString().substring(0, 6), "antwerpen", "EID_APPLY", start,
                Fixture.citizen("Jan", "Peeters"), AppointmentOrigin.COUNTER);
    }

    static Stream<Arguments> badBookings() {
        LocalDateTime start = Fixture.openMorning("antwerpen").plusMinutes(40);
        String citizen = "{\"nationalRegisterNumber\":\"" + new RegisterNumbers(new Random(1)).next().digits()
                + "\",\"givenName\":\"An\",\"familyName\":\"De Smet\"}";
        String valid = "{\"locationId\":\"antwerpen\",\"productCode\":\"EID_APPLY\",\"start\":\"" + start
                + "\",\"citizen\":" + citizen + "}";
        return Stream.of(
                Arguments.of("malformed JSON", "{\"locationId\": ", "malformed_json"),
                Arguments.of("not an object", "[1,2,3]", "invalid_input"),
                Arguments.of("empty body", "", "invalid_input"),
                Arguments.of("wrong type", valid.replace("\"start\":\"" + start + "\"", "\"start\":42"),
                        "invalid_input"),
                Arguments.of("missing citizen", valid.replace(",\"citizen\":" + citizen, ""), "invalid_input"),
                Arguments.of("invalid register number", valid.replace(new RegisterNumbers(new Random(1)).next()
                        .digits(), "85073003327"), "invalid_input"),
                Arguments.of("name without letters", valid.replace("\"An\"", "\"1234\""), "invalid_input"),
                Arguments.of("bad e-mail", valid.replace("\"familyName\":\"De Smet\"",
                        "\"familyName\":\"De Smet\",\"email\":\"nope\""), "invalid_input"),
                Arguments.of("date in the past", valid.replace(start.toString(), "2001-01-01T09:00"), "invalid_input"),
                Arguments.of("date too far ahead", valid.replace(start.toString(), "2099-01-05T09:00"),
                        "invalid_input"),
                Arguments.of("off the grid", valid.replace(start.toString(), start.plusMinutes(3).toString()),
                        "invalid_input"),
                Arguments.of("unknown location", valid.replace("\"antwerpen\"", "\"gent\""), "invalid_input"),
                Arguments.of("unknown product", valid.replace("EID_APPLY", "SPACESHIP"), "invalid_input"),
                Arguments.of("closed at night", valid.replace(start.toString(),
                        start.toLocalDate().atTime(23, 0).toString()), "invalid_input"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBookings")
    void bad_booking_input_answers_4xx_with_an_error_body_and_stores_nothing(String name, String body, String code) {
        long before = appointmentCount();

        Http.Response r = http.post("/appointments", body, Http.bearer(admin));

        assertThat(r.status()).as(r.text()).isBetween(400, 499);
        assertThat(r.json().path("code").asText()).isEqualTo(code);
        assertThat(r.json().path("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at be.");
        assertThat(appointmentCount()).isEqualTo(before);
    }

    @Test
    void a_wrong_register_number_answers_a_reason_code_a_desk_can_word() {
        LocalDateTime start = Fixture.openMorning("antwerpen").plusMinutes(40);
        String body = "{\"locationId\":\"antwerpen\",\"productCode\":\"EID_APPLY\",\"start\":\"" + start
                + "\",\"citizen\":{\"nationalRegisterNumber\":\"85073003327\",\"givenName\":\"An\","
                + "\"familyName\":\"De Smet\"}}";

        Http.Response r = http.post("/appointments", body, Http.bearer(admin));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("code").asText()).isEqualTo("invalid_input");
        assertThat(r.json().path("reasonCode").asText()).isEqualTo("nrn.checkDigits");
        assertThat(r.json().path("message").asText()).isEqualTo("the check digits do not match the number");
        assertThat(r.json().has("params")).as("empty parameters are left out").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë|Van den Broeck", "Mohammed|El Amrani", "Αλέξανδρος|Παπαδόπουλος",
            "Наталья|Иванова", "محمد|العلي", "美咲|山田", "지민|김", "Nguyễn|Thị Minh Khai", "Łukasz|Wiśniewski",
            "Oğuz|Çelik", "Siobhán|Ó Briain", "אברהם|כהן", "सीता|शर्मा"})
    void names_in_many_scripts_are_accepted(String name) {
        String[] parts = name.split("\\|");
        Http.Response r = book(agent, freeStart(), Fixture.citizen(parts[0], parts[1]));

        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.json().path("citizen").path("familyName").asText()).isEqualTo(parts[1]);
    }

    @Test
    void oversized_body_answers_413() {
        Http.Response r = http.postDeclaringLength("/appointments/" + UUID.randomUUID() + "/cancel",
                HttpApi.MAX_BODY_BYTES + 10, "{\"reason\":\"xxxx", Http.bearer(agent));

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().path("code").asText()).isEqualTo("body_too_large");
    }

    @Test
    void a_body_cut_off_or_naming_a_field_twice_is_malformed_json_not_a_wrong_field() {
        LocalDateTime start = freeStart();
        String citizen = "{\"nationalRegisterNumber\":\"" + new RegisterNumbers(new Random(7)).next().digits()
                + "\",\"givenName\":\"An\",\"familyName\":\"De Smet\"}";
        String valid = "{\"locationId\":\"antwerpen\",\"productCode\":\"EID_APPLY\",\"start\":\"" + start
                + "\",\"citizen\":" + citizen + "}";
        long before = appointmentCount();

        Http.Response cutOff = http.post("/appointments", valid.substring(0, valid.length() - 12), Http.bearer(agent));
        Http.Response twice = http.post("/appointments", valid.replace("{\"locationId\":\"antwerpen\",",
                "{\"locationId\":\"antwerpen\",\"locationId\":\"deurne\","), Http.bearer(admin));
        Http.Response trailing = http.post("/appointments", valid + "} garbage ]]", Http.bearer(agent));

        assertThat(cutOff.status()).isEqualTo(400);
        assertThat(cutOff.json().path("code").asText()).isEqualTo("malformed_json");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().path("code").asText()).isEqualTo("malformed_json");
        assertThat(trailing.status()).isEqualTo(400);
        assertThat(appointmentCount()).isEqualTo(before);
    }

    @Test
    void requests_jetty_refuses_by_itself_get_a_json_error_that_echoes_nothing() {
        String host = "Host: 127.0.0.1\r\nConnection: close\r\n";
        Http.Response nul = http.raw("GET " + http.basePath() + "/health%00secret HTTP/1.1\r\n" + host + "\r\n");
        Http.Response hugeLength = http.raw("POST " + http.basePath() + "/appointments HTTP/1.1\r\n" + host
                + "Content-Length: 99999999999999999999\r\n\r\n{}");
        Http.Response longUri = http.raw("GET " + http.basePath() + "/health?q=" + "secret".repeat(3_000)
                + " HTTP/1.1\r\n" + host + "\r\n");
        Http.Response chunkedTooLarge = http.raw("POST " + http.basePath() + "/appointments HTTP/1.1\r\n" + host
                + "Authorization: Bearer " + agent + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + Long.toHexString(HttpApi.MAX_BODY_BYTES + 10) + "\r\n"
                + "{\"x\":\"" + "a".repeat((int) HttpApi.MAX_BODY_BYTES) + "\"}\r\n0\r\n\r\n");

        for (Http.Response r : List.of(nul, hugeLength, longUri, chunkedTooLarge)) {
            assertThat(r.status()).as(r.text().lines().findFirst().orElse("")).isBetween(400, 499);
            assertThat(r.json()).as(r.text()).isNotNull();
            assertThat(r.json().path("code").asText()).isNotBlank();
            assertThat(r.text()).doesNotContain("secret").doesNotContainIgnoringCase("<html");
        }
        assertThat(chunkedTooLarge.status()).isEqualTo(413);
        assertThat(chunkedTooLarge.json().path("code").asText()).isEqualTo("body_too_large");
    }

    @Test
    void every_answer_says_it_is_not_to_be_sniffed_or_stored() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("/api/v1/health", "/api/v1/no/such/thing", "/api/v1/reference-data")) {
            java.net.http.HttpResponse<Void> answer = client.send(java.net.http.HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(answer.headers().firstValue("Cache-Control")).as(path).contains("no-store");
            assertThat(answer.headers().firstValue("Server")).as(path).isEmpty();
        }
        // refused by Jetty itself, before any route
        java.net.http.HttpResponse<Void> tooLong = client.send(java.net.http.HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/api/v1/" + "x".repeat(9_000))).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(tooLong.statusCode()).isEqualTo(414);
        assertThat(tooLong.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void the_endpoints_anyone_may_call_take_small_bodies_of_declared_length_only() {
        Http.Response largeLogin = http.postDeclaringLength("/auth/login", SmallBodies.MAX_BYTES + 1,
                "{\"username\":\"", Map.of());
        Http.Response largeEnroll = http.postDeclaringLength("/devices/enroll", HttpApi.MAX_BODY_BYTES,
                "{\"enrollmentCode\":\"", Map.of());
        String body = "{\"username\":\"agent.antwerpen\",\"password\":\"" + Fixture.PASSWORD + "\"}";
        Http.Response chunked = http.raw("POST " + http.basePath() + "/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n");
        Http.Response declared = http.post("/auth/login", body, Map.of());

        assertThat(largeLogin.status()).isEqualTo(413);
        assertThat(largeLogin.json().path("code").asText()).isEqualTo("body_too_large");
        assertThat(largeEnroll.status()).isEqualTo(413);
        assertThat(chunked.status()).as(chunked.text()).isEqualTo(400);
        assertThat(chunked.json().path("field").asText()).isEqualTo("body");
        assertThat(declared.status()).isEqualTo(200);
        assertThat(http.get("/auth/login", Map.of()).status()).isEqualTo(405);
    }

    @Test
    void a_body_that_trickles_in_is_cut_off_and_the_thread_freed() throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + app.port() + "/");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2000\r\nConnection: close\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            try {
                for (int i = 0; i < 200 && System.nanoTime() - started < 15_000_000_000L; i++) {
                    Thread.sleep(100);
                    out.write(' ');
                    out.flush();
                }
            } catch (IOException closed) {
                // the server gave up on the body and closed the connection
            }
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(answer).contains("body_too_slow");
        }
    }

    @Test
    void unknown_ids_answer_404_and_unknown_routes_too() {
        assertThat(http.get("/appointments/" + UUID.randomUUID(), Http.bearer(agent)).status()).isEqualTo(404);
        assertThat(http.get("/appointments/not-a-uuid", Http.bearer(agent)).status()).isEqualTo(404);
        assertThat(http.get("/conflicts/" + UUID.randomUUID(), Http.bearer(supervisor)).status()).isEqualTo(404);
        assertThat(http.get("/locations/gent/agenda?date=2030-01-07", Http.bearer(admin)).status()).isEqualTo(404);
        assertThat(http.get("/conflicts?location=gent", Http.bearer(admin)).status()).isEqualTo(404);
        assertThat(http.get("/desks?locationId=gent", Http.bearer(admin)).status()).isEqualTo(404);
        Http.Response route = http.get("/no/such/thing", Map.of());
        assertThat(route.status()).isEqualTo(404);
        assertThat(route.json().path("code").asText()).isEqualTo("not_found");
        Http.Response method = http.send("DELETE", "/appointments/" + UUID.randomUUID(), null, Http.bearer(agent));
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.json().path("code").asText()).isEqualTo("method_not_allowed");
    }

    @Test
    void bad_query_parameters_answer_400() {
        assertThat(http.get("/locations/antwerpen/agenda?date=yesterday", Http.bearer(agent)).status()).isEqualTo(400);
        assertThat(http.get("/locations/antwerpen/agenda", Http.bearer(agent)).status()).isEqualTo(400);
        assertThat(http.get("/slots/proximity?location=antwerpen&product=EID_APPLY&from=2030-01-08&to=2030-01-01",
                Http.bearer(agent)).json().path("field").asText()).isEqualTo("to");
        assertThat(http.get("/slots/flexibility?product=EID_APPLY&from=2030-01-01&to=2032-01-01",
                Http.bearer(agent)).status()).isEqualTo(400);
        Http.Response tooMany = http.get("/slots/flexibility?product=EID_APPLY&from=2030-01-07&to=2030-12-20"
                + "&limit=100000", Http.bearer(agent));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().path("field").asText()).isEqualTo("limit");
        assertThat(http.get("/slots/flexibility?product=EID_APPLY&from=2030-01-07&to=2030-12-20", Http.bearer(agent))
                .json().size()).as("a year of every location, without a limit").isEqualTo(1_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/locations/antwerpen/agenda?date=%2B999999999-12-31",
            "/locations/antwerpen/capacity?date=%2B999999999-12-31",
            "/locations/antwerpen/reconciliation?date=%2B999999999-12-31",
            "/locations/antwerpen/reconciliation?date=-999999999-01-01",
            "/locations/antwerpen/reconciliation?date=2030-01-07&notSyncedSince=%2B1000000000-12-31T00:00:00Z",
            "/locations/antwerpen/seat-capacity?from=%2B999999999-12-30&to=%2B999999999-12-31"})
    void dates_beyond_the_years_1_to_9999_answer_400_naming_the_parameter(String path) {
        Http.Response r = http.get(path, Http.bearer(supervisor));

        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.json().path("code").asText()).isEqualTo("invalid_input");
        assertThat(r.json().path("message").asText()).endsWith("must lie between the years 1 and 9999");
    }

    @Test
    void times_beyond_the_years_1_to_9999_in_a_body_answer_400_naming_the_field() {
        Http.Response r = http.post("/audit/search", "{\"locationId\":\"antwerpen\",\"from\":"
                + "\"+1000000000-12-31T00:00:00Z\"}", Http.bearer(supervisor));

        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.json().path("field").asText()).isEqualTo("from");
    }

    @Test
    void failed_logins_are_throttled_with_429() {
        server.staffAdministration().create("victim", "Victim", be.antwerpen.lom.model.staff.StaffRole.AGENT,
                java.util.Set.of("antwerpen"), Fixture.PASSWORD, true, "test");
        for (int i = 0; i < 5; i++) {
            assertThat(http.post("/auth/login", new LoginRequest("victim", "wrong"), Map.of()).status())
                    .isEqualTo(401);
        }

        Http.Response locked = http.post("/auth/login", new LoginRequest("victim", Fixture.PASSWORD), Map.of());

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().path("code").asText()).isEqualTo("too_many_attempts");
    }

    @Test
    void a_logout_ends_the_session_on_the_server_and_the_token_works_nowhere_after_it() {
        String token = login("agent.antwerpen");
        assertThat(http.get("/reference-data", Http.bearer(token)).status()).isEqualTo(200);

        Http.Response out = http.send("POST", "/auth/logout", null, Http.bearer(token));

        assertThat(out.status()).isEqualTo(204);
        assertThat(http.get("/reference-data", Http.bearer(token)).status()).isEqualTo(401);
        assertThat(http.send("POST", "/auth/logout", null, Http.bearer(token)).status()).isEqualTo(401);
        assertThat(http.get("/reference-data", Http.bearer(agent)).status()).as("other sessions go on").isEqualTo(200);
    }

    @Test
    void revoking_a_desk_ends_the_logins_made_at_it_and_no_other() {
        String code = server.enrollment().issue(null, "antwerpen", "Loket 11", Duration.ofHours(1), "test");
        JsonNode device = http.post("/devices/enroll", new EnrollmentRequest(code, "pc-11"), Map.of()).json();
        Map<String, String> deskHeaders = Map.of("X-Device-Id", device.path("deviceId").asText(), "X-Device-Secret",
                device.path("deviceSecret").asText());
        String atTheDesk = http.post("/auth/login", new LoginRequest("agent.antwerpen", Fixture.PASSWORD),
                deskHeaders).json().path("token").asText();
        String elsewhere = login("agent.antwerpen");
        assertThat(http.get("/reference-data", Http.bearer(atTheDesk)).status()).isEqualTo(200);

        assertThat(server.enrollment().revoke(device.path("deviceId").asText(), "test")).isTrue();

        assertThat(http.get("/reference-data", Http.bearer(atTheDesk)).status()).isEqualTo(401);
        assertThat(http.get("/reference-data", Http.bearer(elsewhere)).status()).isEqualTo(200);
    }

    @Test
    void login_returns_an_expiring_token_and_the_staff_member() {
        Http.Response r = http.post("/auth/login", new LoginRequest("supervisor.antwerpen", Fixture.PASSWORD), Map.of());

        assertThat(r.json().path("token").asText()).hasSizeGreaterThan(30);
        assertThat(Instant.parse(r.json().path("expiresAt").asText())).isAfter(Instant.now());
        assertThat(r.json().path("staff").path("role").asText()).isEqualTo("SUPERVISOR");
        assertThat(r.text()).doesNotContain("pbkdf2");
    }

    @Test
    void the_audit_key_is_published_and_signed_heads_reach_administrators_and_desks() {
        String code = server.enrollment().issue(null, "antwerpen", "Loket 20", Duration.ofHours(1), "test");
        JsonNode device = http.post("/devices/enroll", new EnrollmentRequest(code, "pc-20"), Map.of()).json();
        Map<String, String> desk = Http.device(agent, device.path("deviceId").asText(),
                device.path("deviceSecret").asText());
        SignedAuditHead signed = server.auditHeads().signNow();

        Http.Response key = http.get("/audit/public-key", Map.of());
        Http.Response heads = http.get("/audit/signed-heads", Http.bearer(admin));
        Http.Response refused = http.get("/audit/signed-heads", Http.bearer(supervisor));
        Http.Response pulled = http.get("/sync/pull?cursor=0&limit=1", desk);

        assertThat(key.status()).isEqualTo(200);
        String publicKey = key.json().path("publicKey").asText();
        assertThat(key.json().path("keyId").asText()).isEqualTo(signed.keyId());
        assertThat(heads.status()).isEqualTo(200);
        assertThat(heads.json().path("signedHeads").findValuesAsText("signature")).contains(signed.signature());
        assertThat(heads.json().path("publicKey").asText()).isEqualTo(publicKey);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(pulled.status()).isEqualTo(200);
        List<String> fields = new java.util.ArrayList<>();
        pulled.json().fieldNames().forEachRemaining(fields::add);
        assertThat(fields).last().isEqualTo("auditHead");
        SignedAuditHead head = server.json().convertValue(pulled.json().path("auditHead"), SignedAuditHead.class);
        assertThat(head.seq()).isGreaterThanOrEqualTo(signed.seq());
        assertThat(AuditHeadSignatures.signedBy(head, publicKey)).isTrue();
    }
}
