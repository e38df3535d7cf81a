package be.antwerpen.lom.client.ui.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.supervisor.SeatCapacities;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.testing.PushingDesk;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.SupervisorAccess;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.lease.SeatDayCapacity;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ProtocolJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor's seat capacity view against the real server over HTTP (no Swing). */
class SeatCapacityViewModelTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final ReferenceData REFERENCE = ReferenceDataLoader.antwerpExample();

    @TempDir
    Path dir;

    private RealServer server;
    private final LocalDate today = LocalDate.now(BRUSSELS);

    @BeforeEach
    void start() throws Exception {
        server = new RealServer(Files.createDirectories(dir.resolve("server")));
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SeatCapacityViewModel model(String token) {
        return new SeatCapacityViewModel(new SeatCapacities(SupervisorAccess.api(server, token),
                new ServerCalls(ProtocolJson.newMapper())), List.of("antwerpen"), () -> today,
                new Messages(Messages.DUTCH_BELGIUM), new BackgroundTasks(Runnable::run, Runnable::run));
    }

    @Test
    void a_booking_takes_its_cells_from_free_into_booked_and_a_sunday_offers_nothing() {
        SeatCapacityViewModel model = model(SupervisorAccess.supervisorToken(server));
        model.load("antwerpen");
        List<SeatDayCapacity> before = model.days();
        Slot slot = server.components.engine().proximity(new ProximityQuery("antwerpen", "EID_APPLY",
                today.plusDays(2), today.plusDays(9)), List.of()).get(0);
        int cells = REFERENCE.product("EID_APPLY").orElseThrow().durationMinutes() / REFERENCE.slotMinutes();

        assertThat(new PushingDesk(server, RealServer.ENROLL_CODE).push(new Commands.Book(UUID.randomUUID(), "CAP1",
                "antwerpen", "EID_APPLY", slot.start(), TestAppointments.citizen("An", "Peeters"),
                AppointmentOrigin.COUNTER)).receipts()).allMatch(r -> r.outcome() == CommandOutcome.APPLIED);
        model.load("antwerpen");
        List<SeatDayCapacity> after = model.days();

        assertThat(after).hasSize(SeatCapacityViewModel.DAYS);
        assertThat(after.get(0).day()).isEqualTo(today);
        int index = (int) (slot.start().toLocalDate().toEpochDay() - today.toEpochDay());
        assertThat(after.get(index).booked()).isEqualTo(before.get(index).booked() + cells);
        assertThat(after.get(index).free()).isEqualTo(before.get(index).free() - cells);
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        assertThat(after.get((int) (sunday.toEpochDay() - today.toEpochDay())).capacity()).isZero();
        assertThat(model.notice()).isEmpty();
        assertThat(model.daysThatDoNotAddUp()).isEmpty();

        // a seat cell counted as taken that no booking or lease explains: that day does not add up
        server.components.db().inTransaction(c -> be.antwerpen.lom.server.db.Rows.update(c,
                "UPDATE seat_cells SET used = used + 1 WHERE location_id = ? AND cell_start = ?", "antwerpen",
                be.antwerpen.lom.server.db.WallClock.text(slot.start())));
        model.load("antwerpen");
        assertThat(model.daysThatDoNotAddUp()).extracting(SeatDayCapacity::day)
                .containsExactly(slot.start().toLocalDate());
        assertThat(model.days().get(index).booked()).as("counted from the bookings")
                .isEqualTo(after.get(index).booked());
    }

    @Test
    void a_counter_agent_is_refused_and_sees_why_in_dutch() {
        server.components.staffAdministration().create("agent.capaciteit", "Agent", StaffRole.AGENT,
                Set.of("antwerpen"), RealServer.PASSWORD, true, "test");
        String agent = server.components.login().login(new LoginRequest("agent.capaciteit", RealServer.PASSWORD))
                .token();
        SeatCapacityViewModel model = model(agent);

        model.load("antwerpen");

        assertThat(model.days()).isEmpty();
        assertThat(model.notice()).isNotBlank().doesNotContain("403").doesNotContainIgnoringCase("forbidden");
        assertThat(model.busy()).isFalse();
    }
}
