package be.antwerpen.lom.client.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.supervisor.AppointmentCodeLookup;
import be.antwerpen.lom.client.supervisor.AuditTrail;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.testing.PushingDesk;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.SupervisorAccess;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.audit.AuditTrailViewModel.Field;
import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ProtocolJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail view model against the real server, with the desk's real local agenda for codes. */
class AuditTrailViewModelTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String OTHER_NRN = "85073004516";

    @TempDir
    Path dir;

    private RealServer server;
    private TestDesk desk;
    private AuditTrailViewModel model;
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();

    @BeforeEach
    void start() throws Exception {
        server = new RealServer(Files.createDirectories(dir.resolve("server")));
        server.start();
        desk = new TestDesk(Files.createDirectories(dir.resolve("desk")), Clock.system(BRUSSELS));
        String token = SupervisorAccess.supervisorToken(server);
        model = new AuditTrailViewModel(new AuditTrail(SupervisorAccess.api(server, token),
                new ServerCalls(ProtocolJson.newMapper()), new AppointmentCodeLookup(desk.store.database())),
                List.of("antwerpen"), BRUSSELS, new Messages(Messages.DUTCH_BELGIUM),
                new BackgroundTasks(Runnable::run, Runnable::run));
        seed();
    }

    @AfterEach
    void stop() {
        if (desk != null) {
            desk.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Two appointments booked by a desk (the first one then checked in), and both in the desk's local agenda. */
    private void seed() {
        LocalDate from = LocalDate.now(BRUSSELS).plusDays(7);
        List<Slot> slots = server.components.engine().proximity(new ProximityQuery("antwerpen", "EID_APPLY", from,
                from.plusDays(14)), List.of());
        Citizen an = TestAppointments.citizen("An", "Peeters");
        Citizen jan = new Citizen(NationalRegisterNumber.parse(OTHER_NRN), "Jan", "Janssens", null, null);
        PushingDesk pushing = new PushingDesk(server, RealServer.ENROLL_CODE);
        assertThat(pushing.push(
                new Commands.Book(first, "AUD-001", "antwerpen", "EID_APPLY", slots.get(0).start(), an,
                        AppointmentOrigin.COUNTER),
                new Commands.Book(second, "AUD-002", "antwerpen", "EID_APPLY", slots.get(1).start(), jan,
                        AppointmentOrigin.COUNTER)).receipts()).allMatch(r -> r.outcome() == CommandOutcome.APPLIED);
        // Entries of one push share its server time; the check-in comes in a later millisecond, so "newest
        // first" has one right answer.
        long booked = System.currentTimeMillis();
        while (System.currentTimeMillis() < booked + 2) {
            Thread.onSpinWait();
        }
        assertThat(pushing.push(new Commands.CheckIn(first, null)).receipts())
                .allMatch(r -> r.outcome() == CommandOutcome.APPLIED);
        desk.store.database().inTransaction(c -> {
            desk.store.appointments().upsert(c, local(first, "AUD-001", slots.get(0), an));
            desk.store.appointments().upsert(c, local(second, "AUD-002", slots.get(1), jan));
            return null;
        });
    }

    private static Appointment local(UUID id, String code, Slot slot, Citizen citizen) {
        return new Appointment(id, code, "antwerpen", "EID_APPLY", slot.start(), slot.start().plusMinutes(10),
                citizen, AppointmentStatus.BOOKED, AppointmentOrigin.COUNTER, false, 1);
    }

    @Test
    void searching_by_appointment_code_shows_that_appointments_history_newest_first() {
        model.search("aud001", null, "", "", "", "");

        assertThat(model.entries()).extracting(AuditEntry::entityId).containsOnly(first.toString());
        assertThat(model.entries()).extracting(AuditEntry::action).containsExactly("CheckIn", "Book");
        assertThat(model.entries()).isSortedAccordingTo(Comparator.comparing(AuditEntry::at).reversed());
        assertThat(model.entries()).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(RealServer.AGENT);
            assertThat(e.deviceId()).isNotBlank();
        });
        assertThat(model.notice()).isEqualTo("2 gebeurtenissen, nieuwste eerst.");
        assertThat(model.entity(model.entries().get(0))).isEqualTo("Afspraak AUD-001");
    }

    @Test
    void an_appointment_code_the_desk_does_not_know_is_reported_as_unknown() {
        model.search("ZZZ-999", null, "", "", "", "");

        assertThat(model.entries()).isEmpty();
        assertThat(model.notice()).contains("niet gekend");
    }

    @Test
    void searching_by_register_number_finds_only_that_citizens_appointments() {
        model.search("", "85.07.30-045.16".toCharArray(), "", "", "", "");

        assertThat(model.error(Field.NRN)).isEmpty();
        assertThat(model.entries()).isNotEmpty().extracting(AuditEntry::entityId).containsOnly(second.toString());
        assertThat(model.notice()).doesNotContain("85").doesNotContain(OTHER_NRN);
    }

    @Test
    void an_invalid_register_number_is_a_field_error_and_the_server_is_not_asked() {
        server.stop();

        model.search("", "85073004517".toCharArray(), "", "", "", "");

        assertThat(model.error(Field.NRN)).contains("Geen geldig rijksregisternummer")
                .doesNotContain("85073004517");
        assertThat(model.notice()).isEmpty();
        assertThat(model.entries()).isEmpty();
    }

    @Test
    void searching_by_staff_member_finds_what_they_did() {
        model.search("", null, RealServer.AGENT, "", "", "");

        assertThat(model.entries()).hasSize(3).allSatisfy(e -> assertThat(e.actor()).isEqualTo(RealServer.AGENT));
        assertThat(model.entries()).extracting(AuditEntry::entityId)
                .containsExactlyInAnyOrder(first.toString(), first.toString(), second.toString());

        model.search("", null, "agent.deurne", "", "", "");

        assertThat(model.entries()).isEmpty();
        assertThat(model.notice()).isEqualTo("0 gebeurtenissen, nieuwste eerst.");
    }

    @Test
    void the_period_limits_the_entries_and_unreadable_dates_are_field_errors() {
        // the day the entries were made (not the day the test reads the clock: they differ just after midnight)
        model.search("", null, RealServer.AGENT, "", "", "");
        LocalDate made = LocalDate.ofInstant(model.entries().get(0).at(), BRUSSELS);
        String today = new Messages(Messages.DUTCH_BELGIUM).date().format(made);
        String yesterday = new Messages(Messages.DUTCH_BELGIUM).date().format(made.minusDays(1));

        model.search("", null, RealServer.AGENT, "", today, today);
        assertThat(model.entries()).hasSize(3);

        model.search("", null, RealServer.AGENT, "", yesterday, yesterday);
        assertThat(model.entries()).isEmpty();

        model.search("", null, "", "", "gisteren", "");
        assertThat(model.error(Field.FROM)).contains("dd/mm/jjjj");
        model.search("", null, "", "", today, yesterday);
        assertThat(model.error(Field.TO)).contains("v\u00f3\u00f3r de begindatum");
    }

    @Test
    void an_answer_cut_at_the_limit_says_so_and_asks_for_a_narrower_search() {
        // a desk of another build pushes commands the server cannot read: each is audited (ADR 0142)
        server.pushUnreadableCommands("E2E-FLOOD-01", AuditTrail.LIMIT + 20);

        model.search("", null, RealServer.AGENT, "", "", "");

        assertThat(model.entries()).hasSize(AuditTrail.LIMIT);
        assertThat(model.notice()).isEqualTo("De nieuwste " + AuditTrail.LIMIT
                + " gebeurtenissen; er zijn er meer: verfijn de zoekopdracht.");
    }

    @Test
    void offline_the_search_says_it_needs_the_server() {
        server.stop();

        model.search("AUD-001", null, "", "", "", "");

        assertThat(model.entries()).isEmpty();
        assertThat(model.notice()).contains("niet bereikbaar");
    }
}
