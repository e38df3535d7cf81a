package be.antwerpen.lom.server.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.Http;
import be.antwerpen.lom.server.testing.SettableClock;
import be.antwerpen.lom.server.testing.TestEngine;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A double booking raised for later today, looked at by the supervisor at 11:07: proposals and
 * rebooking only offer and accept moments still ahead (over HTTP and through a desk's push).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RebookAheadContract {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private String location;
    private Database db;
    private ServerComponents server;
    private Javalin app;
    private Http http;
    private SettableClock clock;
    private LocalDateTime day;

    abstract TestEngine engine();

    @BeforeAll
    void start(@TempDir Path tempDir) {
        engine().assumeAvailable();
        location = engine().newLocation(tempDir);
        db = engine().open(location);
        day = Fixture.openMorning("antwerpen").toLocalDate().atStartOfDay();
        clock = new SettableClock(day.withHour(7).atZone(BRUSSELS).toInstant());
        server = new ServerComponents(db, Fixture.REFERENCE, clock, Fixture.TEST_ITERATIONS, Duration.ofHours(8));
        Fixture.staff(server);
        app = server.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
        http = new Http(server.json(), app.port());
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

    private UUID doubleBookingAt(LocalDateTime slot, Desk desk) {
        List<SyncCommand> fill = new ArrayList<>();
        for (int i = 0; i <= Fixture.capacity("antwerpen", slot); i++) {
            fill.add(desk.command(new Commands.Book(UUID.randomUUID(), "P" + i, "antwerpen", "EID_APPLY", slot,
                    Fixture.citizen("Marie", "Peeters"), AppointmentOrigin.COUNTER)));
        }
        var receipts = desk.push(fill).receipts();
        assertThat(receipts.get(receipts.size() - 1).outcome()).isEqualTo(CommandOutcome.CONFLICT);
        return receipts.get(receipts.size() - 1).conflictId();
    }

    @Test
    void proposals_and_rebooking_only_take_moments_still_ahead() {
        Desk desk = new Desk(server, "antwerpen", "Loket 1", "agent.antwerpen");
        UUID conflictId = doubleBookingAt(day.withHour(11).withMinute(30), desk);
        clock.set(day.withHour(11).withMinute(7).atZone(BRUSSELS).toInstant());
        LocalDateTime now = day.withHour(11).withMinute(7);
        String supervisor = http.post("/auth/login", new LoginRequest("supervisor.antwerpen", Fixture.PASSWORD),
                Map.of()).json().path("token").asText();

        for (String mode : List.of("proximity", "flexibility")) {
            JsonNode proposals = http.get("/conflicts/" + conflictId + "/proposals?mode=" + mode + "&days=1&limit=5",
                    Http.bearer(supervisor)).json();
            assertThat(proposals.size()).as(mode).isBetween(1, 5);
            proposals.forEach(p -> assertThat(LocalDateTime.parse(p.path("start").asText())).as(mode).isAfter(now));
        }

        Http.Response past = http.post("/conflicts/" + conflictId + "/resolve",
                Map.of("resolution", "REBOOK", "rebookStart", day.withHour(9).toString()), Http.bearer(supervisor));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().path("field").asText()).isEqualTo("rebookStart");
        Desk supervisorDesk = new Desk(server, "antwerpen", "Loket 2", "supervisor.antwerpen");
        // decided at the desk at 11:07 (ADR 0029: a start is judged against when the decision was made)
        var pushed = supervisorDesk.push(supervisorDesk.commandAt(now.atZone(BRUSSELS).toInstant(),
                new Commands.ResolveConflict(conflictId, ConflictResolution.REBOOK, null, day.withHour(8).withMinute(30),
                        null)));
        assertThat(pushed.receipts().get(0).outcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(pushed.receipts().get(0).reason()).contains("past");
        assertThat(http.get("/conflicts/" + conflictId, Http.bearer(supervisor)).json().path("open").asBoolean())
                .isTrue();

        LocalDateTime ahead = LocalDateTime.parse(http.get("/conflicts/" + conflictId + "/proposals?days=1&limit=1",
                Http.bearer(supervisor)).json().get(0).path("start").asText());
        Http.Response rebooked = http.post("/conflicts/" + conflictId + "/resolve",
                Map.of("resolution", "REBOOK", "rebookStart", ahead.toString()), Http.bearer(supervisor));
        assertThat(rebooked.status()).isEqualTo(200);
        assertThat(rebooked.json().path("open").asBoolean()).isFalse();
    }
}
