package be.antwerpen.lom.server.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.sync.Change;
import be.antwerpen.lom.model.sync.ChangeType;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.appointment.StoredAppointment;
import be.antwerpen.lom.server.conflictinbox.ConflictInbox;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.Http;
import be.antwerpen.lom.server.testing.TestEngine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A supervisor settles every conflict class over HTTP; the decision reaches the desks' change log. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConflictResolutionContract {

    private String location;
    private Database db;
    private ServerComponents server;
    private Javalin app;
    private Http http;
    private String supervisor;
    private String agent;
    private Desk desk1;
    private Desk desk2;
    private LocalDateTime slot;
    private int slotOffset;

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
        supervisor = login("supervisor.antwerpen");
        agent = login("agent.antwerpen");
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
    void newDesks() {
        desk1 = new Desk(server, "antwerpen", "Loket 1", "agent.antwerpen");
        desk2 = new Desk(server, "antwerpen", "Loket 2", "agent.antwerpen");
        int n = slotOffset++;
        slot = Fixture.openMorning("antwerpen", n / 3).plusMinutes(60L * (n % 3));
    }

    @Test
    void a_supervisor_of_the_conflicts_location_does_not_change_the_appointment_once_it_moved_to_another_location() {
        UUID late = UUID.randomUUID();
        UUID conflict = doubleBooking(late);
        LocalDateTime deurne = Fixture.openMorning("deurne").plusHours(1);
        Http.Response moved = http.post("/appointments/" + late + "/reschedule",
                new be.antwerpen.lom.model.api.RescheduleRequest("deurne", deurne), Http.bearer(agent));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(stored(late).appointment().locationId()).isEqualTo("deurne");

        Http.Response rebooked = resolve(supervisor, conflict, ConflictResolution.REBOOK, null, deurne.plusHours(1));
        Http.Response kept = resolve(supervisor, conflict, ConflictResolution.KEEP_DESK, null, null);

        assertThat(rebooked.status()).as(rebooked.text()).isEqualTo(403);
        assertThat(kept.status()).as(kept.text()).isEqualTo(403);
        assertThat(stored(late).appointment().start()).as("the Deurne appointment is not moved").isEqualTo(deurne);
        assertThat(conflict(conflict).open()).isTrue();
        // a decision that leaves the appointment alone stays the conflict location's supervisor's
        assertThat(resolve(supervisor, conflict, ConflictResolution.MARK_HANDLED, "verhuisd naar Deurne", null)
                .status()).isEqualTo(200);
    }

    @Test
    void a_double_booking_moved_to_another_location_stays_in_dispute_on_the_report_of_its_new_place() {
        UUID late = UUID.randomUUID();
        UUID conflict = doubleBooking(late);
        LocalDateTime deurne = Fixture.openMorning("deurne", 9).plusHours(2);
        Http.Response moved = http.post("/appointments/" + late + "/reschedule",
                new be.antwerpen.lom.model.api.RescheduleRequest("deurne", deurne), Http.bearer(agent));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(conflict(conflict).open()).as("ADR 0145: moving it settles nothing").isTrue();
        Fixture.staffAt(server, "supervisor.moved", "deurne");

        JsonNode report = http.get("/locations/deurne/reconciliation?date=" + deurne.toLocalDate(),
                Http.bearer(login("supervisor.moved"))).json();

        assertThat(report.path("disputed").findValuesAsText("appointmentId")).contains(late.toString());
        assertThat(report.path("totals").path("addsUp").asBoolean()).isFalse();
    }

    private String login(String user) {
        return http.post("/auth/login", new LoginRequest(user, Fixture.PASSWORD), Map.of()).json().path("token")
                .asText();
    }

    private Commands.Book book(UUID id, LocalDateTime start) {
        return new Commands.Book(id, "C" + id.toString().substring(0, 6), "antwerpen", "EID_APPLY", start,
                Fixture.citizen("Marie", "Peeters"), AppointmentOrigin.COUNTER);
    }

    private StoredAppointment stored(UUID id) {
        return db.inTransaction(c -> server.appointments().find(c, id)).orElseThrow();
    }

    private Http.Response resolve(String token, UUID conflictId, ConflictResolution resolution, String remark,
                                  LocalDateTime rebookStart) {
        return http.post("/conflicts/" + conflictId + "/resolve",
                new Commands.ResolveConflict(conflictId, resolution, remark, rebookStart, null), Http.bearer(token));
    }

    private UUID doubleBooking(UUID late) {
        return doubleBooking(late, new ArrayList<>());
    }

    /** Fills the slot (the bookings' ids go into {@code seated}) and books {@code late} over it from desk 2. */
    private UUID doubleBooking(UUID late, List<UUID> seated) {
        int capacity = Fixture.capacity("antwerpen", slot);
        List<SyncCommand> fill = new ArrayList<>();
        for (int i = 0; i < capacity; i++) {
            UUID id = UUID.randomUUID();
            seated.add(id);
            fill.add(desk1.command(book(id, slot)));
        }
        desk1.push(fill);
        return desk2.push(desk2.command(book(late, slot))).receipts().get(0).conflictId();
    }

    /** The seats taken in the 10-minute cell starting at {@code cell} at antwerpen. */
    private int seatsTaken(LocalDateTime cell) {
        return db.inTransaction(c -> server.seats().used(c, "antwerpen", cell));
    }

    /** The seats booked on {@code day} at antwerpen, as a supervisor reads them ({@code GET seat-capacity}). */
    private int bookedOn(LocalDateTime day) {
        JsonNode days = http.get("/locations/antwerpen/seat-capacity?from=" + day.toLocalDate() + "&to="
                + day.toLocalDate(), Http.bearer(supervisor)).json();
        return days.get(0).path("booked").asInt(-1);
    }

    private be.antwerpen.lom.model.sync.ConflictView conflict(UUID id) {
        return db.inTransaction(c -> server.conflicts().find(c, id)).orElseThrow();
    }

    /** A slot to rebook into, as the inbox proposes it: free, and not the slot of the double booking. */
    private LocalDateTime proposedFor(UUID conflictId) {
        JsonNode proposals = http.get("/conflicts/" + conflictId + "/proposals?mode=proximity&limit=5",
                Http.bearer(supervisor)).json();
        assertThat(proposals.size()).as("proposals").isPositive();
        return LocalDateTime.parse(proposals.get(0).path("start").asText());
    }

    /** Opens a settled conflict again: as a server from before ADR 0145 left one whose appointment finished. */
    private void leftOpenByAnOlderServer(UUID conflictId) {
        db.inTransaction(c -> be.antwerpen.lom.server.db.Rows.update(c, "UPDATE conflicts SET status = 'OPEN',"
                + " resolution = NULL, resolved_by = NULL, remark = NULL, resolved_at = NULL WHERE id = ?", conflictId));
        assertThat(conflict(conflictId).open()).isTrue();
    }

    private static long caughtUp(Desk desk) {
        long cursor = 0;
        be.antwerpen.lom.model.sync.PullResponse page;
        do {
            page = desk.pull(cursor, 1000);
            cursor = page.nextCursor();
        } while (page.hasMore());
        return cursor;
    }

    private int openCount(String kind) {
        return http.get("/locations/antwerpen/conflict-counts", Http.bearer(supervisor)).json().path("byKind")
                .path(kind).asInt(-1);
    }

    @Test
    void a_double_booking_is_rebooked_into_a_proposed_slot_and_reaches_every_desk() {
        UUID late = UUID.randomUUID();
        int before = openCount("DOUBLE_BOOKING");
        UUID conflictId = doubleBooking(late);
        assertThat(openCount("DOUBLE_BOOKING")).isEqualTo(before + 1);
        // The case file names the desk whose command raised it and who sent that command (issue 18, V14).
        JsonNode raised = http.get("/conflicts/" + conflictId, Http.bearer(supervisor)).json();
        assertThat(raised.path("deskName").asText()).isEqualTo("Loket 2");
        assertThat(raised.path("actor").asText()).isEqualTo("agent.antwerpen");
        long cursor = caughtUp(desk1);

        JsonNode proposals = http.get("/conflicts/" + conflictId + "/proposals?mode=proximity&limit=5",
                Http.bearer(supervisor)).json();
        assertThat(proposals.size()).isBetween(1, 5);
        LocalDateTime chosen = LocalDateTime.parse(proposals.get(0).path("start").asText());
        assertThat(chosen).isNotEqualTo(slot);
        assertThat(http.get("/conflicts/" + conflictId + "/proposals?mode=flexibility&limit=3",
                Http.bearer(supervisor)).json().size()).isBetween(1, 3);

        Http.Response settled = resolve(supervisor, conflictId, ConflictResolution.REBOOK, "called the citizen",
                chosen);

        assertThat(settled.status()).isEqualTo(200);
        assertThat(settled.json().path("open").asBoolean(true)).isFalse();
        assertThat(stored(late).appointment().provisional()).isFalse();
        assertThat(stored(late).appointment().start()).isEqualTo(chosen);
        assertThat(stored(late).holdsSeat()).isTrue();
        assertThat(openCount("DOUBLE_BOOKING")).isEqualTo(before);
        List<Change> changes = desk1.pull(cursor, 1000).changes();
        assertThat(changes).anySatisfy(ch -> {
            assertThat(ch.type()).isEqualTo(ChangeType.CONFLICT);
            assertThat(ch.entityId()).isEqualTo(conflictId.toString());
            assertThat(ch.data().path("open").asBoolean(true)).isFalse();
        });
        assertThat(changes).anySatisfy(ch -> assertThat(ch.entityId()).isEqualTo(late.toString()));
        Http.Response again = resolve(supervisor, conflictId, ConflictResolution.MARK_HANDLED, null, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo("conflict_already_resolved");
    }

    @Test
    void a_double_booking_is_never_settled_by_dropping_the_citizens_booking() {
        UUID conflictId = doubleBooking(UUID.randomUUID());

        Http.Response refused = resolve(supervisor, conflictId, ConflictResolution.KEEP_SERVER, null, null);
        Http.Response full = resolve(supervisor, conflictId, ConflictResolution.KEEP_DESK, null, null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.json().path("message").asText()).contains("fully booked");
        assertThat(db.inTransaction(c -> server.conflicts().find(c, conflictId)).orElseThrow().open()).isTrue();
    }

    @Test
    void cancelling_a_provisional_booking_closes_its_double_booking_and_no_decision_takes_a_seat_for_it() {
        UUID late = UUID.randomUUID();
        List<UUID> seated = new ArrayList<>();
        int before = openCount("DOUBLE_BOOKING");
        UUID conflictId = doubleBooking(late, seated);
        LocalDateTime elsewhere = proposedFor(conflictId);
        assertThat(http.get("/locations/antwerpen/reconciliation?date=" + slot.toLocalDate(), Http.bearer(supervisor))
                .json().path("provisional").findValuesAsText("appointmentId")).as("waiting for a decision")
                .contains(late.toString());
        // a seat comes free in the slot, so keeping the desk's booking would find one
        desk1.push(desk1.command(new Commands.Cancel(seated.get(0), "citizen called", null)));
        int inSlot = seatsTaken(slot);
        int inOther = seatsTaken(elsewhere);
        int bookedThatDay = bookedOn(slot);

        // the desk cancels the provisional booking: staff booked the citizen by hand
        assertThat(desk2.push(desk2.command(new Commands.Cancel(late, "booked by hand", null))).receipts().get(0)
                .outcome()).isEqualTo(be.antwerpen.lom.model.sync.CommandOutcome.APPLIED);

        be.antwerpen.lom.model.sync.ConflictView closed = conflict(conflictId);
        assertThat(closed.open()).isFalse();
        assertThat(closed.resolution()).isEqualTo(ConflictResolution.MARK_HANDLED);
        assertThat(closed.resolvedBy()).isEqualTo("agent.antwerpen");
        assertThat(closed.remark()).contains("cancelled");
        assertThat(openCount("DOUBLE_BOOKING")).isEqualTo(before);
        assertThat(http.get("/conflicts?location=antwerpen", Http.bearer(supervisor)).json()
                .findValuesAsText("id")).doesNotContain(conflictId.toString());
        List<be.antwerpen.lom.model.api.AuditEntry> audited = db.inTransaction(c -> server.audit().search(c,
                "antwerpen", null, null, List.of(conflictId.toString()), null, null, 10));
        assertThat(audited).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo("ConflictClosed");
            assertThat(line.detail()).startsWith("APPLIED: ").contains("cancelled");
        });
        Http.Response keep = resolve(supervisor, conflictId, ConflictResolution.KEEP_DESK, null, null);
        Http.Response rebook = resolve(supervisor, conflictId, ConflictResolution.REBOOK, null, elsewhere);
        assertThat(keep.status()).isEqualTo(409);
        assertThat(rebook.status()).isEqualTo(409);
        assertThat(rebook.json().path("code").asText()).isEqualTo("conflict_already_resolved");
        assertThat(seatsTaken(slot)).isEqualTo(inSlot);
        assertThat(seatsTaken(elsewhere)).isEqualTo(inOther);
        assertThat(bookedOn(slot)).isEqualTo(bookedThatDay);
        assertThat(stored(late).holdsSeat()).isFalse();
        assertThat(stored(late).appointment().status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(stored(late).appointment().start()).isEqualTo(slot);
    }

    @Test
    void a_decision_racing_another_instances_decision_on_the_same_conflict_is_answered_as_already_settled()
            throws Exception {
        UUID late = UUID.randomUUID();
        List<UUID> seated = new ArrayList<>();
        UUID conflictId = doubleBooking(late, seated);
        desk1.push(desk1.command(new Commands.Cancel(seated.get(0), "citizen called", null)));
        int inSlot = seatsTaken(slot);
        try (SettlementElsewhere other = new SettlementElsewhere(conflictId)) {
            // this instance reads the conflict open and decides to keep the desk's booking, taking the free seat
            java.util.concurrent.Future<Http.Response> here = other.meanwhile(() -> resolve(supervisor, conflictId,
                    ConflictResolution.KEEP_DESK, null, null));
            other.commitOnceWaitedFor();

            assertThat(here.get().status()).as("the second decision finds the conflict settled").isEqualTo(409);
        }
        assertThat(conflict(conflictId).resolution()).isEqualTo(ConflictResolution.MARK_HANDLED);
        assertThat(seatsTaken(slot)).as("no seat taken by the refused decision").isEqualTo(inSlot);
        assertThat(stored(late).holdsSeat()).isFalse();
    }

    @Test
    void a_desks_next_step_racing_a_settlement_of_its_conflict_opens_a_new_conflict_and_loses_nothing()
            throws Exception {
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)), desk1.command(new Commands.CheckIn(id, null)),
                desk1.command(new Commands.MarkNoShow(id, null)));
        UUID first = desk2.push(desk2.command(new Commands.CheckIn(id, null))).receipts().get(0).conflictId();
        assertThat(first).isNotNull();
        be.antwerpen.lom.model.sync.CommandReceipt served;
        try (SettlementElsewhere other = new SettlementElsewhere(first)) {
            // the desk's next step on the same disagreement reads the conflict open and adds its newer version to it
            java.util.concurrent.Future<be.antwerpen.lom.model.sync.PushResponse> push = other.meanwhile(() ->
                    desk2.push(desk2.command(new Commands.MarkServed(id, "served after all", null))));
            other.commitOnceWaitedFor();
            served = push.get().receipts().get(0);
        }

        assertThat(conflict(first).resolution()).isEqualTo(ConflictResolution.MARK_HANDLED);
        assertThat(served.outcome()).isEqualTo(be.antwerpen.lom.model.sync.CommandOutcome.CONFLICT);
        assertThat(served.conflictId()).as("the settled conflict does not swallow the newer step").isNotEqualTo(first);
        assertThat(conflict(served.conflictId()).open()).isTrue();
        assertThat(conflict(served.conflictId()).deskVersion().path("status").asText()).isEqualTo("SERVED");
    }

    /**
     * Another server instance's settlement of a conflict (MARK_HANDLED), its transaction held open until
     * {@link #commitOnceWaitedFor()}: what this instance does {@link #meanwhile} reads the conflict still open.
     */
    private final class SettlementElsewhere implements AutoCloseable {
        private final java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.ExecutorService threads =
                java.util.concurrent.Executors.newFixedThreadPool(2);
        private final java.util.concurrent.Future<?> settling;

        SettlementElsewhere(UUID conflictId) throws InterruptedException {
            java.util.concurrent.CountDownLatch settled = new java.util.concurrent.CountDownLatch(1);
            settling = threads.submit(() -> db.inTransaction(c -> {
                server.conflicts().resolve(c, conflictId, ConflictResolution.MARK_HANDLED, "supervisor.antwerpen",
                        "settled elsewhere", java.time.Instant.now());
                settled.countDown();
                try {
                    commit.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            settled.await();
        }

        <T> java.util.concurrent.Future<T> meanwhile(java.util.concurrent.Callable<T> work) {
            return threads.submit(work);
        }

        /** Commits the settlement once this instance's work waits for the conflict's row. */
        void commitOnceWaitedFor() throws Exception {
            waitUntilWaitingForTheConflictsRow();
            commit.countDown();
            settling.get();
        }

        @Override
        public void close() {
            commit.countDown();
            threads.shutdownNow();
        }
    }

    /**
     * On PostgreSQL, until this instance's settlement waits for the other instance's lock on the conflict's row; on
     * SQLite the writers take turns, so it waits for the other transaction as a whole.
     */
    private void waitUntilWaitingForTheConflictsRow() throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (engine() == TestEngine.SQLITE) {
                Thread.sleep(300);
                return;
            }
            long waiting = db.inSnapshot(c -> be.antwerpen.lom.server.db.Rows.one(c, "SELECT COUNT(*) FROM"
                    + " pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE conflicts%'",
                    rs -> rs.getLong(1)).orElse(0L));
            if (waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the settlement never waited for the conflict's row");
    }

    @Test
    void a_provisional_booking_served_meanwhile_closes_its_double_booking_and_is_never_rebooked() {
        UUID late = UUID.randomUUID();
        UUID conflictId = doubleBooking(late);
        LocalDateTime elsewhere = proposedFor(conflictId);
        int inOther = seatsTaken(elsewhere);
        int bookedThatDay = bookedOn(slot);

        desk2.push(desk2.command(new Commands.CheckIn(late, null)), desk2.command(new Commands.StartService(late, null)),
                desk2.command(new Commands.MarkServed(late, "done", null)));

        assertThat(conflict(conflictId).open()).isFalse();
        assertThat(conflict(conflictId).remark()).contains("served");
        Http.Response rebook = resolve(supervisor, conflictId, ConflictResolution.REBOOK, null, elsewhere);
        assertThat(rebook.status()).isEqualTo(409);
        assertThat(stored(late).appointment().status()).isEqualTo(AppointmentStatus.SERVED);
        assertThat(stored(late).appointment().start()).isEqualTo(slot);
        assertThat(stored(late).holdsSeat()).isFalse();
        assertThat(seatsTaken(elsewhere)).isEqualTo(inOther);
        assertThat(bookedOn(slot)).isEqualTo(bookedThatDay);
        JsonNode report = http.get("/locations/antwerpen/reconciliation?date=" + slot.toLocalDate(),
                Http.bearer(supervisor)).json();
        assertThat(report.path("disputed").findValuesAsText("appointmentId")).doesNotContain(late.toString());
        assertThat(report.path("provisional").findValuesAsText("appointmentId"))
                .as("no longer waiting for a decision").doesNotContain(late.toString());
    }

    @Test
    void keeping_a_desks_no_show_closes_the_double_booking_of_that_provisional_booking_too() {
        UUID late = UUID.randomUUID();
        UUID doubleBooked = doubleBooking(late);
        desk2.push(desk2.command(new Commands.CheckIn(late, null)), desk2.command(new Commands.StartService(late, null)));
        UUID contradiction = desk1.push(desk1.command(new Commands.MarkNoShow(late, null))).receipts().get(0)
                .conflictId();
        assertThat(conflict(doubleBooked).open()).isTrue();

        assertThat(resolve(supervisor, contradiction, ConflictResolution.KEEP_DESK, "never came", null).status())
                .isEqualTo(200);

        assertThat(stored(late).appointment().status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(conflict(doubleBooked).open()).isFalse();
        assertThat(conflict(doubleBooked).remark()).contains("no show");
        assertThat(stored(late).holdsSeat()).isFalse();
    }

    @Test
    void a_double_booking_left_open_on_a_finished_appointment_refuses_keep_desk_and_rebook_on_every_path() {
        UUID cancelled = UUID.randomUUID();
        List<UUID> seated = new ArrayList<>();
        UUID first = doubleBooking(cancelled, seated);
        UUID served = UUID.randomUUID();
        UUID second = desk2.push(desk2.command(book(served, slot))).receipts().get(0).conflictId();
        LocalDateTime elsewhere = proposedFor(first);
        desk2.push(desk2.command(new Commands.Cancel(cancelled, "booked by hand", null)),
                desk2.command(new Commands.CheckIn(served, null)),
                desk2.command(new Commands.MarkServed(served, "done", null)));
        leftOpenByAnOlderServer(first);
        leftOpenByAnOlderServer(second);
        // a seat comes free in the slot, so keeping the desk's booking would find one
        desk1.push(desk1.command(new Commands.Cancel(seated.get(0), "citizen called", null)));
        int inSlot = seatsTaken(slot);
        int inOther = seatsTaken(elsewhere);
        int bookedThatDay = bookedOn(slot);
        Desk supervisorsDesk = new Desk(server, "antwerpen", "Loket 3", "supervisor.antwerpen");

        Http.Response keep = resolve(supervisor, first, ConflictResolution.KEEP_DESK, null, null);
        Http.Response rebook = resolve(supervisor, first, ConflictResolution.REBOOK, null, elsewhere);
        Http.Response rebookServed = resolve(supervisor, second, ConflictResolution.REBOOK, null, elsewhere);
        Http.Response keepServed = resolve(supervisor, second, ConflictResolution.KEEP_DESK, null, null);
        List<be.antwerpen.lom.model.sync.CommandReceipt> pushed = supervisorsDesk.push(
                supervisorsDesk.command(new Commands.ResolveConflict(first, ConflictResolution.KEEP_DESK, null, null,
                        null)),
                supervisorsDesk.command(new Commands.ResolveConflict(second, ConflictResolution.REBOOK, null,
                        elsewhere, null))).receipts();

        for (Http.Response refused : List.of(keep, rebook, rebookServed, keepServed)) {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().path("reasonCode").asText()).isEqualTo("conflict.appointmentFinished");
        }
        assertThat(keep.json().path("params").toString()).contains("CANCELLED");
        assertThat(rebookServed.json().path("params").toString()).contains("SERVED");
        assertThat(pushed).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(be.antwerpen.lom.model.sync.CommandOutcome.REJECTED);
            assertThat(r.reasonCode()).isEqualTo("conflict.appointmentFinished");
        });
        assertThat(seatsTaken(slot)).isEqualTo(inSlot);
        assertThat(seatsTaken(elsewhere)).isEqualTo(inOther);
        assertThat(bookedOn(slot)).isEqualTo(bookedThatDay);
        assertThat(stored(cancelled).holdsSeat()).isFalse();
        assertThat(stored(served).holdsSeat()).isFalse();
        assertThat(stored(served).appointment().start()).isEqualTo(slot);
        assertThat(conflict(first).open()).isTrue();
        assertThat(conflict(second).open()).isTrue();
        assertThat(resolve(supervisor, first, ConflictResolution.MARK_HANDLED, "citizen booked by hand", null)
                .status()).isEqualTo(200);
    }

    @Test
    void keeping_the_desks_booking_after_a_desk_moved_it_into_a_free_moment_takes_no_second_seat() {
        UUID late = UUID.randomUUID();
        UUID conflictId = doubleBooking(late);
        LocalDateTime elsewhere = proposedFor(conflictId);
        int inOther = seatsTaken(elsewhere);
        desk2.push(desk2.command(new Commands.Reschedule(late, null, elsewhere)));
        assertThat(stored(late).holdsSeat()).isTrue();
        assertThat(seatsTaken(elsewhere)).isEqualTo(inOther + 1);

        Http.Response keep = resolve(supervisor, conflictId, ConflictResolution.KEEP_DESK, null, null);

        assertThat(keep.status()).isEqualTo(200);
        assertThat(seatsTaken(elsewhere)).isEqualTo(inOther + 1);
        desk2.push(desk2.command(new Commands.Cancel(late, "citizen called", null)));
        assertThat(seatsTaken(elsewhere)).as("the cancel gave back every seat the booking held").isEqualTo(inOther);
    }

    @Test
    void a_provisional_booking_whose_citizen_has_checked_in_is_not_rebooked_to_another_moment() {
        UUID late = UUID.randomUUID();
        UUID conflictId = doubleBooking(late);
        LocalDateTime elsewhere = proposedFor(conflictId);
        int inOther = seatsTaken(elsewhere);
        desk2.push(desk2.command(new Commands.CheckIn(late, null)));

        Http.Response rebook = resolve(supervisor, conflictId, ConflictResolution.REBOOK, null, elsewhere);

        assertThat(rebook.status()).isEqualTo(409);
        assertThat(rebook.json().path("reasonCode").asText()).isEqualTo("conflict.rebookNotBooked");
        assertThat(rebook.json().path("params").toString()).contains("CHECKED_IN");
        assertThat(seatsTaken(elsewhere)).isEqualTo(inOther);
        assertThat(stored(late).appointment().start()).isEqualTo(slot);
        assertThat(conflict(conflictId).open()).isTrue();
    }

    @Test
    void contradicting_facts_are_settled_by_keeping_the_desks_version() {
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)), desk1.command(new Commands.CheckIn(id, null)),
                desk1.command(new Commands.MarkNoShow(id, null)));
        UUID conflictId = desk2.push(desk2.command(new Commands.MarkServed(id, "done", null))).receipts().get(0)
                .conflictId();

        assertThat(resolve(supervisor, conflictId, ConflictResolution.KEEP_DESK, "citizen was served", null)
                .status()).isEqualTo(200);

        assertThat(stored(id).appointment().status()).isEqualTo(AppointmentStatus.SERVED);
    }

    @Test
    void concurrent_contact_edits_are_merged_with_the_desks_fields() {
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)));
        desk1.push(desk1.command(new Commands.UpdateContact(id, "desk1@example.org", null)));
        UUID conflictId = desk2.push(desk2.command(new Commands.UpdateContact(id, "desk2@example.org",
                "+32 470 11 22 33"))).receipts().get(0).conflictId();

        assertThat(resolve(supervisor, conflictId, ConflictResolution.MERGE, null, null).status()).isEqualTo(200);

        assertThat(stored(id).appointment().citizen().email()).isEqualTo("desk2@example.org");
        assertThat(stored(id).appointment().citizen().phone()).isEqualTo("+32 470 11 22 33");
    }

    @Test
    void stale_state_is_acknowledged_and_the_remark_is_kept() {
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)), desk1.command(new Commands.Cancel(id, "online", null)));
        UUID conflictId = desk2.push(desk2.command(new Commands.CheckIn(id, null))).receipts().get(0).conflictId();

        Http.Response settled = resolve(supervisor, conflictId, ConflictResolution.MARK_HANDLED,
                "citizen came anyway", null);

        assertThat(settled.status()).isEqualTo(200);
        assertThat(settled.json().path("remark").asText()).isEqualTo("citizen came anyway");
        assertThat(stored(id).appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN);
    }

    @Test
    void a_flood_of_unreadable_commands_makes_no_inbox_answer_hold_them_all_and_the_counts_stay_exact() {
        Fixture.staffAt(server, "supervisor.flood", "merksem");
        Desk flooder = new Desk(server, "merksem", "Loket 9", "supervisor.flood");
        int flood = ConflictInbox.LIST_LIMIT + 20;
        ArrayNode batch = server.json().createArrayNode();
        for (int i = 1; i <= flood; i++) {
            ObjectNode unreadable = batch.addObject();
            unreadable.put("commandId", UUID.randomUUID().toString());
            unreadable.put("sequence", i);
            unreadable.put("schemaVersion", SyncCommand.CURRENT_SCHEMA_VERSION);
            unreadable.put("deviceTime", "2026-01-01T00:00:00Z");
            unreadable.put("actor", "supervisor.flood");
            unreadable.putObject("payload").put("type", "Bogus").put("blob", "A".repeat(2_000));
        }
        assertThat(flooder.pushRaw(batch).lastAppliedSequence()).isEqualTo(flood);
        String merksem = login("supervisor.flood");

        JsonNode list = http.get("/conflicts?location=merksem", Http.bearer(merksem)).json();
        JsonNode counts = http.get("/locations/merksem/conflict-counts", Http.bearer(merksem)).json();

        assertThat(list.size()).isEqualTo(ConflictInbox.LIST_LIMIT);
        assertThat(counts.path("open").asInt()).isEqualTo(flood);
        assertThat(counts.path("byKind").path("DEAD_LETTER").asInt()).isEqualTo(flood);
    }

    @Test
    void an_unreadable_command_too_large_to_keep_is_refused_alone_and_a_small_one_is_kept_for_an_administrator() {
        Fixture.staffAt(server, "supervisor.large", "wilrijk");
        Desk desk = new Desk(server, "wilrijk", "Loket 8", "supervisor.large");
        ArrayNode batch = server.json().createArrayNode();
        for (int i = 1; i <= 2; i++) {
            ObjectNode unreadable = batch.addObject();
            unreadable.put("commandId", UUID.randomUUID().toString());
            unreadable.put("sequence", i);
            unreadable.put("schemaVersion", SyncCommand.CURRENT_SCHEMA_VERSION);
            unreadable.put("deviceTime", "2026-01-01T00:00:00Z");
            unreadable.put("actor", "supervisor.large");
            // the first: 4 MB, its type name too; the second: just within what a dead letter keeps
            unreadable.putObject("payload").put("type", i == 1 ? "X".repeat(1_000_000) : "Bogus")
                    .put("blob", "A".repeat(i == 1 ? 3_000_000 : 15_000));
        }

        List<be.antwerpen.lom.model.sync.CommandReceipt> receipts = desk.pushRaw(batch).receipts();

        assertThat(receipts).extracting(r -> r.outcome().name()).containsExactly("REJECTED", "CONFLICT");
        assertThat(receipts.get(0).reasonCode()).isEqualTo("command.tooLarge");
        JsonNode counts = http.get("/locations/wilrijk/conflict-counts", Http.bearer(login("supervisor.large"))).json();
        assertThat(counts.path("byKind").path("DEAD_LETTER").asInt()).isEqualTo(1);
        assertThat(conflict(receipts.get(1).conflictId()).deskVersion().path("payload").path("blob").asText())
                .hasSize(15_000);
        List<Change> changes = server.pull().pull(desk.id(), 0L, 1_000).changes();
        assertThat(changes.stream().mapToInt(c -> c.data() == null ? 0 : c.data().toString().length()).sum())
                .as("what the location's desks pull").isLessThan(64 * 1024);
        assertThat(db.inTransaction(c -> be.antwerpen.lom.server.db.Rows.one(c,
                "SELECT MAX(LENGTH(action)) FROM audit_log", rs -> rs.getLong(1))).orElse(0L))
                .as("the longest action in the audit trail").isLessThan(100L);
    }

    @Test
    void agents_cannot_settle_read_proposals_or_count_conflicts() {
        UUID conflictId = doubleBooking(UUID.randomUUID());

        assertThat(resolve(agent, conflictId, ConflictResolution.MARK_HANDLED, null, null).status()).isEqualTo(403);
        assertThat(http.get("/conflicts/" + conflictId + "/proposals", Http.bearer(agent)).status()).isEqualTo(403);
        assertThat(http.get("/locations/antwerpen/conflict-counts", Http.bearer(agent)).status()).isEqualTo(403);
        assertThat(db.inTransaction(c -> server.conflicts().find(c, conflictId)).orElseThrow().open()).isTrue();
    }

    @Test
    void the_day_end_report_accounts_for_every_appointment_of_the_day() {
        LocalDateTime day = Fixture.openMorning("antwerpen", 30);
        List<UUID> ids = new ArrayList<>();
        List<SyncCommand> commands = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            commands.add(desk1.command(book(id, day.plusMinutes(10L * i))));
        }
        commands.add(desk1.command(new Commands.CheckIn(ids.get(0), null)));
        commands.add(desk1.command(new Commands.MarkServed(ids.get(0), "done", null)));
        commands.add(desk1.command(new Commands.CheckIn(ids.get(1), null)));
        commands.add(desk1.command(new Commands.MarkNoShow(ids.get(1), null)));
        commands.add(desk1.command(new Commands.Cancel(ids.get(2), "citizen called", null)));
        commands.add(desk1.command(new Commands.CheckIn(ids.get(3), null)));
        assertThat(desk1.push(commands).receipts()).allMatch(r -> r.outcome()
                == be.antwerpen.lom.model.sync.CommandOutcome.APPLIED);
        String query = "/locations/antwerpen/reconciliation?date=" + day.toLocalDate();

        JsonNode report = http.get(query, Http.bearer(supervisor)).json();

        JsonNode totals = report.path("totals");
        assertThat(totals.path("booked").asInt()).isEqualTo(6);
        assertThat(totals.path("served").asInt()).isEqualTo(1);
        assertThat(totals.path("noShow").asInt()).isEqualTo(1);
        assertThat(totals.path("cancelled").asInt()).isEqualTo(1);
        assertThat(totals.path("stillOpen").asInt()).isEqualTo(3);
        assertThat(totals.path("addsUp").asBoolean()).isTrue();
        assertThat(report.path("byStatus").path("CHECKED_IN").asInt()).isEqualTo(1);
        assertThat(report.path("byOrigin").path("COUNTER").asInt()).isEqualTo(6);
        assertThat(report.path("openLines").findValuesAsText("appointmentId"))
                .containsExactlyInAnyOrder(ids.get(3).toString(), ids.get(4).toString(), ids.get(5).toString());
        assertThat(report.path("paperForms").path("available").asBoolean()).isTrue();
        assertThat(report.path("offlinePeriods").path("periods").size()).isZero();
        assertThat(report.path("desks").findValuesAsText("deviceId")).contains(desk1.id(), desk2.id());
        assertThat(report.toString()).doesNotContain("Peeters");
        Http.Response csv = http.get(query + "&format=csv", Http.bearer(supervisor));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).contains("totals;booked;6\r\n").contains("totals;stillOpen;3\r\n")
                .contains("totals;difference;0\r\n").doesNotContain("Peeters");
        assertThat(http.get(query, Http.bearer(agent)).status()).isEqualTo(403);
        assertThat(http.get("/locations/antwerpen/reconciliation?date=gisteren", Http.bearer(supervisor)).status())
                .isEqualTo(400);
    }

    /** Every change a desk pulls over HTTP from the start of the log. */
    private List<JsonNode> pulledOverHttp(Desk desk, String token) {
        List<JsonNode> changes = new ArrayList<>();
        long cursor = 0;
        JsonNode page;
        do {
            page = http.get("/sync/pull?cursor=" + cursor + "&limit=1000",
                    Http.device(token, desk.id(), desk.identity.deviceSecret())).json();
            page.path("changes").forEach(changes::add);
            cursor = page.path("nextCursor").asLong();
        } while (page.path("hasMore").asBoolean());
        return changes;
    }

    @Test
    void a_conflict_another_location_settles_reaches_the_desk_that_raised_it_and_no_other_desk_of_its_location() {
        Desk deurne = new Desk(server, "deurne", "Loket D1", "agent.deurne");
        Desk otherDeurne = new Desk(server, "deurne", "Loket D2", "agent.deurne");
        String deurneAgent = login("agent.deurne");
        int capacity = Fixture.capacity("antwerpen", slot);
        List<SyncCommand> fill = new ArrayList<>();
        for (int i = 0; i < capacity; i++) {
            fill.add(desk1.command(book(UUID.randomUUID(), slot)));
        }
        desk1.push(fill);
        UUID conflictId = deurne.push(deurne.command(book(UUID.randomUUID(), slot))).receipts().get(0).conflictId();
        assertThat(conflictId).as("an any-place booking of antwerpen's last seat from deurne").isNotNull();

        JsonNode snapshot = http.get("/sync/snapshot", Http.device(deurneAgent, deurne.id(),
                deurne.identity.deviceSecret())).json();
        assertThat(snapshot.path("openConflictIds")).extracting(JsonNode::asText).contains(conflictId.toString());
        assertThat(resolve(supervisor, conflictId, ConflictResolution.MARK_HANDLED, "burger gebeld", null).status())
                .isEqualTo(200);

        List<JsonNode> settled = pulledOverHttp(deurne, deurneAgent).stream()
                .filter(c -> c.path("type").asText().equals("CONFLICT")).toList();
        assertThat(settled).extracting(c -> c.path("entityId").asText()).containsOnly(conflictId.toString());
        JsonNode last = settled.get(settled.size() - 1).path("data");
        assertThat(last.path("open").asBoolean()).isFalse();
        assertThat(last.path("resolution").asText()).isEqualTo("MARK_HANDLED");
        assertThat(last.path("serverVersion").isNull()).as("the other location's version stays there").isTrue();
        assertThat(last.path("deskVersion").isNull()).isTrue();
        assertThat(last.toString()).doesNotContain("Peeters");
        assertThat(pulledOverHttp(otherDeurne, deurneAgent)).noneMatch(c -> c.path("type").asText().equals("CONFLICT"));
        JsonNode after = http.get("/sync/snapshot", Http.device(deurneAgent, deurne.id(),
                deurne.identity.deviceSecret())).json();
        assertThat(after.path("openConflictIds")).extracting(JsonNode::asText).doesNotContain(conflictId.toString());
    }
}
