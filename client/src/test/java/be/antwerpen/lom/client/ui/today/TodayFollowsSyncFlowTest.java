package be.antwerpen.lom.client.ui.today;

import static be.antwerpen.lom.client.testing.OnScreen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.ClientMain;
import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.testing.DeskTeardown;
import be.antwerpen.lom.client.testing.Press;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.SwingFlow;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.shell.ClientWindow;
import be.antwerpen.lom.client.ui.shell.LanguagePreference;
import be.antwerpen.lom.client.ui.shell.LookAndFeelSetup;
import be.antwerpen.lom.client.ui.shell.ThemePreference;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.sync.PushService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open Today screen follows the sync (issue 16: reloads after sync batches are paced, never skipped): the real
 * server in process, this desk's real window with its own background sync, and a second desk whose commands reach
 * the server between this desk's rounds. What the other desk did appears on this screen; what the agent does here
 * appears on it too while the sync keeps bringing changes.
 */
@ExtendWith(SwingFlow.class)
class TodayFollowsSyncFlowTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @TempDir
    Path serverDir;
    @TempDir
    Path deskDir;

    private final ObjectMapper json = ProtocolJson.newMapper();
    private final Clock clock = Clock.system(BRUSSELS);
    private RealServer server;
    private ScheduledExecutorService scheduler;
    private ExecutorService background;
    private DeskServices desk;
    private FrameFixture frame;
    private Preferences preferences;
    private EnrollmentResponse otherDesk;
    private long otherSequence;

    @BeforeEach
    void open() throws Exception {
        server = new RealServer(serverDir);
        server.start();
        otherDesk = server.components.enrollment().enroll(new EnrollmentRequest(RealServer.SECOND_DESK_CODE, "pc-2"));
        scheduler = DeskAssembly.syncScheduler();
        background = Executors.newFixedThreadPool(2);
        desk = DeskAssembly.build(new ClientOptions(server.url(), null, deskDir, null, "", "nl", Duration.ofHours(72),
                Duration.ZERO), clock, scheduler, 1_000);
        desk.enrollment().enroll(server.url(), RealServer.ENROLL_CODE, "e2e-desk");
        preferences = Preferences.userRoot().node("lom-ui-test-" + UUID.randomUUID());
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        JFrame window = GuiActionRunner.execute(() -> {
            LookAndFeelSetup.install(false);
            ClientWindow client = ClientMain.window(desk, new BackgroundTasks(background, SwingUtilities::invokeLater),
                    new ThemePreference(preferences), new LanguagePreference(preferences), BRUSSELS, null);
            client.show();
            return client.frame();
        });
        frame = new FrameFixture(robot, window);
        frame.textBox("login.username").enterText(RealServer.AGENT);
        frame.textBox("login.password").enterText(RealServer.PASSWORD);
        frame.textBox("login.password").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor(() -> frame.robot().finder().findAll(c -> "today.table".equals(c.getName())).size() == 1);
    }

    @AfterEach
    void close() {
        if (frame != null) {
            frame.cleanUp();
        }
        if (desk != null) {
            DeskTeardown.close(desk, scheduler, background);
        }
        if (server != null) {
            server.close();
        }
        if (preferences != null) {
            try {
                preferences.removeNode();
            } catch (java.util.prefs.BackingStoreException ignored) {
                // a test node left behind is harmless
            }
        }
    }

    @Test
    void what_another_desk_did_appears_batch_after_batch_and_a_change_made_here_appears_meanwhile() {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        UUID verbiest = UUID.randomUUID();
        UUID goossens = UUID.randomUUID();
        otherDeskPushes(new Commands.RegisterWalkIn(verbiest, "L2-0001", "antwerpen", "EID_APPLY", now,
                TestAppointments.anotherCitizen("Ilse", "Verbiest"), AppointmentOrigin.WALK_IN, null),
                new Commands.RegisterWalkIn(goossens, "L2-0002", "antwerpen", "EID_APPLY", now.plusSeconds(1),
                TestAppointments.anotherCitizen("Jan", "Goossens"), AppointmentOrigin.WALK_IN, null));
        desk.sync().requestSync();
        waitFor(() -> rowOf("Verbiest, Ilse") >= 0 && rowOf("Goossens, Jan") >= 0);
        assertThat(cell("Verbiest, Ilse", 4)).isEqualTo("Aangemeld");

        // the next batch: the other desk calls Ilse Verbiest; meanwhile the agent here calls Jan Goossens
        otherDeskPushes(new Commands.Call(verbiest, "Loket 2", null));
        desk.sync().requestSync();
        select("Goossens, Jan");
        Press.button(frame.button("action.call"));

        waitFor(() -> "Opgeroepen".equals(cell("Goossens, Jan", 4)));
        waitFor(() -> "Opgeroepen".equals(cell("Verbiest, Ilse", 4)));

        // and once the server has this desk's call, the row is shown as confirmed: the last batch is never skipped
        desk.sync().requestSync();
        waitFor(() -> "Gesynchroniseerd".equals(cell("Goossens, Jan", 6)));
        assertThat(cell("Verbiest, Ilse", 6)).isEqualTo("Gesynchroniseerd");
        assertThat(desk.agenda().waitingCommands()).isZero();
    }

    @Test
    void behind_the_sync_tab_today_skips_the_batches_and_shows_the_latest_state_when_selected_again() {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        UUID peeters = UUID.randomUUID();
        otherDeskPushes(new Commands.RegisterWalkIn(peeters, "L2-0003", "antwerpen", "EID_APPLY", now,
                TestAppointments.anotherCitizen("An", "Peeters"), AppointmentOrigin.WALK_IN, null));
        desk.sync().requestSync();
        waitFor(() -> rowOf("Peeters, An") >= 0);

        Press.tab(frame.tabbedPane("tabs"), "Synchronisatie");
        otherDeskPushes(new Commands.Call(peeters, "Loket 2", null), new Commands.StartService(peeters, null));
        desk.sync().requestSync();
        waitFor(() -> desk.agenda().day(now.toLocalDate()).stream()
                .anyMatch(e -> e.appointment().id().equals(peeters)
                        && e.appointment().status() == be.antwerpen.lom.model.appointment.AppointmentStatus.IN_SERVICE));

        Press.tab(frame.tabbedPane("tabs"), "Vandaag");
        waitFor(() -> "In behandeling".equals(cell("Peeters, An", 4)));
    }

    private void otherDeskPushes(CommandPayload... payloads) {
        ArrayNode batch = json.createArrayNode();
        for (CommandPayload payload : payloads) {
            batch.add(json.valueToTree(new SyncCommand(UUID.randomUUID(), ++otherSequence,
                    SyncCommand.CURRENT_SCHEMA_VERSION, Instant.now(), RealServer.AGENT, payload)));
        }
        var answer = server.components.push().push(server.staff(RealServer.AGENT), otherDesk.deviceId(),
                PushService.identities(batch));
        assertThat(json.valueToTree(answer).toString()).doesNotContain("REJECTED");
    }

    private void select(String name) {
        GuiActionRunner.execute(() -> {
            JTable table = (JTable) frame.table("today.table").target();
            int row = rowOf(name);
            table.getSelectionModel().setSelectionInterval(row, row);
        });
    }

    private int rowOf(String name) {
        return GuiActionRunner.execute(() -> {
            JTable table = (JTable) frame.table("today.table").target();
            for (int row = 0; row < table.getRowCount(); row++) {
                if (name.equals(String.valueOf(table.getValueAt(row, 2)))) {
                    return row;
                }
            }
            return -1;
        });
    }

    private String cell(String name, int column) {
        return GuiActionRunner.execute(() -> {
            int row = rowOf(name);
            return row < 0 ? "" : String.valueOf(((JTable) frame.table("today.table").target()).getValueAt(row, column));
        });
    }
}
