package be.antwerpen.lom.client.ui.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.supervisor.ConflictInbox;
import be.antwerpen.lom.client.supervisor.OpenConflicts;
import be.antwerpen.lom.client.supervisor.SupervisorApi;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.SupervisorAccess;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.sync.PushService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conflict inbox view model against the real server, in-process (no Swing). */
class ConflictInboxViewModelTest {

    private final ObjectMapper json = ProtocolJson.newMapper();
    private RealServer server;
    private ConflictInboxViewModel model;
    private SupervisorApi api;
    private UUID provisional;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        server = new RealServer(dir);
        server.start();
        String token = SupervisorAccess.supervisorToken(server);
        provisional = doubleBooking();
        api = SupervisorAccess.api(server, token);
        model = new ConflictInboxViewModel(new ConflictInbox(api, new ServerCalls(json)), List.of("antwerpen"),
                new Messages(Messages.DUTCH_BELGIUM), new BackgroundTasks(Runnable::run, Runnable::run));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A desk that was offline books the last seat of a slot that filled up meanwhile. */
    private UUID doubleBooking() {
        return doubleBooking("antwerpen", RealServer.ENROLL_CODE);
    }

    private UUID doubleBooking(String location, String enrollmentCode) {
        LocalDate from = LocalDate.now().plusDays(7);
        Slot slot = server.components.engine().proximity(new ProximityQuery(location, "EID_APPLY", from,
                from.plusDays(14)), List.of()).get(0);
        EnrollmentResponse desk = server.components.enrollment().enroll(new EnrollmentRequest(enrollmentCode,
                "pc"));
        ArrayNode batch = json.createArrayNode();
        UUID last = null;
        for (int i = 0; i <= slot.free(); i++) {
            last = UUID.randomUUID();
            batch.add(json.valueToTree(new SyncCommand(UUID.randomUUID(), i + 1L,
                    SyncCommand.CURRENT_SCHEMA_VERSION, Instant.now(), RealServer.AGENT, new Commands.Book(last,
                    "D" + i, location, "EID_APPLY", slot.start(), TestAppointments.anotherCitizen("An", "Peeters"),
                    AppointmentOrigin.COUNTER))));
        }
        PushResponse response = server.components.push().push(server.staff(RealServer.AGENT), desk.deviceId(), PushService.identities(batch));
        assertThat(response.receipts().get(response.receipts().size() - 1).outcome())
                .isEqualTo(CommandOutcome.CONFLICT);
        return last;
    }

    /** A desk of another build pushes commands this server cannot read: each becomes a dead letter (ADR 0142). */
    private void deadLetters(int count) {
        assertThat(server.pushUnreadableCommands("E2E-FLOOD-01", count).receipts()).hasSize(count)
                .allMatch(r -> r.outcome() == CommandOutcome.CONFLICT);
    }

    private Appointment stored(UUID id) {
        return server.components.db().inSnapshot(c -> server.components.appointments().find(c, id)).orElseThrow()
                .appointment();
    }

    @Test
    void a_supervisor_of_two_locations_sees_the_open_conflicts_of_both() {
        server.components.staffAdministration().create("supervisor.both", "Supervisor", StaffRole.SUPERVISOR,
                Set.of("antwerpen", "deurne"), RealServer.PASSWORD, true, "test");
        server.components.enrollment().issue("E2E-DEURNE-1", "deurne", "Loket 1", Duration.ofHours(1), "test");
        UUID atDeurne = doubleBooking("deurne", "E2E-DEURNE-1");
        String token = server.components.login().login(new LoginRequest("supervisor.both", RealServer.PASSWORD))
                .token();
        SupervisorApi api = SupervisorAccess.api(server, token);
        ConflictInboxViewModel both = new ConflictInboxViewModel(new ConflictInbox(api, new ServerCalls(json)),
                List.of("antwerpen", "deurne"), new Messages(Messages.DUTCH_BELGIUM),
                new BackgroundTasks(Runnable::run, Runnable::run));

        both.reload();

        assertThat(both.online()).isTrue();
        assertThat(both.conflicts()).extracting(ConflictView::appointmentId)
                .containsExactlyInAnyOrder(provisional, atDeurne);
        assertThat(both.openCount()).isEqualTo(2);
    }

    @Test
    void the_inbox_lists_the_double_booking_with_counts_choices_and_consequences() {
        model.reload();

        assertThat(model.online()).isTrue();
        assertThat(model.openCount()).isEqualTo(1);
        assertThat(model.countsByKind()).containsEntry(ConflictKind.DOUBLE_BOOKING, 1)
                .containsEntry(ConflictKind.CONTRADICTING_FACTS, 0);
        ConflictView conflict = model.conflicts().get(0);
        assertThat(conflict.appointmentId()).isEqualTo(provisional);
        assertThat(model.choices(conflict)).containsExactly(ConflictResolution.REBOOK, ConflictResolution.KEEP_DESK,
                ConflictResolution.MARK_HANDLED);
        assertThat(model.consequence(conflict, ConflictResolution.REBOOK)).contains("verhuist");
        assertThat(model.kindLabel(ConflictKind.DOUBLE_BOOKING)).isEqualTo("Dubbele boeking");
    }

    @Test
    void past_the_servers_list_limit_the_header_the_counts_and_the_badge_all_say_how_many_are_open() {
        int limit = be.antwerpen.lom.server.conflictinbox.ConflictInbox.LIST_LIMIT;
        deadLetters(limit + 20);
        int open = limit + 21; // and the double booking
        ConflictBadgeViewModel badge = new ConflictBadgeViewModel(new OpenConflicts(api, new ServerCalls(json)),
                List.of("antwerpen"), Clock.systemUTC(), new Messages(Messages.DUTCH_BELGIUM),
                new BackgroundTasks(Runnable::run, Runnable::run));

        model.reload();
        badge.refresh();

        assertThat(model.conflicts()).as("the server lists the oldest only").hasSize(limit);
        assertThat(model.openCount()).isEqualTo(open).isEqualTo(badge.total().orElseThrow());
        assertThat(model.countsByKind()).containsEntry(ConflictKind.DEAD_LETTER, limit + 20)
                .containsEntry(ConflictKind.DOUBLE_BOOKING, 1);
        assertThat(model.header()).isEqualTo("Open conflicten: " + open + " \u00b7 de lijst toont de oudste " + limit
                + " van " + open + "; los ze op om de volgende te zien");
        List<String> reloads = new java.util.ArrayList<>();
        model.addListener(() -> reloads.add("reloaded"));
        model.reloadIfTheServerCounts(badge.total().orElseThrow());
        assertThat(reloads).as("a badge that agrees with the server's count does not reload the list").isEmpty();
    }

    @Test
    void a_list_that_is_not_cut_says_only_how_many_are_open() {
        model.reload();

        assertThat(model.header()).isEqualTo("Open conflicten: 1");
    }

    @Test
    void rebooking_into_a_proposed_slot_settles_the_conflict_on_the_server() {
        model.reload();
        ConflictView conflict = model.conflicts().get(0);

        model.loadProposals(conflict, false);
        Slot chosen = model.proposals().get(0);
        model.resolve(conflict, ConflictResolution.REBOOK, "burger gebeld", chosen);

        assertThat(model.notice()).contains("opgelost");
        assertThat(model.openCount()).isZero();
        assertThat(stored(provisional).provisional()).isFalse();
        assertThat(stored(provisional).start()).isEqualTo(chosen.start());
    }

    @Test
    void a_refused_decision_shows_the_servers_reason_and_keeps_the_conflict_open() {
        model.reload();
        ConflictView conflict = model.conflicts().get(0);

        model.resolve(conflict, ConflictResolution.KEEP_DESK, null, null);

        assertThat(model.notice()).startsWith("De server weigerde").contains("volzet").doesNotContain("fully");
        assertThat(model.openCount()).isEqualTo(1);
    }

    @Test
    void the_inbox_says_that_settling_needs_the_server_when_it_is_offline() {
        server.stop();

        model.reload();

        assertThat(model.online()).isFalse();
        assertThat(model.notice()).contains("niet bereikbaar");
        assertThat(model.openCount()).isZero();
    }
}
