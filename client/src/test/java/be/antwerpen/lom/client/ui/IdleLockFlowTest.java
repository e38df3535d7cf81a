package be.antwerpen.lom.client.ui;

import static be.antwerpen.lom.client.testing.OnScreen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import be.antwerpen.lom.client.ClientMain;
import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.testing.DeskTeardown;
import be.antwerpen.lom.client.testing.OfflineStaff;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.ui.shell.ClientWindow;
import be.antwerpen.lom.client.ui.shell.LanguagePreference;
import be.antwerpen.lom.client.ui.shell.LookAndFeelSetup;
import be.antwerpen.lom.client.ui.shell.ThemePreference;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.ProtocolJson;
import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The idle lock takes the desk's data key out of memory (ADR 0045): after the idle time the window
 * returns to the login screen, the personal data is locked, and the same person's login opens it again.
 * Runs only with a display (CI: Xvfb).
 */
class IdleLockFlowTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @TempDir
    Path dir;

    private DeskServices services;
    private ScheduledExecutorService scheduler;
    private ExecutorService background;
    private FrameFixture frame;
    private Preferences preferences;

    @BeforeAll
    static void needsDisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the Swing flows run under Xvfb in CI");
        System.setProperty("flatlaf.uiScale", "1");
    }

    @AfterEach
    void stop() throws Exception {
        if (frame != null) {
            frame.cleanUp();
        }
        DeskTeardown.close(services, scheduler, background);
        if (preferences != null) {
            preferences.removeNode();
        }
    }

    @Test
    void the_idle_lock_takes_the_data_key_out_of_memory_and_a_login_brings_it_back() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Clock clock = Clock.system(BRUSSELS);
        scheduler = DeskAssembly.syncScheduler();
        background = Executors.newFixedThreadPool(2);
        services = DeskAssembly.build(new ClientOptions("http://127.0.0.1:" + port, null, dir, null, "", "nl",
                Duration.ofHours(72), Duration.ofSeconds(1)), clock, scheduler, 1_000);
        String staff = ProtocolJson.newMapper().writeValueAsString(new StaffMember("agent.antwerpen", "Agent",
                StaffRole.AGENT, Set.of("antwerpen")));
        OfflineStaff.remember(services.store(), "agent.antwerpen", "demo", staff, clock.instant(), 1_000);
        LocalDate today = LocalDate.now(clock);
        services.store().database().inTransaction(c -> {
            services.store().syncState().saveIdentity(c, new DeviceIdentity("http://127.0.0.1:" + port, "dev-1",
                    "secret", "antwerpen", "Loket 1"));
            services.store().syncState().snapshotApplied(c, 0, clock.instant());
            services.store().referenceData().save(c, ReferenceDataLoader.antwerpExample(), clock.instant());
            services.store().appointments().upsert(c, TestAppointments.booked("K7M-2QX", today.atTime(23, 0)));
            return null;
        });
        services.referenceData().set(ReferenceDataLoader.antwerpExample());
        services.login().logout();
        preferences = Preferences.userRoot().node("lom-ui-test-" + UUID.randomUUID());
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        JFrame window = GuiActionRunner.execute(() -> {
            LookAndFeelSetup.install(false);
            ClientWindow client = ClientMain.window(services, new BackgroundTasks(background, SwingUtilities::invokeLater),
                    new ThemePreference(preferences), new LanguagePreference(preferences), BRUSSELS, null);
            client.show();
            return client.frame();
        });
        frame = new FrameFixture(robot, window);

        logIn();
        assertThat(services.store().vault().unlocked()).isTrue();

        waitFor(() -> robot.finder().findAll(c -> "tabs".equals(c.getName()) && c.isShowing()).isEmpty(),
                Duration.ofSeconds(40));
        assertThat(services.store().vault().unlocked()).isFalse();
        assertThat(services.store().vault().copyOfKey()).isEmpty();
        assertThat(services.session().staff()).isEmpty();

        logIn();
        assertThat(services.agenda().day(today)).singleElement()
                .satisfies(e -> assertThat(e.appointment().citizen().familyName()).isEqualTo("Peeters"));
    }

    private void logIn() {
        frame.textBox("login.username").deleteText().enterText("agent.antwerpen");
        frame.textBox("login.password").enterText("demo");
        frame.textBox("login.password").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor(() -> frame.robot().finder().findAll(c -> "tabs".equals(c.getName()) && c.isShowing()).size() == 1,
                Duration.ofSeconds(30));
    }
}
