package be.antwerpen.lom.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.sync.ChangeType;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.model.sync.PullResponse;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.appointment.StoredAppointment;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.DatabaseException;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.TestEngine;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The sync protocol's guarantees, run on every engine by the concrete subclasses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SyncProtocolContract {

    private String location;
    private Database db;
    private ServerComponents server;
    private Desk desk1;
    private Desk desk2;
    private LocalDateTime slot;

    abstract TestEngine engine();

    @BeforeAll
    void openDatabase(@TempDir Path tempDir) {
        engine().assumeAvailable();
        location = engine().newLocation(tempDir);
        db = engine().open(location);
        server = Fixture.components(db);
        Fixture.staff(server);
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
            engine().drop(location);
        }
    }

    @BeforeEach
    void newDesks() {
        desk1 = new Desk(server, "antwerpen", "Loket 1", "agent.antwerpen");
        desk2 = new Desk(server, "antwerpen", "Loket 2", "agent.antwerpen");
        slot = freeSlot();
    }

    private int slotOffset;

    /** A different morning start for each test (an hour apart), so tests never share seats. */
    private LocalDateTime freeSlot() {
        int offset = slotOffset++;
        return Fixture.openMorning("antwerpen", offset / 3).plusMinutes(60L * (offset % 3));
    }

    private Commands.Book book(UUID id, LocalDateTime start) {
        return new Commands.Book(id, "T" + id.toString().substring(0, 6), "antwerpen", "EID_APPLY", start,
                Fixture.citizen("Marie", "Peeters"), AppointmentOrigin.COUNTER);
    }

    private StoredAppointment stored(UUID id) {
        return db.inTransaction(c -> server.appointments().find(c, id)).orElseThrow();
    }

    private int seatsUsed(LocalDateTime cell) {
        return db.inTransaction(c -> server.seats().used(c, "antwerpen", cell));
    }

    @Test
    void push_of_same_batch_twice_has_one_effect() {
        UUID id = UUID.randomUUID();
        SyncCommand booking = desk1.command(book(id, slot));
        SyncCommand checkIn = desk1.command(new Commands.CheckIn(id, null));

        PushResponse first = desk1.push(booking, checkIn);
        PushResponse second = desk1.push(booking, checkIn);

        assertThat(first.receipts()).extracting(CommandReceipt::outcome)
                .containsExactly(CommandOutcome.APPLIED, CommandOutcome.APPLIED);
        assertThat(second.receipts()).isEqualTo(first.receipts());
        assertThat(second.lastAppliedSequence()).isEqualTo(2);
        assertThat(seatsUsed(slot)).isEqualTo(1);
        assertThat(stored(id).appointment().version()).isEqualTo(2);
    }

    @Test
    void a_full_batch_goes_in_several_transactions_in_order_and_a_second_delivery_has_no_effect() {
        // 250 walk-ins served in 1,000 commands: the server's largest batch, more than one transaction on every
        // engine (PushService.chunkOn)
        List<SyncCommand> batch = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        LocalDateTime arrived = LocalDateTime.now().withNano(0);
        for (int i = 0; i < SyncController.MAX_BATCH / 4; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            batch.add(desk1.command(new Commands.RegisterWalkIn(id, "B-" + i, "antwerpen", "EID_APPLY", arrived,
                    Fixture.citizen("Jan", "Janssens"), AppointmentOrigin.WALK_IN, null)));
            batch.add(desk1.command(new Commands.Call(id, "Loket 1", null)));
            batch.add(desk1.command(new Commands.StartService(id, null)));
            batch.add(desk1.command(new Commands.MarkServed(id, "done", null)));
        }
        assertThat(batch.size()).isGreaterThan(PushService.chunkOn(db.engine()));

        PushResponse first = desk1.push(batch);
        PushResponse again = desk1.push(batch);

        assertThat(first.receipts()).extracting(CommandReceipt::sequence)
                .containsExactlyElementsOf(batch.stream().map(SyncCommand::sequence).toList());
        assertThat(first.receipts()).allMatch(r -> r.outcome() == CommandOutcome.APPLIED);
        assertThat(first.lastAppliedSequence()).isEqualTo(batch.get(batch.size() - 1).sequence());
        assertThat(again.receipts()).isEqualTo(first.receipts());
        assertThat(ids).allSatisfy(id -> {
            assertThat(stored(id).appointment().status()).isEqualTo(AppointmentStatus.SERVED);
            assertThat(stored(id).appointment().version()).isEqualTo(4);
        });
    }

    @Test
    void lost_acknowledgement_retried_gives_the_stored_receipt() {
        UUID id = UUID.randomUUID();
        SyncCommand booking = desk1.command(book(id, slot));
        CommandReceipt committed = desk1.push(booking).receipts().get(0);
        // the desk never heard the answer and sends the same command with the next one
        SyncCommand served = desk1.command(new Commands.CheckIn(id, null));

        PushResponse retry = desk1.push(booking, served);

        assertThat(retry.receipts().get(0)).isEqualTo(committed);
        assertThat(retry.receipts().get(1).outcome()).isEqualTo(CommandOutcome.APPLIED);
        assertThat(seatsUsed(slot)).isEqualTo(1);
    }

    @Test
    void gap_in_the_sequence_is_answered_with_the_expected_sequence() {
        UUID id = UUID.randomUUID();
        SyncCommand first = desk1.command(book(id, slot));
        desk1.command(new Commands.CheckIn(id, null)); // number 2 is lost on the way
        SyncCommand third = desk1.command(new Commands.Call(id, "Loket 1", null));

        PushResponse response = desk1.push(first, third);

        assertThat(response.receipts()).hasSize(1);
        assertThat(response.lastAppliedSequence()).isEqualTo(1);
        assertThat(response.expectedSequence()).isEqualTo(2L);
        assertThat(stored(id).appointment().status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void rejected_command_in_the_middle_does_not_block_the_rest() {
        UUID id = UUID.randomUUID();
        PushResponse response = desk1.push(
                desk1.command(book(id, slot)),
                desk1.command(new Commands.MarkServed(UUID.randomUUID(), "ok", null)),
                desk1.command(new Commands.CheckIn(id, null)));

        assertThat(response.receipts()).extracting(CommandReceipt::outcome)
                .containsExactly(CommandOutcome.APPLIED, CommandOutcome.REJECTED, CommandOutcome.APPLIED);
        assertThat(response.receipts().get(1).reason()).contains("does not exist");
        assertThat(response.lastAppliedSequence()).isEqualTo(3);
        assertThat(stored(id).appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN);
    }

    @Test
    void a_rejection_carries_a_reason_code_for_the_desk_to_word_also_when_answered_again() {
        UUID id = UUID.randomUUID();
        var served = desk1.command(new Commands.MarkServed(id, "ok", null));
        var booked = desk1.command(book(UUID.randomUUID(), slot));

        CommandReceipt first = desk1.push(served, booked).receipts().get(0);
        CommandReceipt again = desk1.push(served).receipts().get(0);

        assertThat(first.reasonCode()).isEqualTo("appointment.unknown");
        assertThat(first.reason()).isEqualTo("the appointment does not exist");
        assertThat(again.reasonCode()).isEqualTo("appointment.unknown");
        assertThat(again.reason()).isEqualTo(first.reason());
    }

    @Test
    void a_refused_step_names_the_status_and_the_action_as_parameters() {
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)), desk1.command(new Commands.CheckIn(id, null)),
                desk1.command(new Commands.MarkServed(id, "ok", null)));

        CommandReceipt receipt = desk1.push(desk1.command(new Commands.Cancel(id, null, null))).receipts().get(0);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(receipt.reasonCode()).isEqualTo("lifecycle.final");
        assertThat(receipt.reasonParams()).containsExactly("SERVED", "CANCEL");
    }

    @Test
    void unreadable_command_becomes_an_acknowledged_dead_letter() {
        ArrayNode batch = server.json().createArrayNode();
        ObjectNode unknown = batch.addObject();
        unknown.put("commandId", UUID.randomUUID().toString());
        unknown.put("sequence", 1);
        unknown.put("schemaVersion", 1);
        unknown.put("deviceTime", "2026-01-01T00:00:00Z");
        unknown.put("actor", "agent.antwerpen");
        unknown.putObject("payload").put("type", "TeleportCitizen");

        PushResponse response = desk1.pushRaw(batch);

        assertThat(response.receipts().get(0).outcome()).isEqualTo(CommandOutcome.CONFLICT);
        ConflictView conflict = db.inTransaction(c -> server.conflicts().find(c, response.receipts().get(0).conflictId()))
                .orElseThrow();
        assertThat(conflict.kind()).isEqualTo(ConflictKind.DEAD_LETTER);
        assertThat(conflict.deskVersion().path("payload").path("type").asText()).isEqualTo("TeleportCitizen");
        assertThat(response.lastAppliedSequence()).isEqualTo(1);
    }

    @Test
    void a_device_time_beyond_the_year_9999_is_refused_and_the_batch_goes_on() {
        UUID id = UUID.randomUUID();
        ArrayNode batch = server.json().createArrayNode();
        batch.add(server.json().valueToTree(desk1.command(book(id, slot))));
        ObjectNode farCheckIn = batch.addObject();
        farCheckIn.setAll((ObjectNode) server.json().valueToTree(desk1.command(new Commands.CheckIn(id, null))));
        farCheckIn.put("deviceTime", "+999999999-12-31T00:00:00Z");
        ObjectNode farUnknown = batch.addObject();
        farUnknown.setAll((ObjectNode) server.json().valueToTree(desk1.command(new Commands.CheckIn(id, null))));
        farUnknown.put("deviceTime", "-1000000000-01-01T00:00:00Z");
        farUnknown.putObject("payload").put("type", "TeleportCitizen");
        batch.add(server.json().valueToTree(desk1.command(new Commands.CheckIn(id, null))));

        PushResponse response = desk1.pushRaw(batch);
        PushResponse again = desk1.pushRaw(batch);

        assertThat(response.receipts()).extracting(CommandReceipt::outcome).containsExactly(CommandOutcome.APPLIED,
                CommandOutcome.REJECTED, CommandOutcome.REJECTED, CommandOutcome.APPLIED);
        assertThat(response.receipts().get(1).reason()).isEqualTo("deviceTime must lie between the years 1 and 9999");
        assertThat(response.receipts().get(2).reason()).isEqualTo("deviceTime must lie between the years 1 and 9999");
        assertThat(response.lastAppliedSequence()).isEqualTo(4);
        assertThat(again.receipts()).isEqualTo(response.receipts());
        assertThat(stored(id).appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN);
    }

    @Test
    void offline_double_booking_of_the_last_seat_is_kept_provisional_with_a_conflict() {
        int capacity = Fixture.capacity("antwerpen", slot);
        List<SyncCommand> fill = new ArrayList<>();
        for (int i = 0; i < capacity; i++) {
            fill.add(desk1.command(book(UUID.randomUUID(), slot)));
        }
        assertThat(desk1.push(fill).receipts()).allMatch(r -> r.outcome() == CommandOutcome.APPLIED);
        UUID late = UUID.randomUUID();

        CommandReceipt receipt = desk2.push(desk2.command(book(late, slot))).receipts().get(0);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.CONFLICT);
        assertThat(stored(late).appointment().provisional()).isTrue();
        assertThat(stored(late).holdsSeat()).isFalse();
        assertThat(seatsUsed(slot)).isEqualTo(capacity);
        ConflictView conflict = db.inTransaction(c -> server.conflicts().find(c, receipt.conflictId())).orElseThrow();
        assertThat(conflict.kind()).isEqualTo(ConflictKind.DOUBLE_BOOKING);
        assertThat(conflict.appointmentId()).isEqualTo(late);
    }

    @Test
    void a_batch_that_books_and_serves_stores_the_final_state_and_logs_every_step() {
        long start = db.inTransaction(c -> server.changeLog().head(c));
        UUID id = UUID.randomUUID();

        PushResponse response = desk1.push(desk1.command(book(id, slot)), desk1.command(new Commands.CheckIn(id, null)),
                desk1.command(new Commands.Call(id, "Loket 1", null)), desk1.command(new Commands.StartService(id, null)),
                desk1.command(new Commands.MarkServed(id, "ok", null)));

        assertThat(response.receipts()).allMatch(r -> r.outcome() == CommandOutcome.APPLIED);
        assertThat(stored(id).appointment().status()).isEqualTo(AppointmentStatus.SERVED);
        assertThat(stored(id).appointment().version()).isEqualTo(5);
        assertThat(stored(id).holdsSeat()).isTrue();
        assertThat(seatsUsed(slot)).isEqualTo(1);
        List<String> logged = Desk.overTheWire(new PullResponse(db.inTransaction(c -> server.changeLog().after(c,
                "antwerpen", start, 1000)), 0, false, 0, null, null)).changes().stream()
                .filter(ch -> ch.entityId().equals(id.toString()))
                .map(ch -> ch.data().path("status").asText() + "/" + ch.data().path("version").asLong()).toList();
        assertThat(logged).containsExactly("BOOKED/1", "CHECKED_IN/2", "CALLED/3", "IN_SERVICE/4", "SERVED/5");
    }

    @Test
    void a_pull_page_carries_each_record_once_with_its_latest_state_and_its_cursor_covers_every_change() {
        long start = db.inTransaction(c -> server.changeLog().head(c));
        UUID served = UUID.randomUUID();
        UUID booked = UUID.randomUUID();
        desk1.push(desk1.command(book(served, slot)), desk1.command(new Commands.CheckIn(served, null)),
                desk1.command(new Commands.Call(served, "Loket 1", null)),
                desk1.command(new Commands.StartService(served, null)),
                desk1.command(new Commands.MarkServed(served, "ok", null)),
                desk1.command(book(booked, slot.plusMinutes(30))));
        long head = db.inTransaction(c -> server.changeLog().head(c));

        PullResponse whole = desk1.pull(start, 1000);
        // one record a page: the range holds at most 4 changes (PullService.SCAN_FACTOR) ...
        PullResponse first = desk1.pull(start, 1);
        // ... and ends before the first change of a record the page has no room for
        PullResponse second = desk1.pull(first.nextCursor(), 1);
        PullResponse rest = desk1.pull(second.nextCursor(), 1);

        assertThat(whole.changes()).extracting(ch -> ch.entityId() + "/" + ch.data().path("status").asText())
                .containsExactly(served + "/SERVED", booked + "/BOOKED");
        assertThat(whole.nextCursor()).isEqualTo(head);
        assertThat(whole.hasMore()).isFalse();
        assertThat(whole.reflectedThroughSequence()).isEqualTo(6);
        assertThat(first.changes()).extracting(ch -> ch.entityId() + "/" + ch.data().path("status").asText())
                .containsExactly(served + "/IN_SERVICE");
        assertThat(first.hasMore()).isTrue();
        assertThat(first.nextCursor()).isEqualTo(start + 4);
        assertThat(first.reflectedThroughSequence()).isEqualTo(4);
        assertThat(second.changes()).extracting(ch -> ch.entityId() + "/" + ch.data().path("status").asText())
                .containsExactly(served + "/SERVED");
        assertThat(second.hasMore()).isTrue();
        assertThat(second.nextCursor()).isEqualTo(start + 5);
        assertThat(rest.changes()).extracting(ch -> ch.entityId() + "/" + ch.data().path("status").asText())
                .containsExactly(booked + "/BOOKED");
        assertThat(rest.hasMore()).isFalse();
        assertThat(rest.nextCursor()).isEqualTo(head);
        assertThat(rest.reflectedThroughSequence()).isEqualTo(6);
    }

    @Test
    void a_reschedule_refused_for_a_full_slot_keeps_the_seat_and_what_earlier_commands_of_the_batch_did() {
        LocalDateTime full = slot.plusMinutes(30);
        int capacity = Fixture.capacity("antwerpen", full);
        List<SyncCommand> fill = new ArrayList<>();
        for (int i = 0; i < capacity; i++) {
            fill.add(desk2.command(book(UUID.randomUUID(), full)));
        }
        desk2.push(fill);
        UUID id = UUID.randomUUID();
        UUID other = UUID.randomUUID();

        PushResponse response = desk1.push(desk1.command(book(id, slot)), desk1.command(book(other, slot)),
                desk1.command(new Commands.Reschedule(id, null, full)), desk1.command(new Commands.CheckIn(id, null)));

        assertThat(response.receipts()).extracting(CommandReceipt::outcome).containsExactly(CommandOutcome.APPLIED,
                CommandOutcome.APPLIED, CommandOutcome.REJECTED, CommandOutcome.APPLIED);
        assertThat(stored(id).appointment().start()).isEqualTo(slot);
        assertThat(stored(id).appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(stored(id).appointment().version()).isEqualTo(2);
        assertThat(stored(other).appointment().status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(seatsUsed(slot)).isEqualTo(2);
        assertThat(seatsUsed(full)).isEqualTo(capacity);
    }

    @Test
    void supervisor_rebooking_settles_a_double_booking() {
        int capacity = Fixture.capacity("antwerpen", slot);
        List<SyncCommand> fill = new ArrayList<>();
        for (int i = 0; i < capacity; i++) {
            fill.add(desk1.command(book(UUID.randomUUID(), slot)));
        }
        desk1.push(fill);
        UUID late = UUID.randomUUID();
        UUID conflictId = desk2.push(desk2.command(book(late, slot))).receipts().get(0).conflictId();
        assertThat(server.snapshot().snapshot(desk2.id()).openConflictIds()).contains(conflictId);
        Desk supervisorDesk = new Desk(server, "antwerpen", "Back office", "supervisor.antwerpen");
        LocalDateTime other = Fixture.openMorning("deurne", slotOffset);
        Fixture.staffAt(server, "supervisor.both", "antwerpen", "deurne");
        Desk both = new Desk(server, "antwerpen", "Back office 2", "supervisor.both");

        CommandReceipt receipt = both.push(both.command(new Commands.ResolveConflict(conflictId,
                ConflictResolution.REBOOK, "called the citizen", other, "deurne"))).receipts().get(0);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.APPLIED);
        assertThat(stored(late).appointment().provisional()).isFalse();
        assertThat(stored(late).appointment().start()).isEqualTo(other);
        assertThat(stored(late).appointment().locationId()).isEqualTo("deurne");
        assertThat(supervisorDesk.id()).isNotNull();
        assertThat(db.inTransaction(c -> server.conflicts().find(c, conflictId)).orElseThrow().open()).isFalse();
        assertThat(server.snapshot().snapshot(desk2.id()).openConflictIds()).as("a desk resetting now drops it")
                .doesNotContain(conflictId);
    }

    @Test
    void an_agent_cannot_settle_a_conflict() {
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)), desk1.command(new Commands.CheckIn(id, null)),
                desk1.command(new Commands.MarkNoShow(id, null)));
        UUID conflictId = desk2.push(desk2.command(new Commands.MarkServed(id, "done", null))).receipts().get(0)
                .conflictId();

        CommandReceipt receipt = desk1.push(desk1.command(new Commands.ResolveConflict(conflictId,
                ConflictResolution.KEEP_DESK, null, null, null))).receipts().get(0);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(receipt.reason()).contains("supervisor");
    }

    @Test
    void served_and_no_show_from_two_desks_open_a_contradicting_facts_conflict() {
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)), desk1.command(new Commands.CheckIn(id, null)),
                desk1.command(new Commands.MarkNoShow(id, null)));

        CommandReceipt receipt = desk2.push(desk2.command(new Commands.MarkServed(id, "done", null))).receipts().get(0);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.CONFLICT);
        assertThat(stored(id).appointment().status()).isEqualTo(AppointmentStatus.NO_SHOW);
        ConflictView conflict = db.inTransaction(c -> server.conflicts().find(c, receipt.conflictId())).orElseThrow();
        assertThat(conflict.kind()).isEqualTo(ConflictKind.CONTRADICTING_FACTS);
        assertThat(conflict.serverVersion().path("status").asText()).isEqualTo("NO_SHOW");
        assertThat(conflict.deskVersion().path("status").asText()).isEqualTo("SERVED");
    }

    @Test
    void a_whole_service_at_one_desk_after_a_no_show_at_another_is_one_conflict_with_the_status_the_desk_reached() {
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)), desk1.command(new Commands.MarkNoShow(id, null)));

        List<CommandReceipt> receipts = desk2.push(desk2.command(new Commands.CheckIn(id, null)),
                desk2.command(new Commands.Call(id, "Loket 2", null)),
                desk2.command(new Commands.StartService(id, null)),
                desk2.command(new Commands.MarkServed(id, "done", null))).receipts();

        assertThat(receipts).extracting(CommandReceipt::outcome).containsOnly(CommandOutcome.CONFLICT);
        UUID conflictId = receipts.get(0).conflictId();
        assertThat(receipts).extracting(CommandReceipt::conflictId).containsOnly(conflictId);
        assertThat(stored(id).appointment().status()).isEqualTo(AppointmentStatus.NO_SHOW);
        List<ConflictView> open = db.inTransaction(c -> server.conflicts().atLocation(c, "antwerpen", true));
        assertThat(open).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ConflictKind.CONTRADICTING_FACTS);
            assertThat(conflict.deskVersion().path("status").asText()).isEqualTo("SERVED");
        });
    }

    @Test
    void a_no_show_from_a_desk_while_another_has_the_citizen_in_service_is_a_contradiction() {
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)), desk1.command(new Commands.StartService(id, null)));

        CommandReceipt receipt = desk2.push(desk2.command(new Commands.MarkNoShow(id, null))).receipts().get(0);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.CONFLICT);
        assertThat(stored(id).appointment().status()).isEqualTo(AppointmentStatus.IN_SERVICE);
        assertThat(db.inTransaction(c -> server.conflicts().find(c, receipt.conflictId())).orElseThrow().kind())
                .isEqualTo(ConflictKind.CONTRADICTING_FACTS);
    }

    @Test
    void service_on_a_cancelled_appointment_wins_and_opens_a_stale_state_conflict() {
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)), desk1.command(new Commands.Cancel(id, "online", null)));

        CommandReceipt receipt = desk2.push(desk2.command(new Commands.CheckIn(id, null))).receipts().get(0);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.CONFLICT);
        assertThat(stored(id).appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(db.inTransaction(c -> server.conflicts().find(c, receipt.conflictId())).orElseThrow().kind())
                .isEqualTo(ConflictKind.STALE_STATE);
    }

    @Test
    void contact_edits_merge_per_field_and_conflict_on_the_same_field() {
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)));
        // desk 2 never pulled desk 1's edit; both edit e-mail, desk 2 also edits the phone
        desk1.push(desk1.command(new Commands.UpdateContact(id, "desk1@example.org", null)));

        CommandReceipt receipt = desk2.push(desk2.command(new Commands.UpdateContact(id, "desk2@example.org",
                "+32 470 11 22 33"))).receipts().get(0);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.CONFLICT);
        StoredAppointment after = stored(id);
        assertThat(after.appointment().citizen().email()).isEqualTo("desk1@example.org");
        assertThat(after.appointment().citizen().phone()).isEqualTo("+32 470 11 22 33");
        ConflictView conflict = db.inTransaction(c -> server.conflicts().find(c, receipt.conflictId())).orElseThrow();
        assertThat(conflict.kind()).isEqualTo(ConflictKind.CONCURRENT_EDIT);
        assertThat(conflict.deskVersion().path("email").asText()).isEqualTo("desk2@example.org");
    }

    @Test
    void contact_edit_after_pulling_the_other_edit_is_applied_without_conflict() {
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)));
        desk1.push(desk1.command(new Commands.UpdateContact(id, "desk1@example.org", null)));
        PullResponse seen = desk2.pull(0, 1000);
        while (seen.hasMore()) {
            seen = desk2.pull(seen.nextCursor(), 1000);
        }

        CommandReceipt receipt = desk2.push(desk2.command(new Commands.UpdateContact(id, "desk2@example.org", null)))
                .receipts().get(0);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.APPLIED);
        assertThat(stored(id).appointment().citizen().email()).isEqualTo("desk2@example.org");
    }

    @Test
    void pull_pages_with_has_more_and_says_which_commands_are_reflected() {
        long start = db.inTransaction(c -> server.changeLog().head(c));
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        desk1.push(desk1.command(book(a, slot)), desk1.command(book(b, slot.plusMinutes(30))),
                desk1.command(new Commands.CheckIn(a, null)));

        PullResponse page1 = desk1.pull(start, 1);
        PullResponse page2 = desk1.pull(page1.nextCursor(), 1);
        PullResponse page3 = desk1.pull(page2.nextCursor(), 1000);

        assertThat(page1.hasMore()).isTrue();
        assertThat(page1.changes()).hasSize(1);
        assertThat(page1.reflectedThroughSequence()).isEqualTo(1);
        assertThat(page2.reflectedThroughSequence()).isEqualTo(2);
        assertThat(page3.hasMore()).isFalse();
        assertThat(page3.reflectedThroughSequence()).isEqualTo(3);
        assertThat(page3.changes()).extracting(c -> c.entityId()).contains(a.toString());
        List<Long> seqs = new ArrayList<>();
        for (PullResponse p : List.of(page1, page2, page3)) {
            p.changes().forEach(ch -> seqs.add(ch.sequence()));
        }
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void a_desk_of_another_location_pulls_the_seat_without_the_citizen_and_gives_it_back_on_cancel() {
        Desk deurne = new Desk(server, "deurne", "Loket 1", "agent.deurne");
        long start = db.inTransaction(c -> server.changeLog().head(c));
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)));

        PullResponse booked = deurne.pull(start, 1000);
        desk1.push(desk1.command(new Commands.Cancel(id, "citizen called", null)));
        PullResponse cancelled = deurne.pull(booked.nextCursor(), 1000);

        assertThat(booked.changes()).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(ChangeType.OCCUPANCY);
            assertThat(change.entityId()).isEqualTo(id.toString());
            assertThat(change.data().get("locationId").asText()).isEqualTo("antwerpen");
            assertThat(change.data().get("start").asText()).isEqualTo(slot.toString() + ":00");
            assertThat(change.data().get("holdsSeat").asBoolean()).isTrue();
            assertThat(change.data().toString()).doesNotContain("Peeters", "Marie", "burger@example.org",
                    "citizen", "code");
        });
        assertThat(cancelled.changes()).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(ChangeType.OCCUPANCY);
            assertThat(change.data().get("holdsSeat").asBoolean()).isFalse();
        });
        assertThat(desk1.pull(start, 1000).changes()).extracting(c -> c.type()).containsOnly(ChangeType.APPOINTMENT);
    }

    @Test
    void another_locations_conflicts_never_reach_a_desk() {
        Desk deurne = new Desk(server, "deurne", "Loket 1", "agent.deurne");
        long start = db.inTransaction(c -> server.changeLog().head(c));
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)), desk1.command(new Commands.CheckIn(id, null)),
                desk1.command(new Commands.MarkNoShow(id, null)));
        desk2.push(desk2.command(new Commands.MarkServed(id, "done", null)));

        assertThat(desk1.pull(start, 1000).changes()).extracting(c -> c.type()).contains(ChangeType.CONFLICT);
        assertThat(deurne.pull(start, 1000).changes()).extracting(c -> c.type()).containsOnly(ChangeType.OCCUPANCY);
    }

    @Test
    void a_desk_enrolled_again_resending_commands_the_server_already_has_gets_their_receipts_without_a_second_effect() {
        UUID id = UUID.randomUUID();
        SyncCommand booking = desk1.command(book(id, slot));
        SyncCommand checkIn = desk1.command(new Commands.CheckIn(id, null));
        List<CommandReceipt> original = desk1.push(booking, checkIn).receipts();
        // after a server restore the desk enrolled again as a new device and renumbered its outbox:
        // the same commands (same ids) with new sequences, followed by one the server never saw
        Desk again = new Desk(server, "antwerpen", "Loket 1", "agent.antwerpen");
        SyncCommand call = new SyncCommand(UUID.randomUUID(), 3, 1, checkIn.deviceTime(), "agent.antwerpen",
                new Commands.Call(id, "Loket 1", null));
        List<SyncCommand> resent = List.of(
                new SyncCommand(booking.commandId(), 1, 1, booking.deviceTime(), booking.actor(), booking.payload()),
                new SyncCommand(checkIn.commandId(), 2, 1, checkIn.deviceTime(), checkIn.actor(), checkIn.payload()),
                call);

        PushResponse first = again.push(resent);
        PushResponse retried = again.push(resent);

        assertThat(first.receipts()).extracting(CommandReceipt::commandId, CommandReceipt::sequence,
                CommandReceipt::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(booking.commandId(), 1L, original.get(0).outcome()),
                org.assertj.core.groups.Tuple.tuple(checkIn.commandId(), 2L, original.get(1).outcome()),
                org.assertj.core.groups.Tuple.tuple(call.commandId(), 3L, CommandOutcome.APPLIED));
        assertThat(first.lastAppliedSequence()).isEqualTo(3);
        assertThat(retried.receipts()).isEqualTo(first.receipts());
        assertThat(seatsUsed(slot)).isEqualTo(1);
        assertThat(stored(id).appointment().status()).isEqualTo(AppointmentStatus.CALLED);
        assertThat(stored(id).appointment().version()).isEqualTo(3);
    }

    @Test
    void a_pull_never_skips_a_change_that_committed_late() throws Exception {
        long start = db.inTransaction(c -> server.changeLog().head(c));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        UUID early = UUID.randomUUID();
        // transaction A takes a change sequence and stays open
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> db.inTransaction(c -> {
            server.changeLog().append(c, ChangeType.APPOINTMENT, early.toString(), "antwerpen",
                    server.json().createObjectNode().put("id", early.toString()), System.currentTimeMillis());
            holding.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        // transaction B starts later and must commit after A
        UUID later = UUID.randomUUID();
        CompletableFuture<PushResponse> fast = CompletableFuture.supplyAsync(
                () -> desk1.push(desk1.command(book(later, slot))));

        PullResponse during = Desk.overTheWire(server.pull().page(desk2.id(), start, 1000));
        release.countDown();
        slow.get(30, TimeUnit.SECONDS);
        fast.get(30, TimeUnit.SECONDS);
        PullResponse after = desk2.pull(during.nextCursor(), 1000);

        assertThat(during.changes()).extracting(c -> c.entityId()).doesNotContain(early.toString(), later.toString());
        assertThat(after.changes()).extracting(c -> c.entityId()).contains(early.toString(), later.toString());
    }

    @Test
    void the_audit_log_is_append_only() {
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)));

        assertThatThrownBy(() -> db.inTransaction(c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate("UPDATE audit_log SET actor = 'someone else'");
            }
        })).isInstanceOf(DatabaseException.class);
        List<AuditEntry> entries = db.inTransaction(c -> server.audit().search(c, "antwerpen", null, List.of(desk1.id()),
                List.of(id.toString()), null, null, 10));
        assertThat(entries).singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("agent.antwerpen");
                    assertThat(e.action()).isEqualTo("Book");
                    assertThat(e.deviceId()).isEqualTo(desk1.id());
                });
    }

    @Test
    void the_desk_sequence_of_the_request_that_arrived_last_stands_whatever_order_they_are_written_in() {
        java.time.Instant pushArrived = java.time.Instant.parse("2027-03-01T09:00:00Z");
        java.time.Instant pullArrived = pushArrived.plusMillis(40);

        // the pull, which arrived later with the desk's newer count, is written first; the long push after it
        server.deskSequences().record(desk1.id(), 12L, pullArrived);
        server.deskSequences().record(desk1.id(), 9L, pushArrived);
        long afterRace = reportedSequence(desk1);
        // a desk restored from a backup reports less, later: that stands (the day-end report must see it)
        server.deskSequences().record(desk1.id(), 4L, pullArrived.plusSeconds(30));

        assertThat(afterRace).isEqualTo(12L);
        assertThat(reportedSequence(desk1)).isEqualTo(4L);
    }

    private long reportedSequence(Desk desk) {
        return db.inSnapshot(c -> be.antwerpen.lom.server.db.Rows.one(c,
                "SELECT reported_sequence FROM devices WHERE id = ?", rs -> rs.getLong(1), desk.id())).orElseThrow();
    }

    @Test
    void snapshot_holds_the_agenda_and_the_cursor_of_one_moment() {
        UUID id = UUID.randomUUID();
        desk1.push(desk1.command(book(id, slot)));

        var snapshot = server.snapshot().snapshot(desk1.id());

        assertThat(snapshot.reflectedThroughSequence()).isEqualTo(1);
        assertThat(snapshot.cursor()).isEqualTo(db.inTransaction(c -> server.changeLog().head(c)));
        assertThat(snapshot.referenceData().locations()).hasSize(10);
        assertThat(slot.toLocalDate()).isBeforeOrEqualTo(snapshot.to());
        assertThat(snapshot.appointments()).extracting(a -> a.id()).contains(id);
        assertThat(snapshot.occupancy()).anySatisfy(seat -> assertThat(seat.appointmentId()).isEqualTo(id))
                .allSatisfy(seat -> assertThat(seat.holdsSeat()).isTrue());
    }

    @Test
    void unknown_device_cannot_push() {
        assertThatThrownBy(() -> server.push().push(desk1.session(), "no-such-device", List.of()))
                .hasMessageContaining("not enrolled");
    }

    @Test
    void a_cursor_ahead_of_the_server_asks_for_a_snapshot() {
        long head = db.inTransaction(c -> server.changeLog().head(c));

        assertThatThrownBy(() -> desk1.pull(head + 1000, 10))
                .isInstanceOfSatisfying(Refusal.class, p -> assertThat(p.code()).isEqualTo("unknown_cursor"));
    }
}
