package be.antwerpen.lom.client.ui.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.supervisor.ConflictInbox;
import be.antwerpen.lom.client.supervisor.OpenConflicts;
import be.antwerpen.lom.client.supervisor.SupervisorApi;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.testing.PushingDesk;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.SupervisorAccess;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.PushResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open-conflict badge against the real server: it follows conflicts made by two desks and their resolution. */
class ConflictBadgeViewModelTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private RealServer server;
    private ConflictBadgeViewModel badge;
    private ConflictInboxViewModel inbox;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        server = new RealServer(dir);
        server.start();
        SupervisorApi api = SupervisorAccess.api(server, SupervisorAccess.supervisorToken(server));
        ServerCalls calls = new ServerCalls(ProtocolJson.newMapper());
        Messages messages = new Messages(Messages.DUTCH_BELGIUM);
        BackgroundTasks sameThread = new BackgroundTasks(Runnable::run, Runnable::run);
        badge = new ConflictBadgeViewModel(new OpenConflicts(api, calls), List.of("antwerpen"),
                Clock.system(BRUSSELS), messages, sameThread);
        inbox = new ConflictInboxViewModel(new ConflictInbox(api, calls), List.of("antwerpen"), messages, sameThread);
        inbox.addResolvedListener(badge::refresh);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Desk 1 fills a slot; desk 2, which did not know, books the same slot: a double booking. */
    private void doubleBookingByTwoDesks() {
        LocalDate from = LocalDate.now(BRUSSELS).plusDays(7);
        Slot slot = server.components.engine().proximity(new ProximityQuery("antwerpen", "EID_APPLY", from,
                from.plusDays(14)), List.of()).get(0);
        PushingDesk first = new PushingDesk(server, RealServer.ENROLL_CODE);
        PushingDesk second = new PushingDesk(server, RealServer.SECOND_DESK_CODE);
        for (int i = 0; i < slot.free(); i++) {
            assertThat(first.push(book("B" + i, slot)).receipts().get(0).outcome()).isEqualTo(CommandOutcome.APPLIED);
        }
        PushResponse late = second.push(book("LATE", slot));
        assertThat(late.receipts().get(0).outcome()).isEqualTo(CommandOutcome.CONFLICT);
    }

    private static Commands.Book book(String code, Slot slot) {
        return new Commands.Book(UUID.randomUUID(), code, "antwerpen", "EID_APPLY", slot.start(),
                TestAppointments.anotherCitizen("An", "Peeters"), AppointmentOrigin.COUNTER);
    }

    @Test
    void the_badge_counts_a_new_conflict_and_drops_to_zero_after_it_is_resolved() {
        badge.refresh();
        assertThat(badge.total()).contains(0);
        assertThat(badge.text()).isEqualTo("Open conflicten: 0");
        assertThat(badge.attention()).isFalse();

        doubleBookingByTwoDesks();
        badge.refresh();
        assertThat(badge.total()).contains(1);
        assertThat(badge.countAt("antwerpen")).contains(1);
        assertThat(badge.text()).isEqualTo("Open conflicten: 1");
        assertThat(badge.attention()).isTrue();

        inbox.reload();
        inbox.resolve(inbox.conflicts().get(0), ConflictResolution.MARK_HANDLED, "burger verwittigd", null);

        assertThat(inbox.notice()).contains("opgelost");
        assertThat(badge.total()).contains(0);
        assertThat(badge.text()).isEqualTo("Open conflicten: 0");
    }

    @Test
    void offline_the_badge_keeps_the_last_known_count_marked_as_such() {
        doubleBookingByTwoDesks();
        badge.refresh();
        server.stop();

        badge.refresh();

        assertThat(badge.online()).isFalse();
        assertThat(badge.text()).startsWith("Open conflicten: 1 (laatst gekend om ")
                .endsWith("server niet bereikbaar)");
        assertThat(badge.attention()).isFalse();
    }

    @Test
    void offline_before_any_count_the_badge_says_the_count_is_unknown_not_zero() {
        server.stop();

        badge.refresh();

        assertThat(badge.total()).isEmpty();
        assertThat(badge.text()).isEqualTo("Open conflicten: onbekend (server niet bereikbaar)");
    }
}
