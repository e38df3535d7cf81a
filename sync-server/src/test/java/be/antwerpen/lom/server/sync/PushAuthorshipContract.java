package be.antwerpen.lom.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.ActorProof;
import be.antwerpen.lom.model.sync.PayloadDigest;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.auth.StaffAccount;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.Http;
import be.antwerpen.lom.server.testing.TestEngine;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who acts is who logged in (ADR 0032) and one policy decides what they may do on every path (ADR 0033):
 * pushes over HTTP from real desk credentials, compared with the web API, run on every engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PushAuthorshipContract {

    private String location;
    private Database db;
    private ServerComponents server;
    private Javalin app;
    private Http http;
    private final Map<String, String> tokens = new java.util.HashMap<>();
    private int slotOffset;
    private LocalDateTime slot;

    abstract TestEngine engine();

    /** A desk over HTTP: its credentials and its own sequence numbers. */
    private final class HttpDesk {
        final EnrollmentResponse identity;
        long sequence;

        HttpDesk(String locationId, String name) {
            String code = server.enrollment().issue(null, locationId, name, Duration.ofHours(1), "test");
            identity = server.enrollment().enroll(new EnrollmentRequest(code, name));
        }

        SyncCommand command(String actor, CommandPayload payload) {
            return new SyncCommand(UUID.randomUUID(), ++sequence, SyncCommand.CURRENT_SCHEMA_VERSION,
                    Instant.now(), actor, payload);
        }

        SyncCommand proven(String actor, byte[] key, CommandPayload payload) {
            UUID id = UUID.randomUUID();
            return new SyncCommand(id, ++sequence, SyncCommand.CURRENT_SCHEMA_VERSION, Instant.now(), actor,
                    payload, ActorProof.of(key, id, actor, digest(payload)));
        }

        Http.Response send(String loggedIn, List<SyncCommand> commands) {
            return http.post("/sync/push", Map.of("commands", commands), headers(loggedIn));
        }

        CommandReceipt push(String loggedIn, SyncCommand command) {
            Http.Response r = send(loggedIn, List.of(command));
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            JsonNode receipt = r.json().path("receipts").get(0);
            return server.json().convertValue(receipt, CommandReceipt.class);
        }

        /** The actor-proof key the server hands {@code username} at this desk. */
        byte[] keyOf(String username) {
            Http.Response r = http.post("/auth/actor-key", Map.of(), headers(username));
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            return Base64.getDecoder().decode(r.json().path("key").asText());
        }

        Map<String, String> headers(String username) {
            return Http.device(token(username), identity.deviceId(), identity.deviceSecret());
        }
    }

    @BeforeAll
    void start(@TempDir Path tempDir) {
        engine().assumeAvailable();
        location = engine().newLocation(tempDir);
        db = engine().open(location);
        server = Fixture.components(db);
        Fixture.staff(server);
        server.staffAdministration().create("supervisor.deurne", "Supervisor Deurne", StaffRole.SUPERVISOR,
                Set.of("deurne"), Fixture.PASSWORD, true, "test");
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

    @BeforeEach
    void nextSlot() {
        int n = slotOffset++;
        slot = Fixture.openMorning("antwerpen", n / 3).plusMinutes(60L * (n % 3));
    }

    private String token(String username) {
        return tokens.computeIfAbsent(username, u -> http.post("/auth/login",
                new LoginRequest(u, Fixture.PASSWORD), Map.of()).json().path("token").asText());
    }

    private Commands.Book book(UUID id, String locationId, LocalDateTime start) {
        return new Commands.Book(id, "P" + id.toString().substring(0, 6), locationId, "EID_APPLY", start,
                Fixture.citizen("Marie", "Peeters"), AppointmentOrigin.COUNTER);
    }

    /** An open double-booking conflict at Antwerpen (a full slot, then one more offline booking). */
    private UUID antwerpenConflict() {
        HttpDesk filler = new HttpDesk("antwerpen", "Vuller");
        List<SyncCommand> fill = new ArrayList<>();
        for (int i = 0; i < Fixture.capacity("antwerpen", slot); i++) {
            fill.add(filler.command("agent.antwerpen", book(UUID.randomUUID(), "antwerpen", slot)));
        }
        assertThat(filler.send("agent.antwerpen", fill).status()).isEqualTo(200);
        HttpDesk late = new HttpDesk("antwerpen", "Laat");
        CommandReceipt receipt = late.push("agent.antwerpen", late.command("agent.antwerpen",
                book(UUID.randomUUID(), "antwerpen", slot)));
        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.CONFLICT);
        return receipt.conflictId();
    }

    private Commands.ResolveConflict handled(UUID conflictId) {
        return new Commands.ResolveConflict(conflictId, ConflictResolution.MARK_HANDLED, "afgehandeld", null, null);
    }

    /** The digest of {@code payload} as a push sends it (ADR 0161). */
    private byte[] digest(CommandPayload payload) {
        try {
            return PayloadDigest.of(server.json().readTree(server.json().writerFor(CommandPayload.class)
                    .writeValueAsString(payload)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_proof_read_from_a_desks_outbox_proves_no_other_payload_under_its_command_id() {
        UUID meant = antwerpenConflict();
        UUID other = antwerpenConflict();
        HttpDesk desk = new HttpDesk("antwerpen", "Loket P");
        byte[] supervisorKey = desk.keyOf("supervisor.antwerpen");
        // what the supervisor recorded offline at this desk, read by a colleague from the desk's outbox
        SyncCommand recorded = desk.proven("supervisor.antwerpen", supervisorKey, handled(meant));
        SyncCommand forged = new SyncCommand(recorded.commandId(), recorded.sequence(), recorded.schemaVersion(),
                recorded.deviceTime(), recorded.actor(), new Commands.ResolveConflict(other,
                ConflictResolution.MARK_HANDLED, "afgehandeld", null, null), recorded.actorProof());

        CommandReceipt receipt = desk.push("agent.antwerpen", forged);

        assertThat(receipt.outcome()).as("the colleague, an agent, cannot settle").isEqualTo(CommandOutcome.REJECTED);
        assertThat(open(other)).isTrue();
        // the honest proof of a command the supervisor made proves it
        assertThat(desk.push("agent.antwerpen", desk.proven("supervisor.antwerpen", supervisorKey, handled(other)))
                .outcome()).isEqualTo(CommandOutcome.APPLIED);
        assertThat(open(other)).isFalse();
        // a number too large for a double in a payload that names another person: judged, never a server error
        String huge = "{\"commands\":[{\"commandId\":\"" + UUID.randomUUID() + "\",\"sequence\":"
                + (++desk.sequence) + ",\"schemaVersion\":" + SyncCommand.CURRENT_SCHEMA_VERSION
                + ",\"deviceTime\":\"" + Instant.now() + "\",\"actor\":\"supervisor.antwerpen\",\"actorProof\":\"AAAA\","
                + "\"payload\":{\"type\":\"CheckIn\",\"appointmentId\":\"" + UUID.randomUUID()
                + "\",\"paperTime\":1e400}}]}";
        Http.Response answer = http.send("POST", "/sync/push", huge, desk.headers("agent.antwerpen"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        // a proof of the first form (a desk from before ADR 0161) still proves its command, for the transition
        UUID id = UUID.randomUUID();
        CommandReceipt firstForm = desk.push("agent.antwerpen", new SyncCommand(id, ++desk.sequence,
                SyncCommand.CURRENT_SCHEMA_VERSION, Instant.now(), "supervisor.antwerpen", handled(meant),
                ActorProof.ofFirstForm(supervisorKey, id, "supervisor.antwerpen")));
        assertThat(firstForm.outcome()).isEqualTo(CommandOutcome.APPLIED);
        assertThat(open(meant)).isFalse();
    }

    private boolean open(UUID conflictId) {
        return db.inSnapshot(c -> server.conflicts().find(c, conflictId)).orElseThrow().open();
    }

    private List<AuditEntry> auditOf(String entityId) {
        return db.inSnapshot(c -> server.audit().search(c, null, null, null, List.of(entityId), null, null, 1000));
    }

    @Test
    void an_agent_naming_the_admin_in_a_push_cannot_settle_a_conflict() {
        UUID conflict = antwerpenConflict();
        HttpDesk deurne = new HttpDesk("deurne", "Loket Deurne");
        HttpDesk antwerpen = new HttpDesk("antwerpen", "Loket A");

        CommandReceipt fromDeurne = deurne.push("agent.deurne", deurne.command("admin", handled(conflict)));
        CommandReceipt fromAntwerpen = antwerpen.push("agent.antwerpen",
                antwerpen.command("admin", handled(conflict)));

        assertThat(fromDeurne.outcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(fromAntwerpen.outcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(fromAntwerpen.reason()).contains("supervisor");
        assertThat(open(conflict)).isTrue();
        assertThat(auditOf(fromDeurne.commandId().toString())).isNotEmpty()
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("agent.deurne"));
    }

    @Test
    void a_name_without_proof_is_audited_as_the_person_who_pushed() {
        HttpDesk desk = new HttpDesk("antwerpen", "Loket B");
        UUID id = UUID.randomUUID();
        assertThat(desk.push("agent.antwerpen", desk.command("agent.antwerpen", book(id, "antwerpen", slot)))
                .outcome()).isEqualTo(CommandOutcome.APPLIED);

        CommandReceipt checkIn = desk.push("agent.antwerpen", desk.command("supervisor.antwerpen",
                new Commands.CheckIn(id, null)));

        assertThat(checkIn.outcome()).isEqualTo(CommandOutcome.APPLIED);
        List<AuditEntry> lines = auditOf(id.toString()).stream().filter(e -> e.action().equals("CheckIn")).toList();
        assertThat(lines).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("agent.antwerpen");
            assertThat(e.detail()).contains(CommandAuthors.UNPROVEN);
        });
    }

    @Test
    void a_command_proven_by_the_offline_supervisor_is_theirs_even_when_an_agent_pushes_it() {
        UUID conflict = antwerpenConflict();
        HttpDesk desk = new HttpDesk("antwerpen", "Loket C");
        byte[] supervisorKey = desk.keyOf("supervisor.antwerpen");

        CommandReceipt receipt = desk.push("agent.antwerpen",
                desk.proven("supervisor.antwerpen", supervisorKey, handled(conflict)));

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.APPLIED);
        assertThat(open(conflict)).isFalse();
        assertThat(auditOf(conflict.toString()).stream().filter(e -> e.action().equals("ResolveConflict")))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("supervisor.antwerpen");
                    assertThat(e.detail()).contains(CommandAuthors.PROVEN).contains("agent.antwerpen");
                });
    }

    @Test
    void a_proof_of_another_desk_another_person_or_another_command_counts_for_nothing() {
        UUID conflict = antwerpenConflict();
        HttpDesk desk = new HttpDesk("antwerpen", "Loket D");
        HttpDesk other = new HttpDesk("antwerpen", "Loket E");
        byte[] keyAtOtherDesk = other.keyOf("supervisor.antwerpen");
        byte[] agentKey = desk.keyOf("agent.antwerpen");
        byte[] supervisorKey = desk.keyOf("supervisor.antwerpen");

        CommandReceipt otherDesk = desk.push("agent.antwerpen",
                desk.proven("supervisor.antwerpen", keyAtOtherDesk, handled(conflict)));
        CommandReceipt otherPerson = desk.push("agent.antwerpen",
                desk.proven("supervisor.antwerpen", agentKey, handled(conflict)));
        String proofOfAnotherCommand = ActorProof.of(supervisorKey, UUID.randomUUID(), "supervisor.antwerpen",
                digest(handled(conflict)));
        SyncCommand copied = new SyncCommand(UUID.randomUUID(), ++desk.sequence, SyncCommand.CURRENT_SCHEMA_VERSION,
                Instant.now(), "supervisor.antwerpen", handled(conflict), proofOfAnotherCommand);
        CommandReceipt otherCommand = desk.push("agent.antwerpen", copied);

        assertThat(List.of(otherDesk, otherPerson, otherCommand))
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(CommandOutcome.REJECTED));
        assertThat(open(conflict)).isTrue();
    }

    @Test
    void a_proof_signed_with_a_key_from_before_a_password_reset_counts_for_nothing() {
        server.staffAdministration().create("supervisor.reset", "Supervisor Reset", StaffRole.SUPERVISOR,
                Set.of("antwerpen"), Fixture.PASSWORD, true, "test");
        HttpDesk desk = new HttpDesk("antwerpen", "Loket G");
        byte[] oldKey = desk.keyOf("supervisor.reset");
        UUID before = antwerpenConflict();
        assertThat(desk.push("agent.antwerpen", desk.proven("supervisor.reset", oldKey, handled(before))).outcome())
                .as("the key holds before the reset").isEqualTo(CommandOutcome.APPLIED);

        server.staffAdministration().resetPassword("supervisor.reset", "een-nieuw-wachtwoord-2026", "admin");
        UUID after = antwerpenConflict();
        CommandReceipt receipt = desk.push("agent.antwerpen", desk.proven("supervisor.reset", oldKey,
                handled(after)));

        assertThat(receipt.outcome()).as("the pusher, an agent, cannot settle").isEqualTo(CommandOutcome.REJECTED);
        assertThat(open(after)).isTrue();
    }

    @Test
    void a_proof_of_someone_whose_account_is_disabled_makes_the_pusher_the_actor() {
        HttpDesk desk = new HttpDesk("antwerpen", "Loket F");
        StaffMember gone = new StaffMember("oud.personeelslid", "Oud", StaffRole.SUPERVISOR, Set.of("antwerpen"));
        db.inTransaction(c -> {
            server.staff().insert(c, new StaffAccount(gone, server.staffAdministration().hash(Fixture.PASSWORD), false),
                    0L);
            return null;
        });
        byte[] key = Base64.getDecoder().decode(server.actorKeys().keyFor(gone, desk.identity.deviceId()));
        UUID conflict = antwerpenConflict();

        CommandReceipt receipt = desk.push("agent.antwerpen", desk.proven("oud.personeelslid", key,
                handled(conflict)));

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(open(conflict)).isTrue();
    }

    @Test
    void a_supervisor_of_another_location_cannot_settle_on_any_path() {
        UUID conflict = antwerpenConflict();
        HttpDesk deurne = new HttpDesk("deurne", "Loket Deurne 2");

        CommandReceipt pushed = deurne.push("supervisor.deurne", deurne.command("supervisor.deurne",
                handled(conflict)));
        Http.Response web = http.post("/conflicts/" + conflict + "/resolve", handled(conflict),
                Http.bearer(token("supervisor.deurne")));
        Http.Response webAgent = http.post("/conflicts/" + conflict + "/resolve", handled(conflict),
                Http.bearer(token("agent.antwerpen")));

        assertThat(pushed.outcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(web.status()).isEqualTo(403);
        assertThat(webAgent.status()).isEqualTo(403);
        assertThat(open(conflict)).isTrue();
        assertThat(http.post("/conflicts/" + conflict + "/resolve", handled(conflict),
                Http.bearer(token("supervisor.antwerpen"))).status()).isEqualTo(200);
    }

    @Test
    void a_deurne_desk_cannot_act_on_an_antwerpen_appointment_or_register_a_walk_in_there() {
        HttpDesk antwerpen = new HttpDesk("antwerpen", "Loket G");
        HttpDesk deurne = new HttpDesk("deurne", "Loket Deurne 3");
        UUID id = UUID.randomUUID();
        antwerpen.push("agent.antwerpen", antwerpen.command("agent.antwerpen", book(id, "antwerpen", slot)));

        CommandReceipt checkIn = deurne.push("agent.deurne", deurne.command("agent.antwerpen",
                new Commands.CheckIn(id, null)));
        CommandReceipt cancel = deurne.push("agent.deurne", deurne.command("agent.deurne",
                new Commands.Cancel(id, null, null)));
        CommandReceipt walkIn = deurne.push("agent.deurne", deurne.command("agent.deurne",
                new Commands.RegisterWalkIn(UUID.randomUUID(), "W-1", "antwerpen", "EID_APPLY",
                        LocalDateTime.now().withNano(0), Fixture.citizen("Jan", "Janssens"), AppointmentOrigin.WALK_IN,
                        null)));

        assertThat(List.of(checkIn, cancel, walkIn))
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(CommandOutcome.REJECTED));
        assertThat(db.inSnapshot(c -> server.appointments().find(c, id)).orElseThrow().appointment().status())
                .isEqualTo(AppointmentStatus.BOOKED);
        assertThat(http.post("/appointments/" + id + "/cancel", "{}", Http.bearer(token("agent.deurne"))).status())
                .isEqualTo(403);
    }

    @Test
    void a_new_booking_at_another_location_is_allowed_alike_on_the_web_and_in_a_push() {
        HttpDesk deurne = new HttpDesk("deurne", "Loket Deurne 4");

        CommandReceipt pushed = deurne.push("agent.deurne", deurne.command("agent.deurne",
                book(UUID.randomUUID(), "antwerpen", slot)));
        Http.Response web = http.post("/appointments", Map.of("locationId", "antwerpen", "productCode", "EID_APPLY",
                "start", slot.plusMinutes(10).toString(), "citizen", Fixture.citizen("Els", "Maes")),
                Http.bearer(token("agent.deurne")));

        assertThat(pushed.outcome()).isEqualTo(CommandOutcome.APPLIED);
        assertThat(web.status()).as(web.text()).isEqualTo(201);
    }
}
