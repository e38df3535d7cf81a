package be.antwerpen.lom.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.auth.DeskSession;
import be.antwerpen.lom.client.auth.SessionCredentials;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.store.SyncState;
import be.antwerpen.lom.client.testing.ScriptedPushes;
import be.antwerpen.lom.client.testing.ScriptedServer;
import be.antwerpen.lom.client.testing.ScriptedServer.Answer;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.Change;
import be.antwerpen.lom.model.sync.ChangeType;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.PullResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pull alongside a long push (ADR 0137), against a scripted server that answers a push and a pull at the same
 * time: it pulls while the batches go, it never renumbers a batch on its way, a failure of it costs the round
 * nothing, and the round still ends with the pull after the push.
 */
class PullWhilePushingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneId.of("Europe/Brussels"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Instant SERVER_TIME = Instant.parse("2026-11-30T08:00:03Z");
    /** The server holds the second batch until the pull alongside has reached it (a sleep was too short on CI). */
    private final CountDownLatch pulled = new CountDownLatch(1);

    @TempDir
    Path dir;

    private final ObjectMapper json = ProtocolJson.newMapper();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<List<Long>> batches = Collections.synchronizedList(new ArrayList<>());
    private ScriptedServer server;
    private TestDesk desk;
    private SyncEngine engine;
    private ScheduledExecutorService scheduler;
    private ServerConnectionFactory factory;
    private Appointment first;
    private Appointment second;

    @BeforeEach
    void setUp() throws Exception {
        server = new ScriptedServer(json, 0, true);
        desk = new TestDesk(dir, CLOCK);
        first = TestAppointments.booked("K7M-2QX", TODAY.atTime(9, 30));
        second = TestAppointments.booked("ABC-DEF", TODAY.atTime(10, 0));
        desk.store.database().inTransaction(c -> {
            desk.store.syncState().saveIdentity(c, new DeviceIdentity(server.url(), "dev-1", "s3cret", "antwerpen",
                    "Loket 1"));
            desk.store.syncState().snapshotApplied(c, 10, CLOCK.instant());
            desk.store.appointments().upsert(c, first);
            desk.store.appointments().upsert(c, second);
            return null;
        });
        DeskSession session = new DeskSession();
        session.start(new StaffMember("agent.antwerpen", "Agent", StaffRole.AGENT, Set.of("antwerpen")),
                "token-1", CLOCK.instant().plusSeconds(3600), "demo".toCharArray(), false);
        scheduler = Executors.newSingleThreadScheduledExecutor();
        factory = new ServerConnectionFactory(json, null, new SessionCredentials(session, () -> desk.store.database()
                .inTransaction(desk.store.syncState()::read).enrolled()), Duration.ofSeconds(5));
        // two commands per batch, so five commands take three batches
        engine = engine(2);
        server.on("POST", "/api/v1/sync/push", r -> {
            List<Long> sequences = ScriptedPushes.sequencesOf(r.body());
            batches.add(sequences);
            requests.add("push " + sequences);
            if (batches.size() == 2) {
                awaitPull();
            }
            return new Answer(200, ScriptedPushes.allApplied(r.body(), SERVER_TIME));
        });
        desk.actions.checkIn(first.id());
        desk.actions.call(first.id());
        desk.actions.startService(first.id());
        desk.actions.checkIn(second.id());
        desk.actions.call(second.id());
    }

    @AfterEach
    void tearDown() {
        scheduler.shutdownNow();
        desk.close();
        server.close();
    }

    @Test
    void a_long_push_pulls_alongside_and_the_round_still_ends_with_a_pull_after_the_push() {
        Appointment elsewhere = TestAppointments.booked("NEW-ONE", TODAY.atTime(11, 0));
        onPull(r -> r.query().contains("cursor=10")
                ? new Answer(200, new PullResponse(List.of(change(11, elsewhere)), 11, false, 2, SERVER_TIME))
                : new Answer(200, new PullResponse(List.of(), 11, false, 5, SERVER_TIME)));

        engine.syncOnce();

        assertThat(batches).containsExactly(List.of(1L, 2L), List.of(3L, 4L), List.of(5L));
        List<String> order = List.copyOf(requests);
        assertThat(order.indexOf("pull 10")).as("pulled after the first batch, while the second was at the server: %s",
                order).isBetween(order.indexOf("push [1, 2]") + 1, order.indexOf("push [5]") - 1);
        assertThat(order.get(order.size() - 1)).as("the round ends with a pull after the push: %s", order)
                .isEqualTo("pull 11");
        assertThat(desk.agenda.day(TODAY)).extracting(e -> e.appointment().code()).contains("NEW-ONE");
        assertThat(desk.agenda.outbox()).as("every command acknowledged and reflected").isEmpty();
        assertThat(engine.status().phase()).isEqualTo(SyncPhase.ONLINE);
        assertThat(engine.status().lastSyncAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void a_page_pulled_alongside_that_would_renumber_the_waiting_commands_is_left_for_the_pull_after_the_push() {
        // the server reflects sequence 50 of this desk, which handed out only 5 (its store went back in time)
        onPull(r -> new Answer(200, new PullResponse(List.of(), 11, false, 50, SERVER_TIME)));

        engine.syncOnce();

        List<String> order = List.copyOf(requests);
        assertThat(order.indexOf("pull 10")).as("a pull went alongside the push: %s", order)
                .isLessThan(order.indexOf("push [5]"));
        SyncState state = desk.store.database().inTransaction(desk.store.syncState()::read);
        assertThat(state.renumbering()).as("renumbered once the push was done, with nothing left waiting").isNotNull();
        assertThat(state.renumbering().commands()).as("no command renumbered while its batch was on its way")
                .isZero();
        assertThat(state.nextSequence()).isEqualTo(51);
        assertThat(state.pullCursor()).isEqualTo(11L);
    }

    @Test
    void a_pull_alongside_that_fails_costs_the_round_nothing() {
        AtomicInteger pulls = new AtomicInteger();
        onPull(r -> pulls.incrementAndGet() == 1
                ? new Answer(503, "{\"code\":\"unavailable\",\"message\":\"busy\"}")
                : new Answer(200, new PullResponse(List.of(), 11, false, 5, SERVER_TIME)));

        engine.syncOnce();

        List<String> order = List.copyOf(requests);
        assertThat(order.indexOf("pull 10")).as("the failed pull went alongside the push: %s", order)
                .isLessThan(order.indexOf("push [5]"));
        assertThat(batches).containsExactly(List.of(1L, 2L), List.of(3L, 4L), List.of(5L));
        assertThat(desk.agenda.outbox()).isEmpty();
        assertThat(engine.status().phase()).isEqualTo(SyncPhase.ONLINE);
        assertThat(desk.store.database().inTransaction(desk.store.syncState()::read).pullCursor()).isEqualTo(11L);
    }

    @Test
    void a_push_of_one_batch_pulls_only_after_it() {
        onPull(r -> new Answer(200, new PullResponse(List.of(), 10, false, 5, SERVER_TIME)));

        engine(10).syncOnce();

        assertThat(requests).containsExactly("push [1, 2, 3, 4, 5]", "pull 10");
    }

    private SyncEngine engine(int pushBatch) {
        return new SyncEngine(desk.store, factory::connect, new ServerCalls(json), () -> false, scheduler, CLOCK,
                new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1), new Random(1)), Duration.ofSeconds(15),
                pushBatch, 100, json, desk.referenceData::set);
    }

    /** Answers pulls with {@code answer}, noting each one; the first lets the held second batch go. */
    private void onPull(Function<ScriptedServer.Received, Answer> answer) {
        server.on("GET", "/api/v1/sync/pull", r -> {
            requests.add("pull " + r.query().replaceAll(".*cursor=(\\d+).*", "$1"));
            pulled.countDown();
            return answer.apply(r);
        });
    }

    private void awaitPull() {
        try {
            if (!pulled.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("no pull went alongside the push within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Change change(long sequence, Appointment a) {
        return new Change(sequence, ChangeType.APPOINTMENT, a.id().toString(), json.valueToTree(a));
    }
}
