package be.antwerpen.lom.server.command;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.api.RescheduleRequest;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.Http;
import be.antwerpen.lom.server.testing.SettableClock;
import be.antwerpen.lom.server.testing.TestEngine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0029: input the server refuses, the same way on every path: the web API (400 with the field),
 * a desk's push and paper re-keying (a {@code REJECTED} receipt with the reason); never a 500, nothing
 * stored. Through the real HTTP server on a clock set to 10:00 on an open day, on every engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InputRulesContract {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private String location;
    private Database db;
    private ServerComponents server;
    private Javalin app;
    private Http http;
    private SettableClock clock;
    private LocalDate day;
    /** The next open day of the same weekday after {@code day} (a holiday may close the day a week later). */
    private LocalDate nextWeek;
    private LocalDate weekAfterNext;
    private LocalDate thirdWeek;
    private String agent;
    private Map<String, String> desk;
    private long sequence;

    abstract TestEngine engine();

    @BeforeAll
    void start(@TempDir Path tempDir) {
        engine().assumeAvailable();
        location = engine().newLocation(tempDir);
        db = engine().open(location);
        day = Fixture.openMorning("antwerpen").toLocalDate();
        nextWeek = Fixture.openMorning("antwerpen", 1).toLocalDate();
        weekAfterNext = Fixture.openMorning("antwerpen", 2).toLocalDate();
        thirdWeek = Fixture.openMorning("antwerpen", 3).toLocalDate();
        clock = new SettableClock(at(day.atTime(10, 0)));
        server = new ServerComponents(db, Fixture.REFERENCE, clock, Fixture.TEST_ITERATIONS, Duration.ofHours(8));
        Fixture.staff(server);
        app = server.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
        http = new Http(server.json(), app.port());
        agent = http.post("/auth/login", new LoginRequest("agent.antwerpen", Fixture.PASSWORD), Map.of()).json()
                .path("token").asText();
        String code = server.enrollment().issue(null, "antwerpen", "Loket 3", Duration.ofHours(1), "test");
        JsonNode enrolled = http.post("/devices/enroll", new EnrollmentRequest(code, "pc-3"), Map.of()).json();
        desk = Http.device(agent, enrolled.path("deviceId").asText(), enrolled.path("deviceSecret").asText());
        // the paper walk-ins below name serials of the forms this desk printed (ADR 0155): ANT-W-000001 to 000100
        server.serialLeases().lease(db.inTransaction(c -> server.devices().find(c, enrolled.path("deviceId").asText()))
                .orElseThrow(), 100);
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

    private static Instant at(LocalDateTime wallClock) {
        return wallClock.atZone(BRUSSELS).toInstant();
    }

    private long appointments() {
        return db.inTransaction(c -> Rows.one(c, "SELECT COUNT(*) FROM appointments", rs -> rs.getLong(1)).orElse(0L));
    }

    private ObjectNode command(Instant deviceTime, CommandPayload payload) {
        return server.json().valueToTree(new SyncCommand(UUID.randomUUID(), ++sequence,
                SyncCommand.CURRENT_SCHEMA_VERSION, deviceTime, "agent.antwerpen", payload));
    }

    /** Pushes one command over HTTP, changed by {@code edit} first; its receipt. */
    private JsonNode push(ObjectNode command, Consumer<ObjectNode> edit) {
        edit.accept((ObjectNode) command.path("payload"));
        Http.Response r = http.post("/sync/push", "{\"commands\":[" + command + "]}", desk);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json().path("receipts").get(0);
    }

    private JsonNode push(ObjectNode command) {
        return push(command, p -> { });
    }

    private static void assertRejected(JsonNode receipt, String reason) {
        assertThat(receipt.path("outcome").asText()).as(receipt.toString()).isEqualTo("REJECTED");
        assertThat(receipt.path("reason").asText()).contains(reason);
    }

    private Commands.Book book(LocalDateTime start, Citizen citizen) {
        return new Commands.Book(UUID.randomUUID(), "IR-" + (sequence + 1), "antwerpen", "EID_APPLY", start, citizen,
                AppointmentOrigin.COUNTER);
    }

    private Commands.RegisterWalkIn paperWalkIn(LocalDateTime arrived, String serial, Citizen citizen) {
        return new Commands.RegisterWalkIn(UUID.randomUUID(), "P-" + (sequence + 1), "antwerpen", "EID_APPLY",
                arrived, citizen, AppointmentOrigin.PAPER, serial);
    }

    private Http.Response webBook(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(server.json().convertValue(new BookingRequest("antwerpen", "EID_APPLY",
                nextWeek.atTime(9, 0), Fixture.citizen("Web", "Boeking")), Map.class));
        body.putAll(changes);
        return http.post("/appointments", body, Http.bearer(agent));
    }

    private static Citizen withoutRegisterNumber() {
        return new Citizen(null, "Amal", "Haddad", null, null);
    }

    @Test
    void a_booking_made_offline_before_its_slot_began_is_accepted_when_it_arrives_later() {
        Instant madeAt = at(day.atTime(8, 30));

        JsonNode madeInTime = push(command(madeAt, book(day.atTime(9, 0), Fixture.citizen("Offline", "Boeking"))));
        JsonNode madeTooLate = push(command(at(day.atTime(9, 45)),
                book(day.atTime(9, 0), Fixture.citizen("Te", "Laat"))));
        JsonNode madeLongAgo = push(command(madeAt.minus(Duration.ofDays(60)),
                book(day.minusDays(40).atTime(9, 0), Fixture.citizen("Lang", "Geleden"))));

        assertThat(madeInTime.path("outcome").asText()).isIn("APPLIED", "CONFLICT");
        assertRejected(madeTooLate, "the start lies in the past");
        assertRejected(madeLongAgo, "the start lies in the past");
    }

    @Test
    void year_0_year_9999_and_the_far_future_are_refused_on_every_path() {
        long before = appointments();
        for (String start : List.of("0000-01-06T09:00:00", "9999-12-31T09:00:00",
                day.plusDays(400).atTime(9, 0).toString())) {
            Http.Response web = webBook(Map.of("start", start));
            assertThat(web.status()).as(start).isEqualTo(400);
            assertThat(web.json().path("field").asText()).isEqualTo("start");

            assertRejected(push(command(clock.instant(), book(nextWeek.atTime(9, 0),
                    Fixture.citizen("Sync", "Boeking"))), p -> p.put("start", start)),
                    start.startsWith("0000") ? "start must lie between the years 1 and 9999" : "at most 366 days ahead");
            assertRejected(push(command(clock.instant(), paperWalkIn(day.atTime(9, 0), "ANT-W-000001",
                    Fixture.citizen("Papier", "Formulier"))), p -> p.put("arrivedAt", start)), "arrivedAt");
        }
        assertThat(appointments()).isEqualTo(before);
    }

    @Test
    void a_reschedule_is_held_to_the_same_window_on_the_web_and_in_a_push() {
        Http.Response booked = webBook(Map.of());
        assertThat(booked.status()).isEqualTo(201);
        String id = booked.json().path("id").asText();

        Http.Response web = http.post("/appointments/" + id + "/reschedule",
                new RescheduleRequest(null, LocalDateTime.of(9999, 1, 4, 9, 0)), Http.bearer(agent));
        JsonNode sync = push(command(clock.instant(), new Commands.Reschedule(UUID.fromString(id), null,
                day.minusDays(1).atTime(9, 0))));

        assertThat(web.status()).isEqualTo(400);
        assertRejected(sync, "the start lies in the past");
        assertThat(LocalDateTime.parse(http.get("/appointments/" + id, Http.bearer(agent)).json().path("start")
                .asText())).isEqualTo(nextWeek.atTime(9, 0));
    }

    @Test
    void a_booking_names_the_register_number_or_says_it_is_unknown_while_a_walk_in_may_lack_it() {
        Citizen unknown = withoutRegisterNumber();
        Map<String, Object> citizen = server.json().convertValue(unknown, Map.class);

        Http.Response webSilent = webBook(Map.of("citizen", citizen));
        Http.Response webMarked = webBook(Map.of("citizen", citizen, "registerNumberUnknown", true, "start",
                nextWeek.atTime(10, 0).toString()));
        Http.Response webBoth = webBook(Map.of("registerNumberUnknown", true));
        JsonNode syncSilent = push(command(clock.instant(), book(weekAfterNext.atTime(9, 0), unknown)));
        JsonNode syncMarked = push(command(clock.instant(), new Commands.Book(UUID.randomUUID(), "IR-M", "antwerpen",
                "EID_APPLY", weekAfterNext.atTime(9, 0), unknown, AppointmentOrigin.COUNTER, true)));
        JsonNode counterWalkIn = push(command(clock.instant(), new Commands.RegisterWalkIn(UUID.randomUUID(), "W-77",
                "antwerpen", "EID_APPLY", day.atTime(9, 50), unknown, AppointmentOrigin.WALK_IN, null)));
        JsonNode paperWalkIn = push(command(clock.instant(), paperWalkIn(day.atTime(9, 10), "ANT-W-000077", unknown)));

        assertThat(webSilent.status()).isEqualTo(400);
        assertThat(webSilent.json().path("field").asText()).isEqualTo("citizen.nationalRegisterNumber");
        assertThat(webMarked.status()).as(webMarked.text()).isEqualTo(201);
        assertThat(webBoth.status()).isEqualTo(400);
        assertRejected(syncSilent, "register number");
        assertThat(syncMarked.path("outcome").asText()).isEqualTo("APPLIED");
        assertThat(counterWalkIn.path("outcome").asText()).isEqualTo("APPLIED");
        assertThat(paperWalkIn.path("outcome").asText()).isEqualTo("APPLIED");
    }

    @Test
    void e_mail_with_direction_controls_or_markup_is_refused_on_every_path() {
        long before = appointments();
        for (String email : List.of("jan\u202Eeb.elpmaxe@gro.be", "<script>x</script>@example.org",
                "a&b@example.org", "jan@exa mple.org")) {
            Map<String, Object> citizen = new HashMap<>(server.json().convertValue(
                    Fixture.citizen("Jan", "Peeters"), Map.class));
            citizen.put("email", email);
            Http.Response web = webBook(Map.of("citizen", citizen));
            assertThat(web.status()).as(email).isEqualTo(400);
            assertThat(web.json().path("field").asText()).isEqualTo("email");

            assertRejected(push(command(clock.instant(), book(thirdWeek.atTime(9, 0),
                    Fixture.citizen("Sync", "Boeking"))), p -> ((ObjectNode) p.path("citizen")).put("email", email)),
                    "email");
            assertRejected(push(command(clock.instant(), paperWalkIn(day.atTime(9, 0), "ANT-W-000002",
                    Fixture.citizen("Papier", "Formulier"))), p -> ((ObjectNode) p.path("citizen")).put("email", email)),
                    "email");
        }
        assertThat(appointments()).isEqualTo(before);

        Http.Response booked = webBook(Map.of("start", nextWeek.atTime(11, 0).toString()));
        UUID id = UUID.fromString(booked.json().path("id").asText());
        assertRejected(push(command(clock.instant(), new Commands.UpdateContact(id, "ok@example.org", null)),
                p -> p.put("email", "jan\u202Eeb.elpmaxe@gro.be")), "email");
        assertThat(push(command(clock.instant(), new Commands.UpdateContact(id, "o'brien+loket@example.org", null)))
                .path("outcome").asText()).isEqualTo("APPLIED");
    }

    @Test
    void codes_reasons_remarks_and_desk_names_are_plain_lines_on_every_path() {
        long before = appointments();
        for (String bad : List.of("AB\u0000CD", "\u202eLKC-ABC", "A\nB")) {
            // a NUL is refused for the whole command before its fields are read (ADR 0155)
            boolean nul = bad.indexOf('\u0000') >= 0;
            assertRejected(push(command(clock.instant(), book(weekAfterNext.atTime(10, 0),
                    Fixture.citizen("Code", "Controle"))), p -> p.put("code", bad)),
                    nul ? "NUL character" : "code may not contain");
            assertRejected(push(command(clock.instant(), paperWalkIn(day.atTime(9, 0), "ANT-W-000077",
                    Fixture.citizen("Volg", "Nummer"))), p -> p.put("ticketNumber", bad)),
                    nul ? "NUL character" : "ticketNumber may not contain");
        }
        assertThat(appointments()).isEqualTo(before);

        Http.Response booked = webBook(Map.of("start", thirdWeek.atTime(9, 30).toString()));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        String id = booked.json().path("id").asText();
        Http.Response webCancel = http.post("/appointments/" + id + "/cancel", "{\"reason\":\"moved \\u202eaway\"}",
                Http.bearer(agent));
        JsonNode pushCancel = push(command(clock.instant(), new Commands.Cancel(UUID.fromString(id), "x".repeat(501),
                null)));
        assertThat(webCancel.status()).as(webCancel.text()).isEqualTo(400);
        assertThat(webCancel.json().path("field").asText()).isEqualTo("reason");
        assertRejected(pushCancel, "reason is longer than 500 characters");
        assertThat(http.get("/appointments/" + id, Http.bearer(agent)).json().path("status").asText())
                .isEqualTo("BOOKED");

        assertRejected(push(command(clock.instant(), new Commands.ResolveConflict(UUID.randomUUID(),
                ConflictResolution.MARK_HANDLED, "handled \u202e", null, null))), "remark may not contain");
        assertRejected(push(command(clock.instant(), new Commands.ResolveConflict(UUID.randomUUID(),
                ConflictResolution.MARK_HANDLED, "x".repeat(501), null, null))), "remark is longer than 500");

        String code = server.enrollment().issue(null, "antwerpen", "Loket 8", Duration.ofHours(1), "test");
        Http.Response enrolled = http.post("/devices/enroll", new EnrollmentRequest(code, "pc\u202e<b>"),
                Map.of());
        Http.Response withNul = http.post("/devices/enroll", new EnrollmentRequest(code, "pc\u0000"), Map.of());
        assertThat(enrolled.status()).as(enrolled.text()).isEqualTo(400);
        assertThat(enrolled.json().path("field").asText()).isEqualTo("deviceName");
        assertThat(withNul.status()).as(withNul.text()).isEqualTo(400);
        assertThat(withNul.json().path("field").asText()).as("refused at the edge, ADR 0155").isEqualTo("body");
    }

    @Test
    void a_time_with_Z_or_an_offset_is_refused_instead_of_shifted() {
        long before = appointments();
        String zulu = nextWeek.atTime(9, 0) + ":00Z";

        Http.Response web = webBook(Map.of("start", zulu));
        JsonNode sync = push(command(clock.instant(), book(nextWeek.atTime(9, 0),
                Fixture.citizen("Sync", "Boeking"))), p -> p.put("start", zulu));
        JsonNode paper = push(command(clock.instant(), paperWalkIn(day.atTime(9, 0), "ANT-W-000003",
                Fixture.citizen("Papier", "Formulier"))), p -> p.put("arrivedAt", day.atTime(9, 0) + "+01:00"));

        assertThat(web.status()).isEqualTo(400);
        assertThat(web.json().path("message").asText()).contains("without 'Z'");
        assertThat(web.json().path("field").asText()).isEqualTo("start");
        assertRejected(sync, "without 'Z'");
        assertRejected(paper, "without 'Z'");
        assertThat(appointments()).isEqualTo(before);
    }

    @Test
    void a_paper_serial_must_have_the_form_of_a_serial() {
        long before = appointments();
        for (String serial : List.of("'; DROP TABLE appointments; --", "12345", "ANT-W-000000", "ANT-W-1234567",
                "ANT\u202E-W-000001", "<b>ANT-W-1</b>")) {
            assertRejected(push(command(clock.instant(), paperWalkIn(day.atTime(9, 20), serial,
                    Fixture.citizen("Papier", "Formulier")))), "paperSerial");
        }
        assertThat(appointments()).isEqualTo(before);

        assertThat(push(command(clock.instant(), paperWalkIn(day.atTime(9, 20), "ant-w-12",
                Fixture.citizen("Papier", "Formulier")))).path("outcome").asText()).isEqualTo("APPLIED");
    }
}
