package be.antwerpen.lom.client.ui.shell;

import be.antwerpen.lom.client.auth.LoginOutcome;
import be.antwerpen.lom.client.auth.Workplace;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.KeyboardAccess;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.WhileShown;
import be.antwerpen.lom.client.ui.status.StatusBar;
import be.antwerpen.lom.model.staff.StaffMember;
import java.awt.AWTEvent;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JToolBar;
import javax.swing.WindowConstants;

/**
 * The desk's one window: a BorderLayout with the toolbar, the current screen (enrollment, login, or the
 * main screen's tabs, all built by {@link DeskScreens}) and the status bar. It leads from one screen to
 * the next; who is logged in is the session's to know, and the screens follow the desk's changes
 * themselves (ADR 0105).
 */
public final class ClientWindow {

    static final Duration IDLE_CHECK = Duration.ofSeconds(15);

    private final DeskScreens screens;
    private final ShellServices shell;
    private final BackgroundTasks tasks;
    private final ThemePreference theme;
    private final LanguagePreference language;
    private final String autoEnrollCode;
    private final JFrame frame = new JFrame();
    private Messages messages;
    private StatusBar statusBar;
    private JComponent bottomEdge;
    private JComponent content;
    private JToolBar toolbar;
    private DeviceIdentity identity;
    private LocalDate demoDate;

    public ClientWindow(DeskScreens screens, ShellServices shell, BackgroundTasks tasks, ThemePreference theme,
                        LanguagePreference language, String autoEnrollCode) {
        this.screens = screens;
        this.shell = shell;
        this.tasks = tasks;
        this.theme = theme;
        this.language = language;
        this.autoEnrollCode = autoEnrollCode;
        this.messages = Messages.forLanguage(language.language());
    }

    /** A demo on a closed day runs on another date: the title says which (ADR 0118). Before {@link #show()}. */
    public void showDemoDate(LocalDate date) {
        demoDate = date;
    }

    private String title() {
        return demoDate == null ? messages.get("app.title")
                : messages.get("app.titleDemo", messages.get("app.title"), messages.longDate().format(demoDate));
    }

    public JFrame frame() {
        return frame;
    }

    /** Builds and shows the window; call on the event thread. */
    public void show() {
        SwingTexts.apply(messages);
        frame.setName("clientWindow");
        frame.setTitle(title());
        frame.setIconImages(AppIcon.images());
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.getContentPane().setLayout(new BorderLayout());
        frame.setMinimumSize(new Dimension(1000, 640));
        frame.setPreferredSize(new Dimension(1280, 720));
        Toolkit.getDefaultToolkit().addAWTEventListener(e -> shell.idleLock().activity(),
                AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK);
        Toolkit.getDefaultToolkit().addAWTEventListener(e -> {
            // every dialog gets the same keyboard access as the screens (issue 18)
            if (e.getID() == java.awt.event.WindowEvent.WINDOW_OPENED && e.getSource() instanceof javax.swing.JDialog d) {
                KeyboardAccess.apply(d.getContentPane(), messages);
            }
        }, AWTEvent.WINDOW_EVENT_MASK);
        placeStatusBar();
        firstScreen();
        frame.pack();
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
    }

    private void firstScreen() {
        tasks.run(() -> shell.enrollment().current(), enrolled -> {
            if (enrolled.isPresent()) {
                showLogin(enrolled.get(), null);
            } else {
                showEnrollment();
            }
        }, e -> showEnrollment());
    }

    private void showEnrollment() {
        setContent(screens.enrollment(messages, autoEnrollCode, enrolled -> showLogin(enrolled, null)));
    }

    private void showLogin(DeviceIdentity desk, String presetUser) {
        this.identity = desk;
        setContent(screens.login(messages, desk, presetUser, this::loggedIn));
        shell.sync().start();
    }

    private void loggedIn(LoginOutcome outcome) {
        shell.idleLock().activity();
        showMain();
        shell.sync().start();
        shell.startPackSchedule().run();
    }

    private void showMain() {
        Optional<StaffMember> staff = shell.session().staff();
        if (identity == null || staff.isEmpty()) {
            return;
        }
        Screen main = screens.main(messages, new Workplace(identity, staff.get()));
        WhileShown.every(main.view(), IDLE_CHECK, this::lockWhenIdle);
        setContent(main);
    }

    private void lockWhenIdle() {
        if (shell.session().staff().isPresent() && shell.idleLock().shouldLock()) {
            lock();
        }
    }

    private void setContent(Screen next) {
        if (content != null) {
            frame.getContentPane().remove(content);
        }
        if (toolbar != null) {
            frame.getContentPane().remove(toolbar);
            toolbar = null;
        }
        if (next.withToolbar()) {
            toolbar = toolbar(next);
            frame.getContentPane().add(toolbar, BorderLayout.NORTH);
        }
        content = next.view();
        frame.getContentPane().add(content, BorderLayout.CENTER);
        KeyboardAccess.apply(frame.getContentPane(), messages);
        frame.setTitle(title());
        frame.revalidate();
        frame.repaint();
        next.opened().run();
    }

    private void placeStatusBar() {
        if (bottomEdge != null) {
            frame.getContentPane().remove(bottomEdge);
        }
        statusBar = shell.statusBars().statusBar(messages,
                () -> Optional.ofNullable(identity).map(DeviceIdentity::locationId));
        bottomEdge = shell.alarms().above(statusBar, messages);
        frame.getContentPane().add(bottomEdge, BorderLayout.SOUTH);
    }

    private JToolBar toolbar(Screen screen) {
        JToolBar bar = new JToolBar();
        bar.setName("toolbar");
        bar.setFloatable(false);
        bar.add(toolButton("toolbar.theme", () -> {
            boolean dark = !theme.dark();
            theme.remember(dark);
            LookAndFeelSetup.switchTo(dark);
        }));
        bar.add(toolButton("toolbar.language", this::switchLanguage));
        bar.add(Box.createHorizontalGlue());
        for (JComponent item : screen.header()) {
            bar.add(item);
            bar.addSeparator();
        }
        bar.add(toolButton("toolbar.lock", this::lock));
        bar.add(toolButton("toolbar.logout", this::logout));
        return bar;
    }

    private JButton toolButton(String key, Runnable action) {
        JButton button = new JButton(messages.get(key));
        button.setName(key);
        button.addActionListener(e -> action.run());
        return button;
    }

    private void switchLanguage() {
        String next = "en".equals(messages.locale().getLanguage()) ? "nl" : "en";
        language.remember(next);
        messages = Messages.forLanguage(next);
        SwingTexts.apply(messages);
        placeStatusBar();
        showMain();
    }

    /** The data key leaves memory (ADR 0045); the same person logs in again. */
    private void lock() {
        String user = shell.session().staff().map(StaffMember::username).orElse(null);
        shell.login().logout();
        if (identity != null) {
            showLogin(identity, user);
        }
    }

    private void logout() {
        shell.login().logout();
        if (identity != null) {
            showLogin(identity, null);
        }
    }
}
