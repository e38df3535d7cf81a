package be.antwerpen.lom.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.Http;
import be.antwerpen.lom.server.testing.TestEngine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of the served OpenAPI document, called on the real server with its documented
 * examples (body, path, query and header parameters), is accepted (2xx). Only what must be fresh is
 * replaced: ids in the path name records that exist, and date-times in the body and dates in the
 * query are moved to a future open day, keeping their place on the grid.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OpenApiExamplesContract {

    private String location;
    private Database db;
    private ServerComponents server;
    private Javalin app;
    private Http http;
    private String supervisor;
    private String admin;
    private Desk desk;
    private LocalDateTime morning;
    private int freshAppointments;

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
        supervisor = http.post("/auth/login", new LoginRequest("supervisor.antwerpen", Fixture.PASSWORD), Map.of())
                .json().path("token").asText();
        admin = http.post("/auth/login", new LoginRequest("admin", Fixture.PASSWORD), Map.of()).json().path("token")
                .asText();
        desk = new Desk(server, "antwerpen", "Loket 9", "supervisor.antwerpen");
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

    @Test
    void every_documented_example_is_accepted_by_the_server() {
        JsonNode doc = http.get("/openapi.json", Map.of()).json();
        List<String> refused = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                Http.Response r = call(path.getKey(), op.getKey().toUpperCase(Locale.ROOT), op.getValue());
                if (r.status() < 200 || r.status() > 299) {
                    refused.add(op.getKey() + " " + path.getKey() + " -> " + r.status() + " " + r.text());
                }
            }
        }
        assertThat(refused).isEmpty();
        assertThat(operations).isGreaterThanOrEqualTo(25);
    }

    @Test
    void the_document_has_an_example_for_every_body_and_every_reference_resolves() {
        JsonNode doc = http.get("/openapi.json", Map.of()).json();
        List<String> missing = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode body = op.getValue().path("requestBody");
            if (!body.isMissingNode() && body.path("content").path("application/json").path("example").isMissingNode()) {
                missing.add("body of " + op.getKey() + " " + path.getKey());
            }
            op.getValue().path("parameters").forEach(p -> {
                if (p.path("required").asBoolean(false) && p.path("example").isMissingNode()) {
                    missing.add(p.path("name").asText() + " of " + op.getKey() + " " + path.getKey());
                }
            });
        }));
        doc.findValuesAsText("$ref").forEach(ref -> {
            if (!ref.startsWith("#/components/schemas/")
                    || !doc.path("components").path("schemas").has(ref.substring("#/components/schemas/".length()))) {
                missing.add("target of " + ref);
            }
        });
        assertThat(missing).isEmpty();
    }

    private Http.Response call(String template, String method, JsonNode op) {
        Map<String, String> headers = new HashMap<>(headers(op));
        String path = template;
        List<String> query = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            String name = p.path("name").asText();
            JsonNode example = p.path("example");
            switch (p.path("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", pathValue(template, name, example.asText()));
                case "query" -> {
                    if (!example.isMissingNode()) {
                        query.add(name + "=" + URLEncoder.encode(queryValue(name, p, example.asText()),
                                StandardCharsets.UTF_8));
                    }
                }
                case "header" -> {
                    if (!example.isMissingNode()) {
                        headers.put(name, example.asText());
                    }
                }
                default -> throw new IllegalStateException("unexpected parameter location");
            }
        }
        if (!query.isEmpty()) {
            path += "?" + String.join("&", query);
        }
        JsonNode example = op.path("requestBody").path("content").path("application/json").path("example");
        String body = null;
        if (!example.isMissingNode()) {
            JsonNode copy = example.deepCopy();
            moveTimes(copy, template);
            if (template.equals("/devices/enroll")) {
                server.enrollment().issue(copy.path("enrollmentCode").asText(), "antwerpen", "Loket 3",
                        Duration.ofHours(1), "test");
            }
            body = copy.toString();
        }
        Http.Response r = http.send(method, path, body, headers);
        if (r.status() == 403 && headers.containsKey("Authorization") && !headers.containsKey("X-Device-Id")) {
            // an administrator-only operation
            Map<String, String> asAdmin = new HashMap<>(headers);
            asAdmin.putAll(Http.bearer(admin));
            r = http.send(method, path, body, asAdmin);
        }
        if (template.equals("/sync/push") && r.status() == 200) {
            assertThat(r.json().path("receipts").get(0).path("outcome").asText())
                    .isEqualTo(CommandOutcome.APPLIED.name());
        }
        return r;
    }

    private Map<String, String> headers(JsonNode op) {
        boolean device = false;
        boolean staff = false;
        for (JsonNode requirement : op.path("security")) {
            device |= requirement.has("deviceId");
            staff |= requirement.has("bearer");
        }
        if (device) {
            return Http.device(supervisor, desk.identity.deviceId(), desk.identity.deviceSecret());
        }
        if (staff && op.path("summary").asText().startsWith("Ends the caller's own login session")) {
            // a logout ends the session it is sent with: it gets one of its own
            return Http.bearer(http.post("/auth/login", new LoginRequest("supervisor.antwerpen", Fixture.PASSWORD),
                    Map.of()).json().path("token").asText());
        }
        return staff ? Http.bearer(supervisor) : Map.of();
    }

    /** Ids in a path name records made for the call; other path parameters keep their example. */
    private String pathValue(String template, String name, String example) {
        return switch (name) {
            case "appointmentId" -> freshAppointment();
            case "conflictId" -> openDoubleBooking();
            case "drillId" -> freshDrill();
            case "commandId" -> freshRefusal();
            case "rewindId" -> freshRewind();
            case "deviceId" -> deskSilentLongSince();
            default -> example;
        };
    }

    private String queryValue(String name, JsonNode parameter, String example) {
        boolean date = "date".equals(parameter.path("schema").path("format").asText()) || name.equals("date");
        if (!date) {
            return example;
        }
        return name.equals("to") ? morning.toLocalDate().plusDays(4).toString() : morning.toLocalDate().toString();
    }

    /** Date-times in a body move to the test's open day, each kind to its own slot there. */
    private void moveTimes(JsonNode node, String template) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (name.equals("start")) {
                    object.put(name, slotFor(template).toString());
                } else if (name.equals("date")) {
                    // a day that is over: a confirmation is about a day the location has closed (the examples lie
                    // ahead)
                    object.put(name, LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).minusDays(1).toString());
                } else if (name.equals("rebookStart")) {
                    object.put(name, firstProposal(template).toString());
                } else {
                    moveTimes(value, template);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> moveTimes(child, template));
        }
    }

    private LocalDateTime slotFor(String template) {
        if (template.equals("/sync/push")) {
            return morning.plusMinutes(20);
        }
        return template.endsWith("/reschedule") ? morning.plusMinutes(40) : morning;
    }

    private String currentConflict;

    private LocalDateTime firstProposal(String template) {
        String conflict = template.contains("{conflictId}") ? currentConflict : openDoubleBooking();
        return LocalDateTime.parse(http.get("/conflicts/" + conflict + "/proposals?limit=1", Http.bearer(supervisor))
                .json().get(0).path("start").asText());
    }

    private int freshDrills;

    /** A drill of the example desk's location, each a few hours after the one before (drills of a desk never overlap). */
    private String freshDrill() {
        java.time.Instant start = java.time.Instant.now().plus(Duration.ofHours(2L * ++freshDrills));
        Http.Response r = http.post("/drills", new be.antwerpen.lom.model.drill.DrillRequest("LOCATION", null,
                "antwerpen", start, 30), Http.bearer(supervisor));
        assertThat(r.status()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private Desk refusedDesk;

    /** A walk-in of a desk of its own the server refused (its arrival typed days ahead), not settled. */
    private String freshRefusal() {
        if (refusedDesk == null) {
            refusedDesk = new Desk(server, "antwerpen", "Loket 7", "agent.antwerpen");
        }
        UUID id = UUID.randomUUID();
        var receipt = refusedDesk.push(refusedDesk.command(new Commands.RegisterWalkIn(id, "R" + id.toString().substring(0, 6),
                "antwerpen", "EID_APPLY", LocalDateTime.now().plusDays(3), Fixture.citizen("Lien", "Hermans"),
                AppointmentOrigin.WALK_IN, null))).receipts().get(0);
        assertThat(receipt.outcome()).isEqualTo(be.antwerpen.lom.model.sync.CommandOutcome.REJECTED);
        return receipt.commandId().toString();
    }

    /** A desk of its own that came back from an earlier state without two commands it had reported (ADR 0162). */
    private String freshRewind() {
        Desk desk = new Desk(server, "antwerpen", "Loket 8", "agent.antwerpen");
        java.time.Instant now = java.time.Instant.now();
        server.deskSequences().record(desk.id(), 5L, now.minusSeconds(60), UUID.randomUUID().toString());
        server.deskSequences().record(desk.id(), 3L, now, UUID.randomUUID().toString());
        return db.inSnapshot(c -> be.antwerpen.lom.server.db.Rows.one(c, "SELECT id FROM desk_rewinds WHERE device_id = ?",
                rs -> rs.getString(1), desk.id())).orElseThrow();
    }

    private int silentDesks;

    /** A desk of its own whose last contact (its enrolment) lies long ago: switched off since. */
    private String deskSilentLongSince() {
        Desk silent = new Desk(server, "antwerpen", "Loket " + (20 + ++silentDesks), "agent.antwerpen");
        db.inTransaction(c -> {
            try (var update = c.prepareStatement("UPDATE devices SET enrolled_at = 0, last_seen_at = NULL WHERE id = ?")) {
                update.setString(1, silent.id());
                return update.executeUpdate();
            }
        });
        return silent.id();
    }

    /** A booking of a citizen of its own, an hour or more after the examples' slots. */
    private String freshAppointment() {
        LocalDateTime start = morning.plusMinutes(60 + 20L * (freshAppointments++ % 6));
        Http.Response r = http.post("/appointments", new BookingRequest("antwerpen", "EID_APPLY", start,
                Fixture.citizen("Lien", "Hermans")), Http.bearer(supervisor));
        assertThat(r.status()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    /** A double booking (the slot filled by one desk, then booked once more offline), open. */
    private String openDoubleBooking() {
        LocalDateTime slot = morning.plusHours(2);
        Desk filler = new Desk(server, "antwerpen", "Loket 8", "agent.antwerpen");
        List<SyncCommand> fill = new ArrayList<>();
        for (int i = 0; i <= Fixture.capacity("antwerpen", slot); i++) {
            fill.add(filler.command(new Commands.Book(UUID.randomUUID(), "F" + i, "antwerpen", "EID_APPLY", slot,
                    Fixture.citizen("Jef", "Vermeulen"), AppointmentOrigin.COUNTER)));
        }
        var receipts = filler.push(fill).receipts();
        currentConflict = receipts.get(receipts.size() - 1).conflictId().toString();
        return currentConflict;
    }
}
