package be.antwerpen.lom.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.PushRequest;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.Http;
import be.antwerpen.lom.server.testing.TestEngine;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk whose store went back in time (restored backup, VM snapshot, copied data folder) hands out
 * sequences the server already holds (ADR 0043): never answered with another command's receipt, refused
 * with the server's last applied sequence; one desk identity, one running desk. On every engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SequenceReuseContract {

    private String location;
    private Database db;
    private ServerComponents server;
    private Javalin app;
    private Http http;
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

    private LocalDateTime freeStart() {
        int n = nextSlot++;
        return Fixture.openWeek("antwerpen", morning, n / 3).plusHours(n % 3);
    }

    private Commands.Book book(UUID id) {
        return new Commands.Book(id, "R" + id.toString().substring(0, 6), "antwerpen", "EID_APPLY", freeStart(),
                Fixture.citizen("Marie", "Peeters"), AppointmentOrigin.COUNTER);
    }

    private static SyncCommand at(long sequence, CommandPayload payload) {
        return new SyncCommand(UUID.randomUUID(), sequence, SyncCommand.CURRENT_SCHEMA_VERSION, Instant.now(),
                "agent.antwerpen", payload);
    }

    private static SyncCommand renumbered(SyncCommand command, long sequence) {
        return new SyncCommand(command.commandId(), sequence, command.schemaVersion(), command.deviceTime(),
                command.actor(), command.payload());
    }

    private boolean stored(UUID appointmentId) {
        return db.inTransaction(c -> server.appointments().find(c, appointmentId)).isPresent();
    }

    private List<AuditEntry> audit(Desk desk, String action) {
        return db.inTransaction(c -> server.audit().search(c, "antwerpen", null, List.of(desk.id()),
                List.of(desk.id()), null, null, 100)).stream().filter(e -> e.action().equals(action)).toList();
    }

    @Test
    void a_sequence_that_holds_another_command_is_refused_with_the_last_applied_sequence_never_answered_with_its_receipt() {
        Desk desk = new Desk(server, "antwerpen", "Loket 1", "agent.antwerpen");
        SyncCommand first = at(1, book(UUID.randomUUID()));
        SyncCommand second = at(2, book(UUID.randomUUID()));
        SyncCommand third = at(3, book(UUID.randomUUID()));
        List<CommandReceipt> original = desk.push(first, second, third).receipts();
        // the desk was restored from a copy taken after sequence 1: it still holds the first command,
        // and hands out 2 and 3 again for new work
        UUID newBooking = UUID.randomUUID();
        SyncCommand again2 = at(2, book(newBooking));
        SyncCommand again3 = at(3, new Commands.CheckIn(newBooking, null));

        PushResponse answer = desk.push(first, again2, again3);

        assertThat(answer.receipts()).as("the first command is replayed, nothing else is answered")
                .containsExactly(original.get(0));
        assertThat(answer.sequenceRefused()).isNotNull();
        assertThat(answer.sequenceRefused().sequence()).isEqualTo(2);
        assertThat(answer.sequenceRefused().commandId()).isEqualTo(again2.commandId());
        assertThat(answer.sequenceRefused().lastAppliedSequence()).isEqualTo(3);
        assertThat(answer.sequenceRefused().reason()).contains("renumber");
        assertThat(answer.lastAppliedSequence()).isEqualTo(3);
        assertThat(answer.expectedSequence()).isNull();
        assertThat(stored(newBooking)).as("nothing of the refused commands is applied").isFalse();
        assertThat(audit(desk, SequenceRefusals.AUDIT_ACTION)).singleElement().satisfies(e -> {
            assertThat(e.actor()).as("the staff member whose login sent the push").isEqualTo("agent.antwerpen");
            assertThat(e.deviceId()).isEqualTo(desk.id());
            assertThat(e.detail()).contains("sequence 2").contains("last applied 3").doesNotContain("Peeters");
        });

        // the desk renumbers what it holds past the server's sequence: applied once
        PushResponse renumbered = desk.push(renumbered(again2, 4), renumbered(again3, 5));
        assertThat(renumbered.sequenceRefused()).isNull();
        assertThat(renumbered.receipts()).extracting(CommandReceipt::commandId, CommandReceipt::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(again2.commandId(), CommandOutcome.APPLIED),
                        org.assertj.core.groups.Tuple.tuple(again3.commandId(), CommandOutcome.APPLIED));
        assertThat(stored(newBooking)).isTrue();
        assertThat(desk.push(renumbered(again2, 4), renumbered(again3, 5)).receipts())
                .as("a retry is a replay").isEqualTo(renumbered.receipts());
    }

    @Test
    void a_refused_command_is_not_applied_and_the_next_sequence_after_the_servers_is() {
        Desk desk = new Desk(server, "antwerpen", "Loket 1", "agent.antwerpen");
        desk.push(at(1, book(UUID.randomUUID())), at(2, book(UUID.randomUUID())));
        UUID fresh = UUID.randomUUID();
        UUID refusedBooking = UUID.randomUUID();

        PushResponse answer = desk.push(at(2, book(refusedBooking)));
        assertThat(answer.sequenceRefused().lastAppliedSequence()).isEqualTo(2);
        PushResponse next = desk.push(at(3, book(fresh)));
        assertThat(next.sequenceRefused()).isNull();
        assertThat(next.receipts()).singleElement().satisfies(r -> assertThat(r.outcome())
                .isEqualTo(CommandOutcome.APPLIED));
        assertThat(stored(fresh)).isTrue();
        assertThat(stored(refusedBooking)).isFalse();
    }

    @Test
    void a_command_already_applied_under_another_sequence_keeps_being_answered_by_its_receipt() {
        Desk desk = new Desk(server, "antwerpen", "Loket 1", "agent.antwerpen");
        SyncCommand first = at(1, book(UUID.randomUUID()));
        SyncCommand second = at(2, book(UUID.randomUUID()));
        List<CommandReceipt> original = desk.push(first, second).receipts();

        // the second command comes again under sequence 1 (renumbered by a copy of the desk)
        PushResponse answer = desk.push(renumbered(second, 1));

        assertThat(answer.sequenceRefused()).isNull();
        assertThat(answer.receipts()).singleElement().satisfies(r -> {
            assertThat(r.commandId()).isEqualTo(second.commandId());
            assertThat(r.outcome()).isEqualTo(original.get(1).outcome());
        });
        assertThat(audit(desk, SequenceRefusals.AUDIT_ACTION)).isEmpty();
    }

    @Test
    void a_desk_instance_that_pushes_after_a_newer_one_of_the_same_desk_is_stopped_and_audited() {
        Desk desk = new Desk(server, "antwerpen", "Loket 1", "agent.antwerpen");
        String original = UUID.randomUUID().toString();
        String copy = UUID.randomUUID().toString();

        server.deskInstances().admit(desk.id(), original);
        server.deskInstances().admit(desk.id(), original);
        server.deskInstances().admit(desk.id(), copy);
        server.deskInstances().admit(desk.id(), null);

        assertThatThrownBy(() -> server.deskInstances().admit(desk.id(), original))
                .isInstanceOfSatisfying(Refusal.class, p -> {
                    assertThat(p.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                    assertThat(p.code()).isEqualTo("desk_active_elsewhere");
                });
        server.deskInstances().admit(desk.id(), copy);
        assertThatThrownBy(() -> server.deskInstances().admit(desk.id(), "not-a-uuid"))
                .isInstanceOfSatisfying(Refusal.class, p -> assertThat(p.kind()).isEqualTo(Refusal.Kind.INVALID));
        assertThat(audit(desk, DeskInstances.AUDIT_ACTION)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains(original));
        Desk other = new Desk(server, "antwerpen", "Loket 2", "agent.antwerpen");
        server.deskInstances().admit(other.id(), original);
    }

    @Test
    void the_documented_refusal_examples_answer_as_documented_from_the_real_server() throws IOException {
        String agent = http.post("/auth/login", new LoginRequest("agent.antwerpen", Fixture.PASSWORD), Map.of())
                .json().path("token").asText();
        String code = server.enrollment().issue(null, "antwerpen", "Loket 6", Duration.ofHours(1), "test");
        JsonNode enrolled = http.post("/devices/enroll", new EnrollmentRequest(code, "pc-6"), Map.of()).json();
        Map<String, String> headers = new HashMap<>(Http.device(agent, enrolled.path("deviceId").asText(),
                enrolled.path("deviceSecret").asText()));
        assertThat(http.post("/sync/push", new PushRequest(List.of(at(1, book(UUID.randomUUID())),
                at(2, book(UUID.randomUUID())))), headers).status()).isEqualTo(200);
        String doc = Files.readString(Path.of("..", "docs", "sync-protocol.md"));

        Http.Response refused = http.post("/sync/push", example(doc, "push-sequence-refused-request"), headers);

        JsonNode documented = server.json().readTree(example(doc, "push-sequence-refused-response"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.json().path("receipts")).isEqualTo(documented.path("receipts"));
        assertThat(refused.json().path("lastAppliedSequence")).isEqualTo(documented.path("lastAppliedSequence"));
        JsonNode refusal = refused.json().path("sequenceRefused");
        assertThat(refusal.path("sequence")).isEqualTo(documented.path("sequenceRefused").path("sequence"));
        assertThat(refusal.path("commandId")).isEqualTo(documented.path("sequenceRefused").path("commandId"));
        assertThat(refusal.path("lastAppliedSequence"))
                .isEqualTo(documented.path("sequenceRefused").path("lastAppliedSequence"));
        assertThat(refusal.path("reason")).isEqualTo(documented.path("sequenceRefused").path("reason"));

        headers.put(DeskInstances.HEADER, "0193a3c2-7f00-7000-8000-00000000a001");
        assertThat(http.post("/sync/push", "{\"commands\": []}", headers).status()).isEqualTo(200);
        headers.put(DeskInstances.HEADER, "0193a3c2-7f00-7000-8000-00000000b002");
        assertThat(http.post("/sync/push", "{\"commands\": []}", headers).status()).isEqualTo(200);
        headers.put(DeskInstances.HEADER, "0193a3c2-7f00-7000-8000-00000000a001");
        Http.Response stopped = http.post("/sync/push", "{\"commands\": []}", headers);
        JsonNode documentedStop = server.json().readTree(example(doc, "push-desk-active-elsewhere-response"));
        assertThat(stopped.status()).isEqualTo(409);
        assertThat(stopped.json()).isEqualTo(documentedStop);
        assertThat(http.get("/sync/pull?cursor=0", headers).json()).isEqualTo(documentedStop);
        assertThat(http.get("/sync/snapshot", headers).status()).isEqualTo(409);
        headers.put(DeskInstances.HEADER, "0193a3c2-7f00-7000-8000-00000000b002");
        assertThat(http.get("/sync/pull?cursor=0", headers).status()).isEqualTo(200);
    }

    /** The fenced block after {@code <!-- example: name -->} in the document. */
    private static String example(String doc, String name) {
        Matcher m = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->\\s*```json\\s*(.*?)```",
                Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("example %s in docs/sync-protocol.md", name).isTrue();
        return m.group(1);
    }
}
