package be.antwerpen.lom.client.ui.walk;

import static be.antwerpen.lom.client.testing.OnScreen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import be.antwerpen.lom.client.ClientMain;
import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.testing.DeskTeardown;
import be.antwerpen.lom.client.testing.OpenMorning;
import be.antwerpen.lom.client.testing.Press;
import be.antwerpen.lom.client.testing.PushingDesk;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.SettableClock;
import be.antwerpen.lom.client.testing.SupervisorAccess;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.shell.ClientWindow;
import be.antwerpen.lom.client.ui.shell.LanguagePreference;
import be.antwerpen.lom.client.ui.shell.LookAndFeelSetup;
import be.antwerpen.lom.client.ui.shell.ThemePreference;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.sync.Commands;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Walks every screen of the desk in each language through the real window, desk and server (issue 18):
 * enrollment, login, every tab a supervisor sees (whatever tabs exist), the walk-in, contact, cancel
 * and file dialogs. Every visible text (labels, buttons, tab titles, table headers and cells, list and
 * choice items, tooltips, read-only texts, dialog texts) is checked by {@link LanguageRules}: no bundle
 * key, no raw code, id or location id, and in Dutch no English word. Every button and tab has a
 * mnemonic, none twice on one screen; every input has a label linked to it or an accessible name.
 *
 * <p>With {@code -Dlom.screenshots=<folder>} the Dutch walk also saves a PNG of every screen there
 * (see {@code docs/screens/README.md}).
 */
class EveryScreenWalkTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /**
     * Server and desk share a clock at an open weekday morning: on a Sunday or a holiday Today shows the closed-day
     * notice instead of the agenda, and the walk could not register a walk-in (it failed on those days).
     */
    private final SettableClock clock = new SettableClock(OpenMorning.antwerpen(BRUSSELS).atZone(BRUSSELS).toInstant(),
            BRUSSELS);

    @TempDir
    Path dir;

    private RealServer server;
    private DeskServices services;
    private ScheduledExecutorService scheduler;
    private ExecutorService background;
    private FrameFixture frame;
    private Robot robot;
    private Preferences preferences;
    private LanguageRules rules;
    private String language;
    private final Map<String, List<String>> problems = new HashMap<>();
    private final List<String> screens = new ArrayList<>();
    private int shot;
    private boolean pictures;

    @BeforeAll
    static void needsDisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the Swing flows run under Xvfb in CI");
        System.setProperty("flatlaf.uiScale", "1");
    }

    @AfterEach
    void stop() {
        if (frame != null) {
            frame.cleanUp();
        }
        if (services != null) {
            DeskTeardown.close(services, scheduler, background);
        }
        if (server != null) {
            server.close();
        }
        if (preferences != null) {
            try {
                preferences.removeNode();
            } catch (Exception ignored) {
                // already gone
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void every_screen_speaks_one_language_with_names_not_codes_and_is_usable_by_keyboard(String lang) throws Exception {
        language = lang;
        pictures = "nl".equals(lang);
        rules = new LanguageRules(lang);
        start();

        waitFor(() -> present("enroll.code"));
        check("enrollment", frameWindow());
        frame.textBox("enroll.code").enterText(RealServer.SECOND_DESK_CODE);
        frame.textBox("enroll.code").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        waitFor(() -> present("login.username"));
        check("login", frameWindow());
        frame.textBox("login.username").enterText(SupervisorAccess.SUPERVISOR);
        frame.textBox("login.password").enterText(RealServer.PASSWORD);
        frame.textBox("login.password").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor(() -> present("tabs"));

        walkInDialogAndTodayDialogs();
        int tabCount = GuiActionRunner.execute(() -> ((JTabbedPane) frame.tabbedPane("tabs").target()).getTabCount());
        for (int i = 0; i < tabCount; i++) {
            Press.tab(frame.tabbedPane("tabs"), i);
            String name = GuiActionRunner.execute(() -> {
                Component c = ((JTabbedPane) frame.tabbedPane("tabs").target()).getSelectedComponent();
                return c.getName() == null ? "tab" + c.getClass().getSimpleName() : c.getName();
            });
            prepare(name);
            check("tab-" + name, frameWindow());
            if ("report".equals(name)) {
                fileChooser();
            }
        }

        switchLanguage();

        assertThat(screens).as("screens walked").contains("enrollment", "login", "tab-todayPanel", "tab-bookPanel",
                "tab-rekeyPanel", "tab-conflictInbox", "tab-report", "tab-audit", "dialog-walkIn", "dialog-fileChooser");
        assertThat(problems).as("texts and keyboard access per screen (" + language + ")").isEmpty();
    }

    private void start() throws Exception {
        server = new RealServer(Files.createDirectories(dir.resolve("server")), clock);
        server.start();
        SupervisorAccess.supervisorToken(server);
        bookTodayIfOpen();
        scheduler = DeskAssembly.syncScheduler();
        background = Executors.newFixedThreadPool(2);
        services = DeskAssembly.build(new ClientOptions(server.url(), null, Files.createDirectories(dir.resolve("desk")),
                null, "", language, Duration.ofHours(72), Duration.ZERO), clock, scheduler, 1_000);
        preferences = Preferences.userRoot().node("lom-walk-test-" + UUID.randomUUID());
        new LanguagePreference(preferences).remember(language);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        JFrame window = GuiActionRunner.execute(() -> {
            LookAndFeelSetup.install(false);
            ClientWindow client = ClientMain.window(services, new BackgroundTasks(background, SwingUtilities::invokeLater),
                    new ThemePreference(preferences), new LanguagePreference(preferences), BRUSSELS, null);
            client.show();
            return client.frame();
        });
        frame = new FrameFixture(robot, window);
    }

    /** Two appointments today when Antwerpen is open, so the agenda shows products and statuses. */
    private void bookTodayIfOpen() {
        LocalDate today = LocalDate.now(clock);
        List<Slot> slots = server.components.engine().proximity(new ProximityQuery("antwerpen", "EID_APPLY", today,
                today), List.of());
        PushingDesk desk = new PushingDesk(server, RealServer.ENROLL_CODE);
        for (int i = 0; i < Math.min(2, slots.size()); i++) {
            desk.push(new Commands.Book(UUID.randomUUID(), "WALK-" + i, "antwerpen", "EID_APPLY",
                    slots.get(slots.size() - 1 - i).start(), TestAppointments.citizen("An", "Peeters"),
                    AppointmentOrigin.COUNTER));
        }
    }

    /** What a tab shows once used: a report loaded, an audit search done, free moments found. */
    private void prepare(String name) {
        switch (name) {
            case "report" -> {
                Press.button(frame.button("report.load"));
                waitFor(() -> !frame.label("report.totals").text().isEmpty()
                        || !frame.label("report.notice").text().isBlank());
            }
            case "audit" -> {
                Press.button(frame.button("audit.search"));
                waitFor(() -> frame.table("audit.table").rowCount() > 0 || !frame.label("audit.notice").text().isBlank());
                waitFor(() -> frame.table("audit.table").rowCount() > 0);
            }
            case "bookPanel" -> {
                Press.button(frame.radioButton("book.mode.flexibility"));
                Press.button(frame.button("book.search"));
                waitFor(() -> frame.list("book.slots").contents().length > 0);
            }
            default -> robot.waitForIdle();
        }
        pause(300);
    }

    /** The walk-in dialog (a walk-in is registered with it), then the contact and cancel dialogs on its row. */
    private void walkInDialogAndTodayDialogs() {
        waitFor(() -> present("today.table"));
        pause(2_000); // the first sync after login fills the agenda
        int before = frame.table("today.table").rowCount();
        frame.pressAndReleaseKeys(KeyEvent.VK_F7);
        DialogFixture walkIn = WindowFinder.findDialog("walkInDialog").using(robot);
        check("dialog-walkIn", walkIn.target());
        walkIn.textBox("walkIn.givenName").enterText("Jan");
        walkIn.textBox("walkIn.familyName").enterText("Janssens");
        walkIn.textBox("walkIn.familyName").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor(() -> frame.table("today.table").rowCount() > before);
        pause(1_500); // the walk-in reaches the server and its answer is shown
        check("tab-todayPanel-with-walk-in", frameWindow());

        Press.row(frame.table("today.table"), 0);
        click(frame.button("action.contact").target());
        DialogFixture contact = WindowFinder.findDialog("contactDialog").using(robot);
        check("dialog-contact", contact.target());
        Press.button(contact.button("contact.cancel"));

        Press.row(frame.table("today.table"), 0);
        click(frame.button("action.cancel").target());
        DialogFixture question = WindowFinder.findDialog(new GenericTypeMatcher<JDialog>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog d) {
                return d.isShowing() && contains(d, JOptionPane.class);
            }
        }).using(robot);
        check("dialog-cancelReason", question.target());
        question.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitFor(() -> !question.target().isShowing());
    }

    /** The language button switches every text at once, Swing's own dialogs included. */
    private void switchLanguage() {
        Press.button(frame.button("toolbar.language"));
        language = "nl".equals(language) ? "en" : "nl";
        rules = new LanguageRules(language);
        waitFor(() -> present("tabs"));
        Press.tab(frame.tabbedPane("tabs"), 0);
        String dialogCancel = GuiActionRunner.execute(() -> javax.swing.UIManager.getString("OptionPane.cancelButtonText"));
        assertThat(dialogCancel).isEqualTo("nl".equals(language) ? "Annuleren" : "Cancel");
        check("after-switch-to-" + language, frameWindow());
        language = "nl".equals(language) ? "en" : "nl";
    }

    private void fileChooser() {
        click(frame.button("report.exportCsv").target());
        DialogFixture chooser = WindowFinder.findDialog(new GenericTypeMatcher<JDialog>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog d) {
                return d.isShowing() && contains(d, JFileChooser.class);
            }
        }).withTimeout(20_000).using(robot);
        check("dialog-fileChooser", chooser.target());
        GuiActionRunner.execute(() -> find(chooser.target(), JFileChooser.class).cancelSelection());
        waitFor(() -> !chooser.target().isShowing());
    }

    /** Checks the texts and keyboard access of a window, and saves its picture when asked to. */
    private void check(String screen, Window window) {
        robot.waitForIdle();
        screens.add(screen);
        List<String> found = GuiActionRunner.execute(() -> {
            List<String> list = new ArrayList<>();
            for (String text : ScreenTexts.of(window)) {
                rules.problems(text).forEach(p -> list.add("\"" + text + "\": " + p));
            }
            list.addAll(KeyboardCheck.of(window));
            return list;
        });
        if (!found.isEmpty()) {
            problems.put(screen, found);
        }
        screenshot(screen, window);
    }

    private void screenshot(String screen, Window window) {
        String folder = System.getProperty("lom.screenshots");
        if (folder == null || folder.isBlank() || !pictures || !"nl".equals(language)) {
            return;
        }
        pause(300);
        java.awt.Rectangle bounds = GuiActionRunner.execute(() -> new java.awt.Rectangle(window.getLocationOnScreen(),
                window.getSize()));
        BufferedImage image;
        try {
            image = new java.awt.Robot().createScreenCapture(bounds); // what the display shows, not a re-paint
        } catch (java.awt.AWTException e) {
            throw new IllegalStateException("no screen to capture", e);
        }
        try {
            Path target = Files.createDirectories(Path.of(folder));
            ImageIO.write(image, "png", target.resolve(String.format("%02d-%s.png", ++shot, screen)).toFile());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("could not save the screenshot of " + screen, e);
        }
    }

    private Window frameWindow() {
        return frame.target();
    }

    private boolean present(String name) {
        return !frame.robot().finder().findAll(c -> name.equals(c.getName()) && c.isShowing()).isEmpty();
    }

    /** Clicks a button that opens a modal dialog: later on the event thread, so the test thread goes on. */
    private static void click(AbstractButton button) {
        SwingUtilities.invokeLater(button::doClick);
    }

    private static boolean contains(java.awt.Container root, Class<?> type) {
        return find(root, type) != null;
    }

    @SuppressWarnings("unchecked")
    private static <T> T find(java.awt.Container root, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c)) {
                return (T) c;
            }
            if (c instanceof java.awt.Container child) {
                T inner = find(child, type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unused")
    private static boolean unusedMarkers(JButton b, JLabel l, JComponent c) {
        return false;
    }
}
