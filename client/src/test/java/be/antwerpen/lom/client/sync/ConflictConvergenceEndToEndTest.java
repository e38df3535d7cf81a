package be.antwerpen.lom.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.agenda.SyncMark;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.counter.BookingConfirmation;
import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.store.OutboxRecorder;
import be.antwerpen.lom.client.supervisor.ConflictInbox;
import be.antwerpen.lom.client.supervisor.InboxContent;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.report.ReconciliationReport;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.model.sync.ProtocolJson;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 end to end, one test per conflict class: two desks of antwerpen (their real SQLite store,
 * outbox and sync engine, wired like ClientMain) work while the server cannot be reached, reconnect,
 * a supervisor settles the conflict from a third desk through the client's conflict inbox, and then
 * every desk's agenda equals the server's, the conflict stays settled (another round, a desk restart),
 * and the day-end report adds up to what the server's agenda holds. Sync rounds are driven by the
 * test; the background timer is stopped.
 */
class ConflictConvergenceEndToEndTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String LOCATION = "antwerpen";
    private static final String PRODUCT = "EID_APPLY";
    private static final String SUPERVISOR = "supervisor.antwerpen";
    private static final String SUPERVISOR_DESK_CODE = "E2E-ANTWERPEN-3";
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    @TempDir
    Path serverDir;
    @TempDir
    Path deskADir;
    @TempDir
    Path deskBDir;
    @TempDir
    Path supervisorDir;

    private final ObjectMapper json = ProtocolJson.newMapper();
    private final Clock clock = Clock.system(BRUSSELS);
    private final OkHttpClient http = new OkHttpClient();
    private RealServer server;
    private ScheduledExecutorService scheduler;
    private DeskServices deskA;
    private DeskServices deskB;
    private DeskServices supervisorDesk;

    @BeforeEach
    void start() throws Exception {
        server = new RealServer(serverDir);
        server.withoutSeatLeases(); // conflicts come from bookings beyond the desks' leases (ADR 0031)
        server.components.staffAdministration().create(SUPERVISOR, "Supervisor Antwerpen", StaffRole.SUPERVISOR,
                Set.of(LOCATION), RealServer.PASSWORD, true, "e2e");
        server.components.enrollment().issue(SUPERVISOR_DESK_CODE, LOCATION, "Loket 3", Duration.ofHours(1), "e2e");
        server.start();
        scheduler = DeskAssembly.syncScheduler();
        deskA = enrolled(deskADir, RealServer.ENROLL_CODE, RealServer.AGENT);
        deskB = enrolled(deskBDir, RealServer.SECOND_DESK_CODE, RealServer.AGENT);
        supervisorDesk = enrolled(supervisorDir, SUPERVISOR_DESK_CODE, SUPERVISOR);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        for (DeskServices desk : Arrays.asList(deskA, deskB, supervisorDesk)) {
            if (desk != null) {
                desk.close();
            }
        }
        server.close();
    }

    @Test
    void a_double_booking_rebooked_into_a_proposed_slot_reaches_both_desks_and_stays_settled() throws Exception {
        DoubleBooking booked = doubleBooking();
        Slot slot = booked.slot();
        BookingConfirmation second = booked.provisional();
        ConflictView conflict = booked.conflict();

        assertReportMatchesTheAgenda(slot.start().toLocalDate(), List.of(conflict));
        ConflictInbox inbox = inbox();
        List<Slot> proposals = inbox.proposals(conflict, false, 10);
        assertThat(proposals).isNotEmpty().noneMatch(s -> s.start().equals(slot.start()));
        Slot target = proposals.get(0);
        ConflictView settled = inbox.resolve(conflict, ConflictResolution.REBOOK, "burger gebeld, nieuw uur",
                target.start(), null);
        assertThat(settled.open()).isFalse();
        syncAll();

        List<LocalDate> days = days(slot.start().toLocalDate(), target.start().toLocalDate());
        assertConverged(days);
        for (DeskServices desk : List.of(deskA, deskB)) {
            assertThat(entry(desk, second.appointmentId(), target.start().toLocalDate())).satisfies(e -> {
                assertThat(e.appointment().start()).isEqualTo(target.start());
                assertThat(e.appointment().provisional()).isFalse();
                assertThat(e.appointment().status()).isEqualTo(AppointmentStatus.BOOKED);
            });
        }
        assertStaysSettled(conflict, days);
        for (LocalDate day : days) {
            assertReportMatchesTheAgenda(day, List.of());
        }
    }

    @Test
    void a_double_booking_rebooked_at_another_location_leaves_both_desks_of_the_first_and_stays_settled()
            throws Exception {
        DoubleBooking booked = doubleBooking();
        LocalDate day = booked.slot().start().toLocalDate();
        ConflictInbox inbox = inbox();
        Slot elsewhere = inbox.proposals(booked.conflict(), true, 100).stream()
                .filter(s -> !s.locationId().equals(LOCATION)).findFirst()
                .orElseThrow(() -> new AssertionError("no free slot at another location among the proposals"));

        inbox.resolve(booked.conflict(), ConflictResolution.REBOOK, "burger verkiest " + elsewhere.locationId(),
                elsewhere.start(), elsewhere.locationId());
        syncAll();

        assertConverged(List.of(day));
        for (DeskServices desk : desks()) {
            assertThat(desk.agenda().day(day)).noneMatch(e -> e.appointment().id().equals(booked.provisional()
                    .appointmentId()));
        }
        Appointment moved = server.components.db().inSnapshot(c -> server.components.appointments().find(c,
                booked.provisional().appointmentId())).orElseThrow().appointment();
        assertThat(moved.locationId()).isEqualTo(elsewhere.locationId());
        assertThat(moved.start()).isEqualTo(elsewhere.start());
        assertThat(moved.provisional()).isFalse();
        assertStaysSettled(booked.conflict(), List.of(day));
        assertReportMatchesTheAgenda(day, List.of());
    }

    @Test
    void served_at_one_desk_and_no_show_at_the_other_converge_on_the_version_the_supervisor_keeps()
            throws Exception {
        Appointment appointment = bookedOnBothDesks(TestAppointments.citizen("An", "Peeters"));
        LocalDate day = appointment.start().toLocalDate();

        goOffline();
        deskA.actions().checkIn(appointment.id());
        deskA.actions().markServed(appointment.id(), null);
        deskB.actions().markNoShow(appointment.id());
        reconnect();
        deskA.sync().syncOnce();
        deskB.sync().syncOnce();
        syncAll();

        ConflictView conflict = theOpenConflict(ConflictKind.CONTRADICTING_FACTS);
        assertThat(conflict.appointmentId()).isEqualTo(appointment.id());
        assertThat(conflict.deskVersion().path("status").asText()).isEqualTo("NO_SHOW");
        assertThat(entry(deskB, appointment.id(), day)).satisfies(e -> {
            assertThat(e.mark()).isEqualTo(SyncMark.CONFLICT);
            assertThat(e.appointment().status()).as("the server's version until a supervisor decides")
                    .isEqualTo(AppointmentStatus.SERVED);
        });

        assertReportMatchesTheAgenda(day, List.of(conflict));
        ConflictView settled = inbox().resolve(conflict, ConflictResolution.KEEP_DESK,
                "burger was niet aan loket 1, verkeerde naam aangeklikt", null, null);
        assertThat(settled.open()).isFalse();
        syncAll();

        assertConverged(List.of(day));
        for (DeskServices desk : List.of(deskA, deskB, supervisorDesk)) {
            assertThat(entry(desk, appointment.id(), day).appointment().status()).isEqualTo(AppointmentStatus.NO_SHOW);
        }
        assertStaysSettled(conflict, List.of(day));
        assertReportMatchesTheAgenda(day, List.of());
    }

    @Test
    void a_no_show_that_arrives_first_and_the_whole_service_at_the_other_desk_make_one_conflict_not_rejections()
            throws Exception {
        Appointment appointment = bookedOnBothDesks(TestAppointments.citizen("Els", "Maes"));
        LocalDate day = appointment.start().toLocalDate();

        goOffline();
        deskB.actions().markNoShow(appointment.id());
        deskA.actions().checkIn(appointment.id());
        deskA.actions().call(appointment.id());
        deskA.actions().startService(appointment.id());
        deskA.actions().markServed(appointment.id(), null);
        reconnect();
        deskB.sync().syncOnce();
        deskA.sync().syncOnce();
        syncAll();

        ConflictView conflict = theOpenConflict(ConflictKind.CONTRADICTING_FACTS);
        assertThat(conflict.appointmentId()).isEqualTo(appointment.id());
        assertThat(conflict.serverVersion().path("status").asText()).isEqualTo("NO_SHOW");
        assertThat(conflict.deskVersion().path("status").asText()).as("the status desk A reached").isEqualTo("SERVED");
        assertThat(deskA.agenda().outbox()).as("desk A's service is one disagreement, nothing is refused")
                .hasSize(4).allSatisfy(e -> assertThat(e.conflictId()).isEqualTo(conflict.id()));
        assertThat(entry(deskA, appointment.id(), day).mark()).isEqualTo(SyncMark.CONFLICT);

        assertReportMatchesTheAgenda(day, List.of(conflict));
        ConflictView settled = inbox().resolve(conflict, ConflictResolution.KEEP_DESK,
                "burger kwam te laat en werd aan loket 1 geholpen", null, null);
        assertThat(settled.open()).isFalse();
        syncAll();

        assertConverged(List.of(day));
        for (DeskServices desk : List.of(deskA, deskB, supervisorDesk)) {
            assertThat(entry(desk, appointment.id(), day).appointment().status()).isEqualTo(AppointmentStatus.SERVED);
        }
        assertStaysSettled(conflict, List.of(day));
        assertReportMatchesTheAgenda(day, List.of());
    }

    @Test
    void service_on_an_appointment_cancelled_online_meanwhile_is_recorded_and_marked_handled_everywhere()
            throws Exception {
        Appointment appointment = bookedOnBothDesks(TestAppointments.citizen("Lotte", "Claes"));
        LocalDate day = appointment.start().toLocalDate();

        goOffline();
        deskA.actions().checkIn(appointment.id());
        deskA.actions().markServed(appointment.id(), "identiteitskaart aangevraagd");
        reconnect();
        // The citizen cancels on the web before desk A gets its commands through.
        Appointment cancelled = post("/api/v1/appointments/" + appointment.id() + "/cancel",
                "{\"reason\":\"online geannuleerd\"}", Appointment.class);
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        deskA.sync().syncOnce();
        deskB.sync().syncOnce();
        syncAll();

        ConflictView conflict = theOpenConflict(ConflictKind.STALE_STATE);
        assertThat(conflict.appointmentId()).isEqualTo(appointment.id());
        assertThat(serverAgenda(day)).filteredOn(a -> a.id().equals(appointment.id())).singleElement()
                .satisfies(a -> assertThat(a.status()).as("the service that happened wins")
                        .isEqualTo(AppointmentStatus.SERVED));
        assertThat(ConflictInbox.allowed(ConflictKind.STALE_STATE)).contains(ConflictResolution.MARK_HANDLED);
        deskA = restarted(deskA, deskADir, RealServer.AGENT);
        assertThat(entry(deskA, appointment.id(), day)).as("until it is settled, the conflict survives a restart")
                .satisfies(e -> {
                    assertThat(e.mark()).isEqualTo(SyncMark.CONFLICT);
                    assertThat(e.appointment().status()).isEqualTo(AppointmentStatus.SERVED);
                });

        assertReportMatchesTheAgenda(day, List.of(conflict));
        ConflictView settled = inbox().resolve(conflict, ConflictResolution.MARK_HANDLED,
                "bediend aan loket 1; online annulering kwam te laat", null, null);
        assertThat(settled.open()).isFalse();
        assertThat(settled.remark()).contains("te laat");
        syncAll();

        assertConverged(List.of(day));
        for (DeskServices desk : List.of(deskA, deskB, supervisorDesk)) {
            assertThat(entry(desk, appointment.id(), day).appointment().status()).isEqualTo(AppointmentStatus.SERVED);
        }
        assertStaysSettled(conflict, List.of(day));
        assertReportMatchesTheAgenda(day, List.of());
    }

    @Test
    void contact_data_edited_on_both_desks_is_merged_by_the_supervisor_and_reaches_both_desks() throws Exception {
        Appointment appointment = bookedOnBothDesks(TestAppointments.citizen("Jan", "Janssens"));
        LocalDate day = appointment.start().toLocalDate();

        goOffline();
        editContact(deskA, appointment.id(), "jan.janssens@voorbeeld.be", null);
        editContact(deskB, appointment.id(), "jan@janssens.example", "+32 3 123 45 67");
        assertThat(entry(deskB, appointment.id(), day)).as("the desk shows its own edit while offline")
                .satisfies(e -> {
                    assertThat(e.mark()).isEqualTo(SyncMark.PENDING);
                    assertThat(e.appointment().citizen().email()).isEqualTo("jan@janssens.example");
                });
        reconnect();
        deskA.sync().syncOnce();
        deskB.sync().syncOnce();
        syncAll();

        ConflictView conflict = theOpenConflict(ConflictKind.CONCURRENT_EDIT);
        assertThat(conflict.appointmentId()).isEqualTo(appointment.id());
        assertThat(conflict.serverVersion().path("email").asText()).isEqualTo("jan.janssens@voorbeeld.be");
        assertThat(conflict.deskVersion().path("email").asText()).isEqualTo("jan@janssens.example");
        assertThat(conflict.deskVersion().has("phone")).as("only the field both desks changed conflicts").isFalse();

        assertReportMatchesTheAgenda(day, List.of(conflict));
        ConflictView settled = inbox().resolve(conflict, ConflictResolution.MERGE, "burger bevestigt nieuw adres",
                null, null);
        assertThat(settled.open()).isFalse();
        syncAll();

        assertConverged(List.of(day));
        for (DeskServices desk : List.of(deskA, deskB, supervisorDesk)) {
            assertThat(entry(desk, appointment.id(), day).appointment().citizen()).satisfies(c -> {
                assertThat(c.email()).isEqualTo("jan@janssens.example");
                assertThat(c.phone()).isEqualTo("+32 3 123 45 67");
            });
        }
        assertStaysSettled(conflict, List.of(day));
        assertReportMatchesTheAgenda(day, List.of());
    }

    @Test
    void a_queued_command_the_server_cannot_read_is_dead_lettered_without_blocking_the_commands_after_it()
            throws Exception {
        Appointment appointment = bookedOnBothDesks(TestAppointments.citizen("Fatima", "El Amrani"));
        LocalDate day = appointment.start().toLocalDate();

        goOffline();
        // A command queued by another build of the desk (e.g. before a rollback of an upgrade) that this
        // build and the server no longer know, followed by ordinary work at both desks.
        queueCommandOfAnotherBuild(deskA, appointment.id());
        deskA.actions().checkIn(appointment.id());
        String walkIn = deskB.actions().registerWalkIn(PRODUCT, TestAppointments.citizen("Kobe", "Wouters"));
        assertThat(entry(deskA, appointment.id(), day)).as("the desk still shows its agenda and its own check-in")
                .satisfies(e -> assertThat(e.appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN));
        reconnect();
        deskA.sync().syncOnce();
        deskB.sync().syncOnce();
        syncAll();

        assertThat(deskA.agenda().waitingCommands()).as("the outbox went past the unreadable command").isZero();
        assertThat(serverAgenda(day)).filteredOn(a -> a.id().equals(appointment.id())).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(AppointmentStatus.CHECKED_IN));
        ConflictView conflict = theOpenConflict(ConflictKind.DEAD_LETTER);
        assertThat(conflict.appointmentId()).isNull();
        assertThat(conflict.deskVersion().path("payload").path("type").asText()).isEqualTo("ConfirmArrival");
        assertThat(ConflictInbox.allowed(ConflictKind.DEAD_LETTER)).containsExactly(ConflictResolution.MARK_HANDLED);

        assertReportMatchesTheAgenda(day, List.of(conflict));
        ConflictView settled = inbox().resolve(conflict, ConflictResolution.MARK_HANDLED,
                "oude versie van het loket; burger is ingecheckt", null, null);
        assertThat(settled.open()).isFalse();
        syncAll();

        List<LocalDate> days = days(day, LocalDate.now(clock));
        assertConverged(days);
        assertThat(serverAgenda(LocalDate.now(clock))).filteredOn(a -> a.code().equals(walkIn)).hasSize(1);
        assertStaysSettled(conflict, days);
        assertReportMatchesTheAgenda(day, List.of());
        for (LocalDate d : days) {
            assertReportMatchesTheAgenda(d, List.of());
        }
    }

    // --- desks -------------------------------------------------------------------------------------

    private DeskServices open(Path dir) {
        DeskServices desk = DeskAssembly.build(new ClientOptions(server.url(), null, dir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO), clock, scheduler, 1_000);
        desk.sync().stop();
        return desk;
    }

    private DeskServices enrolled(Path dir, String code, String user) {
        DeskServices desk = open(dir);
        desk.enrollment().enroll(server.url(), code, "e2e-" + code);
        desk.login().login(user, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();
        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
        return desk;
    }

    /** Closes a desk and opens it again from its files, as after a restart of the desk program. */
    private DeskServices restarted(DeskServices desk, Path dir, String user) {
        desk.close();
        DeskServices reopened = open(dir);
        reopened.login().login(user, RealServer.PASSWORD.toCharArray());
        return reopened;
    }

    private List<DeskServices> desks() {
        return List.of(deskA, deskB, supervisorDesk);
    }

    /** Two rounds for every desk, so each has pulled what the others pushed. */
    private void syncAll() {
        for (int round = 0; round < 2; round++) {
            for (DeskServices desk : desks()) {
                desk.sync().syncOnce();
                assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
            }
        }
    }

    private void goOffline() {
        server.stop();
        for (DeskServices desk : desks()) {
            desk.sync().syncOnce();
            assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.OFFLINE);
        }
    }

    private void reconnect() {
        server.start();
    }

    /** An open slot at least one day ahead (Brussels), so it cannot pass while the test runs. */
    private Slot openSlot() {
        LocalDate today = LocalDate.now(clock);
        return deskA.booking().proximity(LOCATION, PRODUCT, 21).stream()
                .filter(s -> s.start().toLocalDate().isAfter(today) && s.free() >= 2)
                .findFirst().orElseThrow(() -> new AssertionError("no open slot in three weeks"));
    }

    private Appointment bookedOnBothDesks(Citizen citizen) {
        Slot slot = openSlot();
        BookingConfirmation booked = deskA.booking().book(LOCATION, PRODUCT, slot.start(), citizen);
        syncAll();
        Appointment appointment = entry(deskB, booked.appointmentId(), slot.start().toLocalDate()).appointment();
        assertThat(appointment.provisional()).isFalse();
        return appointment;
    }

    /** The last seat of a slot booked offline at both desks; desk A pushes first and wins. */
    private DoubleBooking doubleBooking() throws Exception {
        Slot slot = openSlot();
        for (int i = 1; i < slot.free(); i++) {
            deskA.booking().book(LOCATION, PRODUCT, slot.start(),
                    TestAppointments.distinctCitizen(100 + i, "Filler", "Nummer" + "abcdefghijklmnop".charAt(i)));
        }
        syncAll();

        goOffline();
        BookingConfirmation first = deskA.booking().book(LOCATION, PRODUCT, slot.start(),
                TestAppointments.distinctCitizen(200, "Eerste", "Burger"));
        BookingConfirmation second = deskB.booking().book(LOCATION, PRODUCT, slot.start(),
                TestAppointments.distinctCitizen(201, "Tweede", "Burger"));
        reconnect();
        deskA.sync().syncOnce();
        deskB.sync().syncOnce();
        syncAll();

        ConflictView conflict = theOpenConflict(ConflictKind.DOUBLE_BOOKING);
        assertThat(conflict.appointmentId()).as("desk A pushed first, so desk B's booking is the provisional one")
                .isEqualTo(second.appointmentId());
        assertThat(entry(deskB, second.appointmentId(), slot.start().toLocalDate())).satisfies(e -> {
            assertThat(e.mark()).isEqualTo(SyncMark.CONFLICT);
            assertThat(e.appointment().provisional()).isTrue();
        });
        assertThat(entry(deskA, first.appointmentId(), slot.start().toLocalDate()).appointment().provisional())
                .isFalse();
        return new DoubleBooking(slot, second, conflict);
    }

    /** A double booking waiting for the supervisor: the slot, desk B's provisional booking, the conflict. */
    private record DoubleBooking(Slot slot, BookingConfirmation provisional, ConflictView conflict) {
    }

    /** A contact edit stored like every desk change: local change and outbox entry in one transaction. */
    private void editContact(DeskServices desk, UUID appointmentId, String email, String phone) {
        OutboxRecorder recorder = new OutboxRecorder(desk.store().syncState(), desk.store().outbox(),
                new TimeOrderedUuid(clock), clock);
        desk.store().database().inTransaction(c -> recorder.record(c, desk.session().actor(),
                new Commands.UpdateContact(appointmentId, email, phone)));
    }

    /** Writes an outbox row the way another build would have: next sequence, a command type unknown here. */
    private void queueCommandOfAnotherBuild(DeskServices desk, UUID appointmentId) {
        desk.store().database().inTransaction(c -> {
            long sequence = desk.store().syncState().takeNextSequence(c);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox (sequence, command_id, entity_id,"
                    + " command_type, payload, actor, device_time, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING')")) {
                s.setLong(1, sequence);
                s.setString(2, new TimeOrderedUuid(clock).next().toString());
                s.setString(3, appointmentId.toString());
                s.setString(4, "ConfirmArrival");
                s.setString(5, "{\"type\":\"ConfirmArrival\",\"appointmentId\":\"" + appointmentId
                        + "\",\"arrivedVia\":\"kiosk\"}");
                s.setString(6, RealServer.AGENT);
                s.setString(7, clock.instant().toString());
                s.executeUpdate();
            }
            return null;
        });
    }

    private AgendaEntry entry(DeskServices desk, UUID appointmentId, LocalDate day) {
        return desk.agenda().day(day).stream().filter(e -> e.appointment().id().equals(appointmentId))
                .findFirst().orElseThrow(() -> new AssertionError("appointment not in the desk's agenda of " + day));
    }

    private static List<LocalDate> days(LocalDate... days) {
        return List.copyOf(new LinkedHashSet<>(Arrays.asList(days)));
    }

    // --- supervisor ---------------------------------------------------------------------------------

    private ConflictInbox inbox() {
        return supervisorDesk.supervisor().apply(server.url()).inbox();
    }

    /** The one open conflict of the location, of the expected class, as the supervisor's inbox shows it. */
    private ConflictView theOpenConflict(ConflictKind kind) {
        InboxContent content = inbox().load(List.of(LOCATION));
        assertThat(content.online()).isTrue();
        assertThat(content.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(kind);
            assertThat(c.open()).isTrue();
        });
        assertThat(content.countsByKind()).containsEntry(kind, 1);
        return content.conflicts().get(0);
    }

    // --- convergence --------------------------------------------------------------------------------

    /**
     * Every desk shows, for each day, exactly the server's agenda (status, time, contact data,
     * provisional flag) and marks everything synced; nothing is left in any outbox.
     */
    private void assertConverged(List<LocalDate> days) throws Exception {
        for (LocalDate day : days) {
            List<String> remote = serverAgenda(day).stream().map(ConflictConvergenceEndToEndTest::row).sorted()
                    .toList();
            for (DeskServices desk : desks()) {
                List<AgendaEntry> local = desk.agenda().day(day).stream()
                        .filter(e -> e.appointment().locationId().equals(LOCATION)).toList();
                assertThat(local).as("marks on %s at %s", day, name(desk))
                        .allSatisfy(e -> assertThat(e.mark()).isEqualTo(SyncMark.SYNCED));
                assertThat(local.stream().map(AgendaEntry::appointment).map(ConflictConvergenceEndToEndTest::row)
                        .sorted().toList()).as("%s: desk copy of %s equals the server's agenda", name(desk), day)
                        .isEqualTo(remote);
            }
        }
        for (DeskServices desk : desks()) {
            assertThat(desk.agenda().outbox()).as("outbox of %s after convergence", name(desk))
                    .extracting(OutboxEntry::status).isEmpty();
        }
    }

    private static String name(DeskServices desk) {
        return desk.store().database().inTransaction(desk.store().syncState()::read).identity().deskName();
    }

    private static String row(Appointment a) {
        return a.id() + " " + a.code() + " " + a.locationId() + " " + a.productCode() + " " + a.start() + "-"
                + a.end() + " " + a.status() + " " + a.origin() + " provisional=" + a.provisional() + " "
                + a.citizen().givenName() + " " + a.citizen().familyName() + " " + a.citizen().email() + " "
                + a.citizen().phone();
    }

    /** The conflict does not come back: not after another round, not after a restart of every desk. */
    private void assertStaysSettled(ConflictView conflict, List<LocalDate> days) throws Exception {
        syncAll();
        assertConverged(days);
        assertThat(inbox().load(List.of(LOCATION)).conflicts()).isEmpty();
        List<ConflictView> all = get("/api/v1/conflicts?location=" + LOCATION + "&includeResolved=true",
                new TypeReference<>() { });
        assertThat(all).filteredOn(c -> c.id().equals(conflict.id())).singleElement()
                .satisfies(c -> assertThat(c.open()).isFalse());

        deskA = restarted(deskA, deskADir, RealServer.AGENT);
        deskB = restarted(deskB, deskBDir, RealServer.AGENT);
        supervisorDesk = restarted(supervisorDesk, supervisorDir, SUPERVISOR);
        assertConverged(days);
        syncAll();
        assertConverged(days);
        assertThat(inbox().load(List.of(LOCATION)).conflicts()).isEmpty();
    }

    /**
     * The day-end report's totals add up and equal the counts of the server's agenda of that day; it
     * lists exactly the {@code open} conflicts.
     */
    private void assertReportMatchesTheAgenda(LocalDate day, List<ConflictView> open) throws Exception {
        List<Appointment> agenda = serverAgenda(day);
        ReconciliationReport report = get("/api/v1/locations/" + LOCATION + "/reconciliation?date=" + day
                + "&format=json", new TypeReference<>() { });
        Map<AppointmentStatus, Long> byStatus = agenda.stream()
                .collect(Collectors.groupingBy(Appointment::status, Collectors.counting()));
        Function<AppointmentStatus, Integer> count = s -> byStatus.getOrDefault(s, 0L).intValue();
        ReconciliationReport.Totals totals = report.totals();
        Set<String> inConflict = open.stream().filter(c -> c.appointmentId() != null)
                .map(c -> c.appointmentId().toString()).collect(Collectors.toSet());
        List<Appointment> disputed = agenda.stream().filter(a -> inConflict.contains(a.id().toString())).toList();
        Map<AppointmentStatus, Long> undisputed = agenda.stream().filter(a -> !inConflict.contains(a.id().toString()))
                .collect(Collectors.groupingBy(Appointment::status, Collectors.counting()));
        Function<AppointmentStatus, Integer> settled = s -> undisputed.getOrDefault(s, 0L).intValue();
        // ADR 0095: an appointment in an open conflict counts apart, and the day does not add up until it is settled;
        // ADR 0147: neither does it while a command the server could not read waits as an open dead letter
        List<String> reasons = new java.util.ArrayList<>();
        if (!disputed.isEmpty()) {
            reasons.add("DISPUTED");
        }
        if (open.stream().anyMatch(c -> c.kind() == ConflictKind.DEAD_LETTER)) {
            reasons.add("UNREADABLE_COMMANDS");
        }
        assertThat(totals.addsUp()).isEqualTo(reasons.isEmpty());
        assertThat(totals.reasons()).extracting(ReconciliationReport.Reason::code).isEqualTo(reasons);
        assertThat(totals.difference()).isZero();
        assertThat(totals.disputed()).isEqualTo(disputed.size());
        assertThat(report.disputed()).extracting(ReconciliationReport.AppointmentLine::appointmentId)
                .containsExactlyInAnyOrderElementsOf(disputed.stream().map(a -> a.id().toString()).toList());
        assertThat(totals.booked()).isEqualTo(agenda.size()).isEqualTo(totals.served() + totals.noShow()
                + totals.cancelled() + totals.stillOpen() + totals.disputed());
        assertThat(totals.served()).isEqualTo(settled.apply(AppointmentStatus.SERVED));
        assertThat(totals.noShow()).isEqualTo(settled.apply(AppointmentStatus.NO_SHOW));
        assertThat(totals.cancelled()).isEqualTo(settled.apply(AppointmentStatus.CANCELLED));
        assertThat(totals.stillOpen()).isEqualTo(agenda.size() - disputed.size() - settled.apply(AppointmentStatus.SERVED)
                - settled.apply(AppointmentStatus.NO_SHOW) - settled.apply(AppointmentStatus.CANCELLED));
        assertThat(report.desks()).as("every desk's commands arrived").allSatisfy(d ->
                assertThat(d.reportedSequence()).isEqualTo(d.receivedSequence()));
        Map<String, Integer> expectedByStatus = new TreeMap<>();
        for (AppointmentStatus s : AppointmentStatus.values()) {
            expectedByStatus.put(s.name(), count.apply(s));
        }
        assertThat(new TreeMap<>(report.byStatus())).isEqualTo(expectedByStatus);
        Map<String, Integer> byOrigin = new TreeMap<>();
        report.byOrigin().forEach((origin, n) -> {
            if (n > 0) {
                byOrigin.put(origin, n);
            }
        });
        assertThat(byOrigin).isEqualTo(new TreeMap<>(agenda.stream().collect(Collectors.groupingBy(
                a -> a.origin().name(), Collectors.summingInt(a -> 1)))));
        assertThat(report.openLines()).extracting(ReconciliationReport.AppointmentLine::appointmentId)
                .containsExactlyInAnyOrderElementsOf(agenda.stream().filter(a -> !a.status().isFinal())
                        .filter(a -> !inConflict.contains(a.id().toString())).map(a -> a.id().toString()).toList());
        assertThat(report.provisional()).extracting(ReconciliationReport.AppointmentLine::appointmentId)
                .containsExactlyInAnyOrderElementsOf(agenda.stream().filter(Appointment::provisional)
                        .map(a -> a.id().toString()).toList());
        assertThat(report.openConflicts()).extracting(ReconciliationReport.ConflictLine::conflictId)
                .containsExactlyInAnyOrderElementsOf(open.stream().map(c -> c.id().toString()).toList());
        List<String> desksInReport = new ArrayList<>(report.desks().stream()
                .map(ReconciliationReport.DeskLine::deskName).toList());
        assertThat(desksInReport).containsExactlyInAnyOrder("Loket 1", "Loket 2", "Loket 3");
    }

    // --- server over HTTP (supervisor's login) ------------------------------------------------------

    private List<Appointment> serverAgenda(LocalDate day) throws Exception {
        return get("/api/v1/locations/" + LOCATION + "/agenda?date=" + day, new TypeReference<>() { });
    }

    private <T> T get(String path, TypeReference<T> type) throws Exception {
        Request request = new Request.Builder().url(server.url() + path)
                .header("Authorization", "Bearer " + supervisorDesk.session().token().orElseThrow()).build();
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            assertThat(response.code()).as("GET %s: %s", path, body).isEqualTo(200);
            return json.readValue(body, type);
        }
    }

    private <T> T post(String path, String body, Class<T> type) throws Exception {
        Request request = new Request.Builder().url(server.url() + path)
                .header("Authorization", "Bearer " + supervisorDesk.session().token().orElseThrow())
                .post(RequestBody.create(body, JSON_TYPE)).build();
        try (Response response = http.newCall(request).execute()) {
            String answer = response.body().string();
            assertThat(response.code()).as("POST %s: %s", path, answer).isEqualTo(200);
            return json.readValue(answer, type);
        }
    }
}
