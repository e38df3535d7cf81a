package be.antwerpen.lom.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.agenda.SyncMark;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.counter.BookingConfirmation;
import be.antwerpen.lom.client.testing.CrashingDeskMain;
import be.antwerpen.lom.client.testing.Folders;
import be.antwerpen.lom.client.testing.LaterSlot;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.api.CancelRequest;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.PersonName;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.ProtocolJson;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's real wiring against the real sync server on a free port. */
class EndToEndSyncTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @TempDir
    Path serverDir;
    @TempDir
    Path deskDir;

    private final ObjectMapper json = ProtocolJson.newMapper();
    private final Clock clock = Clock.system(BRUSSELS);
    private RealServer server;
    private ScheduledExecutorService scheduler;
    private DeskServices desk;

    @BeforeEach
    void start() throws Exception {
        server = new RealServer(serverDir);
        server.withoutSeatLeases(); // these desks book beyond any lease (SeatLeaseEndToEndTest covers leases)
        server.start();
        scheduler = DeskAssembly.syncScheduler();
        desk = openDesk();
        desk.enrollment().enroll(server.url(), RealServer.ENROLL_CODE, "e2e-desk");
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();
    }

    /** The desk's real wiring; rounds are driven by the test ({@code syncOnce}), not by the background timer. */
    private DeskServices openDesk() {
        DeskServices opened = DeskAssembly.build(new ClientOptions(server == null ? "" : server.url(), null, deskDir,
                null, "", "nl", Duration.ofHours(72), Duration.ZERO), clock, scheduler, 1_000);
        opened.sync().stop();
        return opened;
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        desk.close();
        server.close();
    }

    @Test
    void first_sync_takes_a_snapshot_with_the_reference_data() {
        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
        assertThat(desk.referenceData().get()).isPresent();
        assertThat(desk.store().database().inTransaction(desk.store().syncState()::read).needsSnapshot()).isFalse();
    }

    @Test
    void book_and_check_in_while_the_server_is_down_then_converge_when_it_is_back() throws Exception {
        Slot slot = desk.booking().proximity("antwerpen", "EID_APPLY", 14).get(0);
        BookingConfirmation online = desk.booking().book("antwerpen", "EID_APPLY", slot.start(),
                TestAppointments.citizen("An", "Peeters"));
        desk.sync().syncOnce();
        LocalDate day = slot.start().toLocalDate();
        assertThat(desk.agenda().day(day)).filteredOn(e -> e.appointment().id().equals(online.appointmentId()))
                .singleElement().satisfies(e -> assertThat(e.mark()).isEqualTo(SyncMark.SYNCED));

        server.stop();
        desk.actions().checkIn(online.appointmentId());
        Slot offlineSlot = desk.booking().proximity("antwerpen", "EID_APPLY", 14).get(3);
        BookingConfirmation offline = desk.booking().book("antwerpen", "EID_APPLY", offlineSlot.start(),
                TestAppointments.citizen("Lotte", "Claes"));
        String ticket = desk.actions().registerWalkIn("EID_APPLY", TestAppointments.citizen("Jan", "Janssens"));
        desk.sync().syncOnce();
        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.OFFLINE);
        assertThat(desk.sync().status().waiting()).isEqualTo(3);
        assertThat(desk.agenda().day(offlineSlot.start().toLocalDate()))
                .filteredOn(e -> e.appointment().id().equals(offline.appointmentId()))
                .singleElement().satisfies(e -> assertThat(e.mark()).isEqualTo(SyncMark.PROVISIONAL));

        server.start();
        desk.sync().syncOnce();

        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
        assertThat(desk.agenda().outbox()).isEmpty();
        LocalDate today = LocalDate.now(clock);
        for (LocalDate d : List.of(today, offlineSlot.start().toLocalDate(), day)) {
            assertConverged(d);
        }
        assertThat(desk.agenda().day(today)).filteredOn(e -> e.appointment().code().equals(ticket)).singleElement()
                .satisfies(e -> assertThat(e.appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN));
        assertThat(desk.agenda().day(day)).filteredOn(e -> e.appointment().id().equals(online.appointmentId()))
                .singleElement().satisfies(e -> assertThat(e.appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN));
    }

    @Test
    void a_seat_another_location_fills_after_the_snapshot_is_not_offered_offline_and_returns_when_cancelled() {
        Slot target = LaterSlot.of(desk.booking().proximity("deurne", "EID_APPLY", 14), clock);
        StaffMember deurneAgent = new StaffMember("agent.deurne", "Agent Deurne", StaffRole.AGENT, Set.of("deurne"));
        List<Appointment> filled = new ArrayList<>();
        for (int i = 0; i < target.free(); i++) {
            filled.add(server.components.webAppointments().book(deurneAgent, new BookingRequest("deurne", "EID_APPLY",
                    target.start(), TestAppointments.anotherCitizen("Web", "Burger"))));
        }
        desk.sync().syncOnce();
        server.stop();

        assertThat(desk.booking().proximity("deurne", "EID_APPLY", 14)).extracting(Slot::start)
                .doesNotContain(target.start());

        server.start();
        server.components.webAppointments().cancel(deurneAgent, filled.get(0).id(), new CancelRequest("moved"));
        desk.sync().syncOnce();
        server.stop();

        assertThat(desk.booking().proximity("deurne", "EID_APPLY", 14))
                .filteredOn(s -> s.start().equals(target.start())).singleElement()
                .satisfies(s -> assertThat(s.free()).isEqualTo(1));
        assertThat(desk.agenda().day(target.start().toLocalDate()))
                .noneMatch(e -> e.appointment().locationId().equals("deurne"));
    }

    @Test
    void a_lost_acknowledgement_is_answered_from_the_stored_receipt_without_a_second_effect() throws Exception {
        String ticket = desk.actions().registerWalkIn("EID_APPLY", TestAppointments.citizen("Jan", "Janssens"));
        desk.close();
        Path beforePush = Files.createTempDirectory("desk-before-push");
        Folders.copy(deskDir, beforePush);
        desk = openDesk();
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();
        assertThat(desk.agenda().outbox()).isEmpty();

        // The desk loses everything it learnt from that push, as if the answer never arrived.
        desk.close();
        clear(deskDir);
        Folders.copy(beforePush, deskDir);
        desk = openDesk();
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        assertThat(desk.agenda().waitingCommands()).isEqualTo(1);
        desk.sync().syncOnce();

        assertThat(desk.agenda().outbox()).isEmpty();
        List<Appointment> onServer = serverAgenda(LocalDate.now(clock));
        assertThat(onServer).filteredOn(a -> a.code().equals(ticket)).hasSize(1);
        assertConverged(LocalDate.now(clock));
    }

    @Test
    void a_desk_killed_between_local_save_and_push_loses_nothing_and_doubles_nothing() throws Exception {
        desk.close();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingDeskMain.class.getName(), deskDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> reported = new java.util.ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && reported.size() < 10) {
                if (line.startsWith("SAVED ")) {
                    reported.add(line.split(" ")[2]);
                }
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }

        desk = openDesk();
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        int saved = desk.agenda().waitingCommands();
        desk.sync().syncOnce();
        desk.sync().syncOnce();

        assertThat(desk.agenda().outbox()).isEmpty();
        List<String> walkIns = serverAgenda(LocalDate.now(clock)).stream()
                .filter(a -> a.origin() == AppointmentOrigin.WALK_IN).map(Appointment::code).toList();
        assertThat(walkIns).containsAll(reported).doesNotHaveDuplicates().hasSize(saved);
        assertConverged(LocalDate.now(clock));
    }

    @Test
    void two_offline_desks_booking_the_last_seat_keep_both_bookings_and_the_later_one_sees_the_conflict(
            @TempDir Path secondDeskDir) throws Exception {
        ScheduledExecutorService secondScheduler = DeskAssembly.syncScheduler();
        DeskServices second = DeskAssembly.build(new ClientOptions(server.url(), null, secondDeskDir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO), clock, secondScheduler, 1_000);
        second.sync().stop();
        try {
            second.enrollment().enroll(server.url(), RealServer.SECOND_DESK_CODE, "e2e-desk-2");
            second.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
            Slot slot = LaterSlot.of(desk.booking().proximity("antwerpen", "EID_APPLY", 14), clock);
            for (int i = 1; i < slot.free(); i++) {
                desk.booking().book("antwerpen", "EID_APPLY", slot.start(),
                        TestAppointments.anotherCitizen("Filler", "Nummer" + "abcdefghijklmnop".charAt(i)));
            }
            desk.sync().syncOnce();
            second.sync().syncOnce();
            assertThat(second.booking().proximity("antwerpen", "EID_APPLY", 14))
                    .filteredOn(s -> s.start().equals(slot.start())).singleElement()
                    .satisfies(s -> assertThat(s.free()).isEqualTo(1));

            server.stop();
            BookingConfirmation first = desk.booking().book("antwerpen", "EID_APPLY", slot.start(),
                    TestAppointments.anotherCitizen("Eerste", "Burger"));
            BookingConfirmation late = second.booking().book("antwerpen", "EID_APPLY", slot.start(),
                    TestAppointments.anotherCitizen("Tweede", "Burger"));
            server.start();
            desk.sync().syncOnce();
            second.sync().syncOnce();
            desk.sync().syncOnce();
            second.sync().syncOnce();

            // The first push to commit wins; the other booking is kept, provisional, in conflict.
            LocalDate day = slot.start().toLocalDate();
            java.util.Map<java.util.UUID, Appointment> onServer = serverAgenda(day).stream()
                    .collect(java.util.stream.Collectors.toMap(Appointment::id, a -> a));
            assertThat(onServer).containsKeys(first.appointmentId(), late.appointmentId());
            boolean firstLost = onServer.get(first.appointmentId()).provisional();
            assertThat(onServer.get(late.appointmentId()).provisional()).isNotEqualTo(firstLost);
            DeskServices winner = firstLost ? second : desk;
            DeskServices loser = firstLost ? desk : second;
            java.util.UUID winnerId = firstLost ? late.appointmentId() : first.appointmentId();
            java.util.UUID loserId = firstLost ? first.appointmentId() : late.appointmentId();
            assertThat(winner.agenda().day(day)).filteredOn(e -> e.appointment().id().equals(winnerId))
                    .singleElement().satisfies(e -> {
                        assertThat(e.mark()).isEqualTo(SyncMark.SYNCED);
                        assertThat(e.appointment().provisional()).isFalse();
                    });
            assertThat(loser.agenda().day(day)).filteredOn(e -> e.appointment().id().equals(loserId))
                    .singleElement().satisfies(e -> {
                        assertThat(e.mark()).isEqualTo(SyncMark.CONFLICT);
                        assertThat(e.appointment().provisional()).isTrue();
                        assertThat(e.reason()).isNotBlank();
                    });
        } finally {
            secondScheduler.shutdownNow();
            second.close();
        }
    }

    @Test
    void a_long_outage_goes_to_the_server_in_batches_it_accepts_however_large_the_commands() throws Exception {
        // the longest names, in three-byte characters, and a long e-mail address: the largest command a desk makes
        Citizen largest = new Citizen(null, "漢".repeat(PersonName.MAX_LENGTH), "字".repeat(PersonName.MAX_LENGTH),
                "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + ".be", "+32 3 123 45 67");
        server.stop();
        int each = 1_001;
        for (int i = 0; i < each; i++) {
            desk.actions().registerWalkIn("EID_APPLY", TestAppointments.citizen("Jan", "Janssens"));
        }
        for (int i = 0; i < each; i++) {
            desk.actions().registerWalkIn("EID_APPLY", largest);
        }

        server.start();
        desk.sync().syncOnce();

        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
        assertThat(desk.agenda().outbox()).as("every command acknowledged, none refused for its size").isEmpty();
        assertThat(serverAgenda(LocalDate.now(clock))).filteredOn(a -> a.origin() == AppointmentOrigin.WALK_IN)
                .hasSize(2 * each);
        assertConverged(LocalDate.now(clock));
    }

    private void assertConverged(LocalDate day) throws Exception {
        List<String> local = desk.agenda().day(day).stream()
                .filter(e -> e.appointment().locationId().equals("antwerpen"))
                .peek(e -> assertThat(e.mark()).isIn(SyncMark.SYNCED))
                .map(AgendaEntry::appointment)
                .map(a -> a.id() + " " + a.status() + " " + a.provisional())
                .sorted().toList();
        List<String> remote = serverAgenda(day).stream()
                .map(a -> a.id() + " " + a.status() + " " + a.provisional())
                .sorted().toList();
        assertThat(local).as("desk copy of %s equals the server's agenda", day).isEqualTo(remote);
    }

    private List<Appointment> serverAgenda(LocalDate day) throws Exception {
        String token = desk.session().token().orElseThrow();
        Request request = new Request.Builder()
                .url(server.url() + "/api/v1/locations/antwerpen/agenda?date=" + day)
                .header("Authorization", "Bearer " + token)
                .build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            return json.readValue(response.body().string(), new TypeReference<List<Appointment>>() { });
        }
    }

    private static void clear(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(dir)) {
                    Files.delete(file);
                }
            }
        }
    }
}
