package be.antwerpen.lom.client.ui.drill;

import static be.antwerpen.lom.client.testing.OnScreen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.ClientMain;
import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.testing.DeskTeardown;
import be.antwerpen.lom.client.testing.OfflineStaff;
import be.antwerpen.lom.client.testing.SwingFlow;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.shell.ClientWindow;
import be.antwerpen.lom.client.ui.shell.LanguagePreference;
import be.antwerpen.lom.client.ui.shell.LookAndFeelSetup;
import be.antwerpen.lom.client.ui.shell.ThemePreference;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.ProtocolJson;
import java.awt.event.KeyEvent;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two-hour rule on the desk itself (ADR 0112), through the real window under Xvfb: a local copy older than
 * two hours makes the banner above the status bar say so in Dutch; once the copy is fresh again the copy
 * warning goes, while the missing paper pack stays loud.
 */
@ExtendWith(SwingFlow.class)
class StalenessAlarmFlowTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @TempDir
    Path dir;

    private DeskServices services;
    private ScheduledExecutorService scheduler;
    private ExecutorService background;
    private Robot robot;
    private FrameFixture frame;
    private Preferences preferences;

    private void open(Duration copyAge) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Clock clock = Clock.system(BRUSSELS);
        scheduler = DeskAssembly.syncScheduler();
        background = Executors.newFixedThreadPool(2);
        services = DeskAssembly.build(new ClientOptions("http://127.0.0.1:" + port, null, dir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO), clock, scheduler, 1_000);
        StaffMember agent = new StaffMember("agent.antwerpen", "Agent", StaffRole.AGENT, Set.of("antwerpen"));
        OfflineStaff.remember(services.store(), "agent.antwerpen", "demo",
                ProtocolJson.newMapper().writeValueAsString(agent), clock.instant(), 1_000);
        Instant synced = clock.instant().minus(copyAge);
        int serverPort = port;
        services.store().database().inTransaction(c -> {
            services.store().syncState().saveIdentity(c, new DeviceIdentity("http://127.0.0.1:" + serverPort, "dev-1",
                    "secret", "antwerpen", "Loket 1"));
            services.store().syncState().snapshotApplied(c, 0, synced);
            services.store().syncState().synced(c, synced, 0);
            services.store().referenceData().save(c, ReferenceDataLoader.antwerpExample(), synced);
            return null;
        });
        services.referenceData().set(ReferenceDataLoader.antwerpExample());
        preferences = Preferences.userRoot().node("lom-ui-test-" + UUID.randomUUID());
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        JFrame window = GuiActionRunner.execute(() -> {
            LookAndFeelSetup.install(false);
            ClientWindow client = ClientMain.window(services, new BackgroundTasks(background,
                    SwingUtilities::invokeLater), new ThemePreference(preferences), new LanguagePreference(preferences),
                    BRUSSELS, null);
            client.show();
            return client.frame();
        });
        frame = new FrameFixture(robot, window);
        frame.textBox("login.username").enterText("agent.antwerpen");
        frame.textBox("login.password").enterText("demo");
        frame.textBox("login.password").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor(() -> frame.robot().finder().findAll(c -> "tabs".equals(c.getName())).size() == 1);
    }

    @AfterEach
    void stop() {
        if (frame != null) {
            frame.cleanUp();
        }
        if (services != null) {
            DeskTeardown.close(services, scheduler, background);
        }
        if (preferences != null) {
            try {
                preferences.removeNode();
            } catch (java.util.prefs.BackingStoreException ignored) {
                // a test preference node; nothing to keep
            }
        }
    }

    @Test
    void a_local_copy_older_than_two_hours_is_loud_on_the_desk_and_quiet_again_once_fresh() throws Exception {
        open(Duration.ofHours(3).plusMinutes(10));

        waitFor(() -> banner().isShowing() && banner().plainText().contains("lokale kopie"));
        assertThat(banner().plainText())
                .contains("Let op: de lokale kopie van dit loket is 3 u 10 min oud (regel: hoogstens 2 uur).")
                .contains("nog geen noodpakket");

        services.store().database().inTransaction(c -> {
            services.store().syncState().synced(c, Instant.now(), 0);
            return null;
        });
        services.sync().requestSync();
        waitFor(() -> !banner().plainText().contains("lokale kopie"));
        assertThat(banner().isShowing()).isTrue();
        assertThat(banner().plainText()).contains("nog geen noodpakket");
    }

    @Test
    void a_fresh_local_copy_raises_no_copy_alarm() throws Exception {
        open(Duration.ofMinutes(100));

        waitFor(() -> banner().isShowing());
        assertThat(banner().plainText()).doesNotContain("lokale kopie").contains("nog geen noodpakket");
    }

    private AlarmBanner banner() {
        return GuiActionRunner.execute(() -> (AlarmBanner) frame.robot().finder()
                .find(c -> "alarmBanner".equals(c.getName())));
    }
}
