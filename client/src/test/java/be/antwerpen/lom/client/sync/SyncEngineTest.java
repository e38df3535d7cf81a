package be.antwerpen.lom.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.auth.DeskSession;
import be.antwerpen.lom.client.auth.SessionCredentials;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.testing.ScriptedServer;
import be.antwerpen.lom.client.testing.ScriptedServer.Answer;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.Change;
import be.antwerpen.lom.model.sync.ChangeType;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.model.sync.ErrorBody;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.PullResponse;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.model.sync.SnapshotResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncEngineTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneId.of("Europe/Brussels"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Instant SERVER_TIME = Instant.parse("2026-11-30T08:00:03Z");

    @TempDir
    Path dir;

    private final ObjectMapper json = ProtocolJson.newMapper();
    private ScriptedServer server;
    private TestDesk desk;
    private SyncEngine engine;
    private ScheduledExecutorService scheduler;
    private final DeskSession session = new DeskSession();
    private Appointment appointment;

    @BeforeEach
    void setUp() throws Exception {
        server = new ScriptedServer(json);
        desk = new TestDesk(dir, CLOCK);
        appointment = TestAppointments.booked("K7M-2QX", TODAY.atTime(9, 30));
        desk.store.database().inTransaction(c -> {
            desk.store.syncState().saveIdentity(c, new DeviceIdentity(server.url(), "dev-1", "s3cret", "antwerpen",
                    "Loket 1"));
            desk.store.syncState().snapshotApplied(c, 10, CLOCK.instant());
            desk.store.appointments().upsert(c, appointment);
            return null;
        });
        session.start(new StaffMember("agent.antwerpen", "Agent", StaffRole.AGENT, java.util.Set.of("antwerpen")),
                "token-1", CLOCK.instant().plusSeconds(3600), "demo".toCharArray(), false);
        scheduler = Executors.newSingleThreadScheduledExecutor();
        ServerConnectionFactory factory = new ServerConnectionFactory(json, null,
                new SessionCredentials(session, () -> desk.store.database()
                        .inTransaction(desk.store.syncState()::read).enrolled()), Duration.ofSeconds(5));
        engine = new SyncEngine(desk.store, factory::connect, new ServerCalls(json), () -> false, scheduler, CLOCK,
                new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1), new Random(1)), Duration.ofSeconds(15),
                2, 100, json, desk.referenceData::set);
        server.on("GET", "/api/v1/sync/pull", r -> new Answer(200, new PullResponse(List.of(), 10, false, 0, SERVER_TIME)));
    }

    @AfterEach
    void tearDown() {
        scheduler.shutdownNow();
        desk.close();
        server.close();
    }

    @Test
    void pushes_the_outbox_in_order_with_credentials_and_records_each_receipt() {
        Appointment second = TestAppointments.booked("ABC-DEF", TODAY.atTime(10, 0));
        desk.store.database().inTransaction(c -> {
            desk.store.appointments().upsert(c, second);
            return null;
        });
        desk.actions.checkIn(appointment.id());
        desk.actions.checkIn(second.id());
        desk.actions.call(appointment.id());
        server.on("POST", "/api/v1/sync/push", r -> new Answer(200, receiptsFor(r.body(), seq -> switch ((int) seq) {
            case 2 -> CommandOutcome.REJECTED;
            case 3 -> CommandOutcome.CONFLICT;
            default -> CommandOutcome.APPLIED;
        })));

        engine.syncOnce();

        List<ScriptedServer.Received> pushes = server.received().stream()
                .filter(r -> r.path().endsWith("/push")).toList();
        assertThat(pushes).hasSize(2);
        assertThat(pushes.get(0).header("Authorization")).isEqualTo("Bearer token-1");
        assertThat(pushes.get(0).header("X-Device-Id")).isEqualTo("dev-1");
        assertThat(pushes.get(0).header("X-Device-Secret")).isEqualTo("s3cret");
        assertThat(pushes).as("every push reports the last sequence the desk handed out (ADR 0095)")
                .allSatisfy(p -> assertThat(p.body().path("deskSequence").asLong()).isEqualTo(3));
        assertThat(server.received().stream().filter(r -> r.path().endsWith("/pull")).toList())
                .allSatisfy(p -> assertThat(p.query()).contains("deskSequence=3"));
        assertThat(sequencesOf(pushes.get(0).body())).containsExactly(1L, 2L);
        assertThat(sequencesOf(pushes.get(1).body())).containsExactly(3L);
        assertThat(desk.agenda.outbox()).extracting(OutboxEntry::sequence, OutboxEntry::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, OutboxStatus.ACKED),
                org.assertj.core.groups.Tuple.tuple(2L, OutboxStatus.REJECTED),
                org.assertj.core.groups.Tuple.tuple(3L, OutboxStatus.CONFLICT));
        assertThat(desk.agenda.outbox().get(1).reason()).isEqualTo("reason 2");
        assertThat(engine.status().phase()).isEqualTo(SyncPhase.ONLINE);
        assertThat(engine.status().clockSkewMs()).isEqualTo(3000L);
    }

    @Test
    void an_answer_that_cannot_be_recorded_after_the_next_batch_went_out_loses_nothing() {
        desk.actions.checkIn(appointment.id());
        desk.actions.call(appointment.id());
        desk.actions.startService(appointment.id());
        List<List<Long>> batches = new ArrayList<>();
        server.on("POST", "/api/v1/sync/push", r -> {
            batches.add(sequencesOf(r.body()));
            return new Answer(200, receiptsFor(r.body(), seq -> CommandOutcome.APPLIED));
        });
        // recording the first batch's receipts fails (a full disk, say) after the second batch went out
        execute("CREATE TRIGGER settle_fails BEFORE UPDATE OF status ON outbox WHEN NEW.sequence = 1"
                + " BEGIN SELECT RAISE(ABORT, 'disk full'); END");

        engine.syncOnce();

        assertThat(engine.status().phase()).as("the round failed").isNotEqualTo(SyncPhase.ONLINE);
        // the second batch may or may not have reached the server before the desk dropped it: either is safe
        assertThat(batches.get(0)).containsExactly(1L, 2L);
        assertThat(desk.agenda.outbox()).as("nothing recorded, nothing lost").hasSize(3)
                .allMatch(e -> e.status() == OutboxStatus.PENDING);

        execute("DROP TRIGGER settle_fails");
        engine.syncOnce();

        assertThat(batches).as("the next round sends the unrecorded commands again, in order")
                .filteredOn(b -> b.equals(List.of(1L, 2L))).hasSize(2);
        assertThat(batches.get(batches.size() - 1)).containsExactly(3L);
        assertThat(desk.agenda.outbox()).hasSize(3).allMatch(e -> e.status() == OutboxStatus.ACKED);
        assertThat(engine.status().phase()).isEqualTo(SyncPhase.ONLINE);
    }

    private void execute(String sql) {
        desk.store.database().inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }

    @Test
    void a_gap_answer_makes_the_desk_resend_from_the_expected_sequence() {
        desk.actions.checkIn(appointment.id());
        desk.actions.call(appointment.id());
        List<List<Long>> batches = new ArrayList<>();
        server.on("POST", "/api/v1/sync/push", r -> {
            List<Long> sequences = sequencesOf(r.body());
            batches.add(sequences);
            if (batches.size() == 1) {
                // The server has seen nothing yet but pretends to expect 1 after a partial batch.
                return new Answer(200, new PushResponse(List.of(), 0, 1L, SERVER_TIME));
            }
            return new Answer(200, receiptsFor(r.body(), seq -> CommandOutcome.APPLIED));
        });

        engine.syncOnce();

        assertThat(batches).containsExactly(List.of(1L, 2L), List.of(1L, 2L));
        assertThat(desk.agenda.outbox()).allMatch(e -> e.status() == OutboxStatus.ACKED);
    }

    @Test
    void an_expired_login_pauses_sync_and_leaves_the_outbox_alone() {
        desk.actions.checkIn(appointment.id());
        server.on("POST", "/api/v1/sync/push", r -> new Answer(401, new ErrorBody("unauthorized", "expired", null)));

        engine.syncOnce();

        assertThat(engine.status().phase()).isEqualTo(SyncPhase.LOGIN_EXPIRED);
        assertThat(desk.agenda.outbox()).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(OutboxStatus.PENDING));
        assertThat(engine.status().waiting()).isEqualTo(1);
    }

    @Test
    void server_errors_put_the_desk_offline_with_a_growing_backoff_and_keep_the_outbox() {
        desk.actions.checkIn(appointment.id());
        server.on("POST", "/api/v1/sync/push", r -> new Answer(500, null));

        Duration first = engine.syncOnce();
        Duration second = engine.syncOnce();
        Duration third = engine.syncOnce();

        assertThat(engine.status().phase()).isEqualTo(SyncPhase.OFFLINE);
        assertThat(engine.status().offlineSince()).isEqualTo(CLOCK.instant());
        assertThat(engine.status().online()).isFalse();
        assertThat(first).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(third).isGreaterThan(first).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(second).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(desk.agenda.waitingCommands()).isEqualTo(1);
    }

    @Test
    void an_unreachable_server_counts_as_offline() {
        desk.actions.checkIn(appointment.id());
        server.close();

        engine.syncOnce();

        assertThat(engine.status().phase()).isEqualTo(SyncPhase.OFFLINE);
        assertThat(desk.agenda.waitingCommands()).isEqualTo(1);
    }

    @Test
    void pull_loops_until_caught_up_applies_changes_and_drops_reflected_commands() {
        desk.actions.checkIn(appointment.id());
        server.on("POST", "/api/v1/sync/push", r -> new Answer(200, receiptsFor(r.body(), s -> CommandOutcome.APPLIED)));
        Appointment checkedIn = new Appointment(appointment.id(), appointment.code(), "antwerpen", "EID",
                appointment.start(), appointment.end(), appointment.citizen(), AppointmentStatus.CHECKED_IN,
                appointment.origin(), false, 2);
        Appointment other = TestAppointments.booked("NEW-ONE", TODAY.atTime(11, 0));
        server.on("GET", "/api/v1/sync/pull", r -> r.query().contains("cursor=10")
                ? new Answer(200, new PullResponse(List.of(change(11, checkedIn)), 11, true, 0, SERVER_TIME))
                : new Answer(200, new PullResponse(List.of(change(12, other)), 12, false, 1, SERVER_TIME)));

        engine.syncOnce();

        assertThat(desk.agenda.outbox()).isEmpty();
        assertThat(desk.agenda.day(TODAY)).extracting(e -> e.appointment().code(), e -> e.appointment().status())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("K7M-2QX", AppointmentStatus.CHECKED_IN),
                        org.assertj.core.groups.Tuple.tuple("NEW-ONE", AppointmentStatus.BOOKED));
        assertThat(desk.store.database().inTransaction(desk.store.syncState()::read).pullCursor()).isEqualTo(12L);
        assertThat(engine.status().lastSyncAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void a_reset_pushes_the_outbox_first_then_replaces_the_local_copy_from_a_snapshot() {
        desk.actions.checkIn(appointment.id());
        server.on("POST", "/api/v1/sync/push", r -> new Answer(200, receiptsFor(r.body(), s -> CommandOutcome.APPLIED)));
        server.on("GET", "/api/v1/sync/pull", r -> r.query().contains("cursor=10")
                ? new Answer(410, new ErrorBody("cursor_expired", "cursor too old", null))
                : new Answer(200, new PullResponse(List.of(), 50, false, 1, SERVER_TIME)));
        Appointment fresh = TestAppointments.booked("SNAP-1", TODAY.atTime(12, 0));
        server.on("GET", "/api/v1/sync/snapshot", r -> new Answer(200, new SnapshotResponse(50, null, TODAY,
                TODAY.plusDays(21), List.of(fresh), List.of(), 0, SERVER_TIME, List.of())));
        desk.actions.call(appointment.id());

        engine.syncOnce();

        assertThat(server.paths()).containsSubsequence("POST /api/v1/sync/push", "GET /api/v1/sync/pull",
                "GET /api/v1/sync/snapshot", "GET /api/v1/sync/pull");
        assertThat(desk.agenda.day(TODAY)).extracting(e -> e.appointment().code()).containsExactly("SNAP-1");
        assertThat(desk.store.database().inTransaction(desk.store.syncState()::read).pullCursor()).isEqualTo(50L);
    }

    @Test
    void a_server_that_keeps_asking_for_a_reset_does_not_trap_the_desk_in_a_loop() {
        desk.actions.checkIn(appointment.id());
        server.on("POST", "/api/v1/sync/push", r -> new Answer(200, receiptsFor(r.body(), s -> CommandOutcome.APPLIED)));
        server.on("GET", "/api/v1/sync/pull", r -> new Answer(410, new ErrorBody("cursor_expired", "old", null)));
        server.on("GET", "/api/v1/sync/snapshot", r -> new Answer(410, new ErrorBody("cursor_expired", "old", null)));

        Duration wait = engine.syncOnce();

        assertThat(engine.status().phase()).isEqualTo(SyncPhase.OFFLINE);
        assertThat(wait).isPositive();
        assertThat(server.paths()).filteredOn(p -> p.endsWith("/snapshot")).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void an_unknown_device_stops_sync_with_its_own_status_and_keeps_the_outbox() {
        desk.actions.checkIn(appointment.id());
        server.on("POST", "/api/v1/sync/push",
                r -> new Answer(410, new ErrorBody("unknown_device", "this device is not enrolled on this server", null)));

        engine.syncOnce();

        assertThat(engine.status().phase()).isEqualTo(SyncPhase.DEVICE_UNKNOWN);
        assertThat(desk.agenda.waitingCommands()).isEqualTo(1);
    }

    private Change change(long sequence, Appointment a) {
        return new Change(sequence, ChangeType.APPOINTMENT, a.id().toString(), json.valueToTree(a));
    }

    @Test
    void a_pulled_appointment_this_build_cannot_read_is_skipped_and_the_rest_of_the_page_applies() {
        Appointment other = TestAppointments.booked("NEW-ONE", TODAY.atTime(11, 0));
        Appointment future = TestAppointments.booked("NEW-TWO", TODAY.atTime(12, 0));
        com.fasterxml.jackson.databind.node.ObjectNode unreadable = json.valueToTree(future);
        unreadable.put("status", "TELEPORTED");
        server.on("GET", "/api/v1/sync/pull", r -> new Answer(200, new PullResponse(List.of(
                new Change(11, ChangeType.APPOINTMENT, future.id().toString(), unreadable), change(12, other)),
                12, false, 0, SERVER_TIME)));

        engine.syncOnce();

        assertThat(desk.agenda.day(TODAY)).extracting(e -> e.appointment().code())
                .containsExactlyInAnyOrder("K7M-2QX", "NEW-ONE");
        assertThat(desk.store.database().inTransaction(desk.store.syncState()::read).pullCursor()).isEqualTo(12L);
    }

    @Test
    void a_pulled_settled_conflict_takes_the_commands_that_opened_it_out_of_the_outbox() {
        UUID settledId = UUID.randomUUID();
        UUID stillOpenId = UUID.randomUUID();
        desk.actions.checkIn(appointment.id());
        desk.actions.markServed(appointment.id(), null);
        server.on("POST", "/api/v1/sync/push", r -> {
            List<CommandReceipt> receipts = new ArrayList<>();
            for (JsonNode c : r.body().get("commands")) {
                long seq = c.get("sequence").asLong();
                receipts.add(new CommandReceipt(UUID.fromString(c.get("commandId").asText()), seq,
                        CommandOutcome.CONFLICT, "conflict " + seq, seq == 1 ? settledId : stillOpenId));
            }
            return new Answer(200, new PushResponse(receipts, 2, null, SERVER_TIME));
        });
        server.on("GET", "/api/v1/sync/pull", r -> new Answer(200, new PullResponse(List.of(
                conflictChange(11, settledId, true), conflictChange(12, stillOpenId, true)), 12, false, 2,
                SERVER_TIME)));
        engine.syncOnce();
        assertThat(desk.agenda.outbox()).extracting(OutboxEntry::status)
                .containsExactly(OutboxStatus.CONFLICT, OutboxStatus.CONFLICT);

        server.on("GET", "/api/v1/sync/pull", r -> new Answer(200, new PullResponse(List.of(
                conflictChange(13, settledId, false)), 13, false, 2, SERVER_TIME)));
        engine.syncOnce();

        assertThat(desk.agenda.outbox()).extracting(OutboxEntry::sequence, OutboxEntry::conflictId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, stillOpenId));
    }

    @Test
    void a_snapshot_takes_out_the_commands_of_conflicts_settled_while_the_desk_was_not_pulling() {
        UUID settledId = UUID.randomUUID();
        UUID stillOpenId = UUID.randomUUID();
        desk.actions.checkIn(appointment.id());
        desk.actions.markServed(appointment.id(), null);
        server.on("POST", "/api/v1/sync/push", r -> {
            List<CommandReceipt> receipts = new ArrayList<>();
            for (JsonNode c : r.body().get("commands")) {
                long seq = c.get("sequence").asLong();
                receipts.add(new CommandReceipt(UUID.fromString(c.get("commandId").asText()), seq,
                        CommandOutcome.CONFLICT, "conflict " + seq, seq == 1 ? settledId : stillOpenId));
            }
            return new Answer(200, new PushResponse(receipts, 2, null, SERVER_TIME));
        });
        server.on("GET", "/api/v1/sync/pull", r -> new Answer(200, new PullResponse(List.of(), 12, false, 2,
                SERVER_TIME)));
        engine.syncOnce();
        assertThat(desk.agenda.outbox()).hasSize(2);
        desk.store.database().inTransaction(c -> {
            desk.store.syncState().requireSnapshot(c);
            return null;
        });
        server.on("GET", "/api/v1/sync/snapshot", r -> new Answer(200, new SnapshotResponse(20, null, TODAY,
                TODAY.plusDays(21), List.of(appointment), List.of(), 2, SERVER_TIME, List.of(stillOpenId))));

        engine.syncOnce();

        assertThat(desk.agenda.outbox()).extracting(OutboxEntry::sequence, OutboxEntry::conflictId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, stillOpenId));
    }

    @Test
    void an_outbox_command_this_build_cannot_read_is_pushed_as_stored_and_does_not_hold_up_the_rest() {
        desk.store.database().inTransaction(c -> {
            long sequence = desk.store.syncState().takeNextSequence(c);
            try (java.sql.PreparedStatement s = c.prepareStatement("INSERT INTO outbox (sequence, command_id,"
                    + " entity_id, command_type, payload, actor, device_time, status)"
                    + " VALUES (?, ?, ?, 'ConfirmArrival', ?, 'agent.antwerpen', ?, 'PENDING')")) {
                s.setLong(1, sequence);
                s.setString(2, UUID.randomUUID().toString());
                s.setString(3, appointment.id().toString());
                s.setString(4, "{\"type\":\"ConfirmArrival\",\"appointmentId\":\"" + appointment.id() + "\"}");
                s.setString(5, CLOCK.instant().toString());
                s.executeUpdate();
            }
            return null;
        });
        desk.actions.checkIn(appointment.id());
        assertThat(desk.agenda.day(TODAY)).singleElement()
                .satisfies(e -> assertThat(e.appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN));
        List<JsonNode> pushed = new ArrayList<>();
        server.on("POST", "/api/v1/sync/push", r -> {
            r.body().get("commands").forEach(pushed::add);
            return new Answer(200, receiptsFor(r.body(), seq -> seq == 1 ? CommandOutcome.CONFLICT
                    : CommandOutcome.APPLIED));
        });

        engine.syncOnce();

        assertThat(pushed).hasSize(2);
        assertThat(pushed.get(0).path("payload").path("type").asText()).isEqualTo("ConfirmArrival");
        assertThat(pushed.get(0).path("actor").asText()).isEqualTo("agent.antwerpen");
        assertThat(pushed.get(1).path("payload").path("type").asText()).isEqualTo("CheckIn");
        assertThat(desk.agenda.outbox()).extracting(OutboxEntry::status, OutboxEntry::readable).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OutboxStatus.CONFLICT, false),
                org.assertj.core.groups.Tuple.tuple(OutboxStatus.ACKED, true));
        assertThat(engine.status().phase()).isEqualTo(SyncPhase.ONLINE);
    }

    private Change conflictChange(long sequence, UUID conflictId, boolean open) {
        ConflictView view = new ConflictView(conflictId, ConflictKind.CONTRADICTING_FACTS, "antwerpen",
                appointment.id(), "dev-1", UUID.randomUUID(), "another desk", null, null, open,
                open ? null : ConflictResolution.KEEP_SERVER, open ? null : "supervisor.antwerpen", null,
                SERVER_TIME, open ? null : SERVER_TIME);
        return new Change(sequence, ChangeType.CONFLICT, conflictId.toString(), json.valueToTree(view));
    }

    private static List<Long> sequencesOf(JsonNode body) {
        List<Long> result = new ArrayList<>();
        body.get("commands").forEach(c -> result.add(c.get("sequence").asLong()));
        return result;
    }

    private static PushResponse receiptsFor(JsonNode body, java.util.function.LongFunction<CommandOutcome> outcome) {
        List<CommandReceipt> receipts = new ArrayList<>();
        long last = 0;
        for (JsonNode c : body.get("commands")) {
            long seq = c.get("sequence").asLong();
            CommandOutcome o = outcome.apply(seq);
            receipts.add(new CommandReceipt(UUID.fromString(c.get("commandId").asText()), seq, o,
                    o == CommandOutcome.APPLIED ? null : "reason " + seq,
                    o == CommandOutcome.CONFLICT ? UUID.randomUUID() : null));
            last = seq;
        }
        return new PushResponse(receipts, last, null, SERVER_TIME);
    }
}
