package be.antwerpen.lom.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.auth.DeskSession;
import be.antwerpen.lom.client.auth.SessionCredentials;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.testing.ScriptedPushes;
import be.antwerpen.lom.client.testing.ScriptedServer;
import be.antwerpen.lom.client.testing.ScriptedServer.Answer;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.status.StatusBarPresenter;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.PullResponse;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.model.sync.SequenceRefusal;
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
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background sync outlives every failure (an {@link Error} in a round or a status listener), refuses
 * answers for commands it never sent, and while the server gives no answer probes cheaply and comes back
 * by itself (ADR 0043, ADR 0044).
 */
class SyncEngineResilienceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneId.of("Europe/Brussels"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Instant SERVER_TIME = Instant.parse("2026-11-30T08:00:03Z");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final ObjectMapper json = ProtocolJson.newMapper();
    private final DeskSession session = new DeskSession();
    private final List<ScheduledExecutorService> schedulers = new ArrayList<>();
    private ScriptedServer server;
    private TestDesk desk;
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
        session.start(new StaffMember("agent.antwerpen", "Agent", StaffRole.AGENT, Set.of("antwerpen")),
                "token-1", CLOCK.instant().plusSeconds(3600), "demo".toCharArray(), false);
        routes(server);
    }

    private void routes(ScriptedServer s) {
        s.on("GET", "/api/v1/sync/pull", r -> new Answer(200, new PullResponse(List.of(), 10, false, 0, SERVER_TIME)));
        s.on("GET", "/api/v1/health", r -> new Answer(200, Map.of("status", "ok")));
        s.on("POST", "/api/v1/sync/push", r -> new Answer(200, ScriptedPushes.allApplied(r.body(), SERVER_TIME)));
    }

    @AfterEach
    void tearDown() {
        schedulers.forEach(ScheduledExecutorService::shutdownNow);
        desk.close();
        server.close();
    }

    private SyncEngine engine(Function<String, SyncApi> connect, Duration interval) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        schedulers.add(scheduler);
        return new SyncEngine(desk.store, connect, new ServerCalls(json), () -> false, scheduler, CLOCK,
                new RetryBackoff(Duration.ofMillis(20), Duration.ofMillis(100), new Random(1)), interval, 50, 100,
                json, desk.referenceData::set,
                new ReconnectProbe(Duration.ofMillis(50), Duration.ofMillis(150), new Random(2)));
    }

    private Function<String, SyncApi> http() {
        ServerConnectionFactory factory = new ServerConnectionFactory(json, null,
                new SessionCredentials(session, () -> desk.store.database()
                        .inTransaction(desk.store.syncState()::read).enrolled()), Duration.ofSeconds(5));
        return factory::connect;
    }

    @Test
    void a_receipt_for_a_command_the_desk_never_sent_is_an_error_and_nothing_of_the_batch_is_recorded() {
        desk.actions.checkIn(appointment.id());
        server.on("POST", "/api/v1/sync/push", r -> new Answer(200, new PushResponse(List.of(new CommandReceipt(
                UUID.randomUUID(), 1, CommandOutcome.APPLIED, null, null)), 1, null, SERVER_TIME)));
        SyncEngine engine = engine(http(), Duration.ofSeconds(15));

        engine.syncOnce();

        assertThat(engine.status().phase()).isEqualTo(SyncPhase.FAILED);
        assertThat(desk.agenda.outbox()).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(OutboxStatus.PENDING));
        assertThat(new StatusBarPresenter(new Messages(Messages.DUTCH_BELGIUM), ZoneId.of("Europe/Brussels"))
                .present(engine.status(), CLOCK.instant()).connection()).contains("mislukt");
    }

    @Test
    void a_receipt_under_another_sequence_than_the_command_was_sent_with_is_an_error() {
        desk.actions.checkIn(appointment.id());
        server.on("POST", "/api/v1/sync/push", r -> {
            UUID sent = UUID.fromString(r.body().get("commands").get(0).get("commandId").asText());
            return new Answer(200, new PushResponse(List.of(new CommandReceipt(sent, 7, CommandOutcome.APPLIED, null,
                    null)), 7, null, SERVER_TIME));
        });
        SyncEngine engine = engine(http(), Duration.ofSeconds(15));

        engine.syncOnce();

        assertThat(engine.status().phase()).isEqualTo(SyncPhase.FAILED);
        assertThat(engine.status().waiting()).isEqualTo(1);
    }

    @Test
    void a_refused_sequence_renumbers_the_waiting_commands_after_the_servers_in_one_go_and_starts_a_new_ticket_series() {
        desk.actions.checkIn(appointment.id());
        String before = desk.actions.registerWalkIn("EID", TestAppointments.citizen("Jan", "Janssens"));
        desk.actions.call(appointment.id());
        server.on("POST", "/api/v1/sync/push", r -> {
            JsonNode first = r.body().get("commands").get(0);
            if (first.get("sequence").asLong() < 10) {
                return new Answer(200, new PushResponse(List.of(), 9, null, SERVER_TIME, new SequenceRefusal(
                        first.get("sequence").asLong(), UUID.fromString(first.get("commandId").asText()), 9, "reused")));
            }
            return new Answer(200, ScriptedPushes.allApplied(r.body(), SERVER_TIME));
        });
        SyncEngine engine = engine(http(), Duration.ofSeconds(15));

        engine.syncOnce();

        assertThat(engine.status().phase()).isEqualTo(SyncPhase.ONLINE);
        assertThat(desk.agenda.outbox()).extracting(e -> e.sequence()).containsExactly(10L, 11L, 12L);
        assertThat(desk.agenda.outbox()).allSatisfy(e -> assertThat(e.status()).isEqualTo(OutboxStatus.ACKED));
        assertThat(engine.status().renumbering().commands()).isEqualTo(3);
        assertThat(before).isEqualTo("L1-0001");
        assertThat(desk.actions.registerWalkIn("EID", TestAppointments.citizen("Els", "Maes"))).isEqualTo("L1B-0001");
        assertThat(desk.agenda.outbox()).extracting(e -> e.sequence()).containsExactly(10L, 11L, 12L, 13L);
    }

    @Test
    void an_error_thrown_in_a_sync_round_is_shown_and_the_next_round_still_runs() throws Exception {
        AtomicInteger connects = new AtomicInteger();
        Function<String, SyncApi> real = http();
        SyncEngine engine = engine(url -> {
            if (connects.incrementAndGet() == 1) {
                throw new StackOverflowError("simulated fault in a round");
            }
            return real.apply(url);
        }, Duration.ofMillis(200));
        List<SyncPhase> phases = new CopyOnWriteArrayList<>();
        engine.addListener(s -> phases.add(s.phase()));
        desk.actions.checkIn(appointment.id());

        engine.start();

        waitUntil(() -> phases.contains(SyncPhase.ONLINE));
        assertThat(phases).contains(SyncPhase.FAILED);
        assertThat(phases.indexOf(SyncPhase.FAILED)).isLessThan(phases.lastIndexOf(SyncPhase.ONLINE));
        waitUntil(() -> engine.status().waiting() == 0);
    }

    @Test
    void an_error_thrown_by_a_status_listener_never_stops_the_background_sync() throws Exception {
        SyncEngine engine = engine(http(), Duration.ofMillis(100));
        AtomicInteger calls = new AtomicInteger();
        engine.addListener(s -> {
            if (calls.incrementAndGet() > 1) {
                throw new AssertionError("a listener's bug");
            }
        });

        engine.start();

        waitUntil(() -> server.paths().stream().filter(p -> p.endsWith("/pull")).count() >= 3);
        assertThat(engine.status().phase()).isIn(SyncPhase.ONLINE, SyncPhase.SYNCING);
    }

    @Test
    void while_the_server_gives_no_answer_the_desk_probes_health_and_syncs_as_soon_as_it_answers() throws Exception {
        int port = server.port();
        server.close();
        SyncEngine engine = engine(http(), Duration.ofSeconds(60));
        desk.actions.checkIn(appointment.id());

        Duration delay = engine.syncOnce();
        assertThat(engine.status().phase()).isEqualTo(SyncPhase.OFFLINE);
        assertThat(delay).as("a probe delay, not a growing backoff").isBetween(Duration.ofMillis(50),
                Duration.ofMillis(150));
        engine.start();
        Thread.sleep(500);
        server = new ScriptedServer(json, port);
        routes(server);

        waitUntil(() -> engine.status().phase() == SyncPhase.ONLINE);
        assertThat(server.paths().get(0)).as("the cheap probe comes first").isEqualTo("GET /api/v1/health");
        assertThat(server.paths()).contains("POST /api/v1/sync/push");
        assertThat(engine.status().waiting()).isZero();
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached in " + WAIT);
            }
            Thread.sleep(20);
        }
    }
}
