package be.antwerpen.lom.client.ui.shell;

import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.auth.LoginOutcome;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.sync.SyncStatus;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.book.BookPanel;
import be.antwerpen.lom.client.ui.book.BookViewModel;
import be.antwerpen.lom.client.ui.login.EnrollmentPanel;
import be.antwerpen.lom.client.ui.login.EnrollmentViewModel;
import be.antwerpen.lom.client.ui.login.LoginPanel;
import be.antwerpen.lom.client.ui.login.LoginViewModel;
import be.antwerpen.lom.client.ui.status.StatusBar;
import be.antwerpen.lom.client.ui.status.StatusBarPresenter;
import be.antwerpen.lom.client.supervisor.AtomicFileWriter;
import be.antwerpen.lom.client.supervisor.SupervisorServices;
import be.antwerpen.lom.client.ui.audit.AuditTrailPanel;
import be.antwerpen.lom.client.ui.audit.AuditTrailViewModel;
import be.antwerpen.lom.client.ui.report.DayEndReportPanel;
import be.antwerpen.lom.client.ui.report.DayEndReportViewModel;
import be.antwerpen.lom.client.ui.report.ExportFileChooser;
import be.antwerpen.lom.client.ui.supervisor.ConflictBadge;
import be.antwerpen.lom.client.ui.supervisor.ConflictBadgeViewModel;
import be.antwerpen.lom.client.ui.supervisor.ConflictInboxPanel;
import be.antwerpen.lom.client.ui.supervisor.ConflictInboxViewModel;
import be.antwerpen.lom.client.ui.rekey.PackPrinting;
import be.antwerpen.lom.client.ui.rekey.RekeyPanel;
import be.antwerpen.lom.client.ui.rekey.RekeyViewModel;
import be.antwerpen.lom.client.ui.sync.ReenrollmentViewModel;
import be.antwerpen.lom.client.ui.sync.SyncPanel;
import be.antwerpen.lom.client.ui.sync.SyncViewModel;
import be.antwerpen.lom.client.ui.today.TodayPanel;
import be.antwerpen.lom.client.ui.today.TodayViewModel;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import java.awt.AWTEvent;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/**
 * The desk's one window: a BorderLayout with the toolbar, the current screen (enrollment, login,
 * or the Today / Book / Sync tabs) and the status bar. Composes the panels; holds no logic.
 */
public final class ClientWindow {

    private final DeskServices services;
    private final BackgroundTasks tasks;
    private final ThemePreference theme;
    private final LanguagePreference language;
    private final ZoneId zone;
    private final String autoEnrollCode;
    private final JFrame frame = new JFrame();
    private final StatusBar statusBar = new StatusBar();
    private Messages messages;
    private StatusBarPresenter presenter;
    private JComponent content;
    private JToolBar toolbar;
    private TodayViewModel today;
    private SyncViewModel syncModel;
    private ReenrollmentViewModel reenrollment;
    private BookPanel bookPanel;
    private long seenDataVersion = -1;
    private String loggedInUser;
    private StaffMember loggedInStaff;
    private DeviceIdentity identity;
    private boolean packScheduleStarted;
    private ConflictBadgeViewModel badge;
    private Timer badgeTimer;
    private final ExportFileChooser exportChooser = new ExportFileChooser();
    private final be.antwerpen.lom.client.ui.drill.AlarmBanner alarmBanner = new be.antwerpen.lom.client.ui.drill.AlarmBanner();

    public ClientWindow(DeskServices services, BackgroundTasks tasks, ThemePreference theme,
                        LanguagePreference language, ZoneId zone, String autoEnrollCode) {
        this.services = services;
        this.tasks = tasks;
        this.theme = theme;
        this.language = language;
        this.zone = zone;
        this.autoEnrollCode = autoEnrollCode;
        this.messages = Messages.forLanguage(language.language());
        this.presenter = new StatusBarPresenter(messages, zone);
    }

    public JFrame frame() {
        return frame;
    }

    /** Builds and shows the window; call on the event thread. */
    public void show() {
        frame.setName("clientWindow");
        frame.setTitle(messages.get("app.title"));
        frame.setIconImages(AppIcon.images());
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.getContentPane().setLayout(new BorderLayout());
        frame.getContentPane().add(be.antwerpen.lom.client.ui.drill.AlarmBanner.above(alarmBanner, statusBar),
                BorderLayout.SOUTH);
        services.drills().keeper().addListener(() -> tasks.onUi(() -> statusChanged(services.sync().status())));
        frame.setMinimumSize(new Dimension(1000, 640));
        frame.setPreferredSize(new Dimension(1280, 720));
        services.sync().addListener(status -> tasks.onUi(() -> statusChanged(status)));
        new Timer(30_000, e -> statusChanged(services.sync().status())).start();
        Toolkit.getDefaultToolkit().addAWTEventListener(e -> services.idleLock().activity(),
                AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK);
        new Timer(15_000, e -> {
            if (loggedInUser != null && services.idleLock().shouldLock()) {
                lock();
            }
        }).start();
        firstScreen();
        frame.pack();
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
    }

    private void firstScreen() {
        tasks.run(() -> services.enrollment().current(), identity -> {
            if (identity.isPresent()) {
                showLogin(identity.get(), null);
            } else {
                showEnrollment();
            }
        }, e -> showEnrollment());
    }

    private void showEnrollment() {
        EnrollmentViewModel model = new EnrollmentViewModel(services.enrollment(), tasks, messages, deviceName());
        EnrollmentPanel panel = new EnrollmentPanel(model, messages, services.defaultServerUrl(),
                identity -> showLogin(identity, null));
        setContent(panel, false);
        panel.focusFirst();
        if (autoEnrollCode != null && !autoEnrollCode.isBlank()) {
            model.enroll(services.defaultServerUrl(), autoEnrollCode, identity -> showLogin(identity, null));
        }
    }

    private void showLogin(DeviceIdentity identity, String presetUser) {
        this.identity = identity;
        LoginViewModel model = new LoginViewModel(services.login(), tasks, messages, services.demoServer());
        LoginPanel panel = new LoginPanel(model, messages,
                messages.get("login.desk", identity.deskName(), identity.locationId()), presetUser, this::loggedIn);
        setContent(panel, false);
        panel.focusFirst();
        model.probeDemo(identity.locationId());
        services.sync().start();
    }

    private void loggedIn(LoginOutcome outcome) {
        loggedInUser = outcome.staff().username();
        loggedInStaff = outcome.staff();
        services.idleLock().activity();
        showMain();
        services.sync().start();
        startPackSchedule();
    }

    /** Once per run: the downtime pack follows syncs and is made every evening (ADR 0062). */
    private void startPackSchedule() {
        if (packScheduleStarted) {
            return;
        }
        packScheduleStarted = true;
        var schedule = services.paper().schedule();
        services.paper().generation().observe((done, total) -> SwingUtilities.invokeLater(() ->
                statusBar.showPack(done < total ? messages.get("pack.generating", done, total)
                        : presenter.packAge(java.util.Optional.of(java.time.Duration.ZERO)))));
        services.sync().addListener(schedule::syncStatusChanged);
        new Timer(300_000, e -> schedule.tick()).start();
        schedule.tick();
    }

    private void showMain() {
        String locationId = identity == null ? "" : identity.locationId();
        today = new TodayViewModel(services.agenda(), services.actions(), tasks,
                () -> LocalDate.now(services.clock().withZone(zone)), messages);
        TodayPanel todayPanel = new TodayPanel(today, messages, services.referenceData()::products);
        syncModel = new SyncViewModel(services.agenda(), services.store(), services.sync()::requestSync, tasks);
        BookViewModel book = new BookViewModel(services.booking(), services.referenceData(), tasks, messages);
        bookPanel = new BookPanel(book, messages, locationId);

        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("tabs");
        tabs.addTab(messages.get("tab.today"), todayPanel);
        tabs.addTab(messages.get("tab.book"), bookPanel);
        reenrollment = new ReenrollmentViewModel(services.enrollment(), services.sync()::requestSync, tasks, messages);
        tabs.addTab(messages.get("tab.sync"), new SyncPanel(syncModel, reenrollment, messages, zone));
        stopBadge();
        addSupervisorTabs(tabs, locationId);
        var paper = services.paper();
        tabs.addTab(messages.get("tab.paper"), new RekeyPanel(new RekeyViewModel(paper.lookup(), paper.rekeying(),
                paper.progress(), tasks, messages), messages, paper.folder(), () -> locationId,
                new PackPrinting(paper.generator()::packPassword,
                        () -> services.drills().packs().printed(services.clock().instant())), tasks, supervisor()));
        tabs.addChangeListener(e -> {
            if (tabs.getSelectedIndex() == 1) {
                bookPanel.fillChoices(locationId);
            }
        });
        setContent(tabs, true);
        today.reload();
        syncModel.reload();
        todayPanel.focusSearch();
    }

    private boolean supervisor() {
        return loggedInStaff != null && loggedInStaff.role().atLeast(StaffRole.SUPERVISOR) && identity != null;
    }

    /** The supervisor's locations, the desk's own first; an administrator works at the desk's location. */
    private List<String> supervisorLocations(String deskLocation) {
        List<String> locations = new ArrayList<>();
        locations.add(deskLocation);
        if (loggedInStaff.role() != StaffRole.ADMIN) {
            loggedInStaff.locationIds().stream().sorted().filter(l -> !l.equals(deskLocation))
                    .forEach(locations::add);
            if (!loggedInStaff.locationIds().contains(deskLocation) && locations.size() > 1) {
                locations.remove(0);
            }
        }
        return locations;
    }

    /**
     * Supervisors get the conflict inbox (its tab title carries the open count), the day-end report, the
     * audit trail and the open-conflict badge in the header, refreshed every minute and after a decision.
     */
    private void addSupervisorTabs(JTabbedPane tabs, String locationId) {
        if (!supervisor()) {
            return;
        }
        SupervisorServices supervisor = services.supervisor().apply(identity.serverUrl());
        List<String> locations = supervisorLocations(locationId);
        badge = new ConflictBadgeViewModel(supervisor.openConflicts(), locations, services.clock().withZone(zone),
                messages, tasks);
        ConflictInboxViewModel inbox = new ConflictInboxViewModel(supervisor.inbox(), locations, messages, tasks);
        tabs.addTab(messages.get("inbox.title"), new ConflictInboxPanel(inbox, messages, zone));
        int index = tabs.getTabCount() - 1;
        tabs.getComponentAt(index).setName("conflictInbox");
        inbox.addListener(() -> {
            if (inbox.online()) {
                inboxTitle(tabs, index, inbox.openCount());
            }
        });
        ConflictBadgeViewModel shown = badge;
        badge.addListener(() -> shown.total().filter(n -> shown.online())
                .ifPresent(n -> inboxTitle(tabs, index, n)));
        inbox.addResolvedListener(badge::refresh);
        tabs.addChangeListener(e -> {
            if (tabs.getSelectedIndex() == index) {
                inbox.reload();
            }
        });
        inbox.reload();

        DayEndReportViewModel report = new DayEndReportViewModel(supervisor.reports(), new AtomicFileWriter(),
                locations, () -> LocalDate.now(services.clock().withZone(zone)), zone, messages, tasks);
        tabs.addTab(messages.get("tab.report"), new DayEndReportPanel(report, messages, zone, exportChooser,
                id -> services.referenceData().get().flatMap(r -> r.location(id)).map(Location::name).orElse(id)));
        AuditTrailViewModel audit = new AuditTrailViewModel(supervisor.audit(), locations, zone, messages, tasks);
        tabs.addTab(messages.get("tab.audit"), new AuditTrailPanel(audit, messages, zone));
        be.antwerpen.lom.client.ui.desks.DeskLivePanel.addTab(tabs, services, identity, locations, messages, zone, tasks);

        badgeTimer = new Timer(60_000, e -> shown.refresh());
        badgeTimer.start();
        badge.refresh();
    }

    private void inboxTitle(JTabbedPane tabs, int index, int open) {
        tabs.setTitleAt(index, open == 0 ? messages.get("inbox.title") : messages.get("inbox.titleWithCount", open));
    }

    private void stopBadge() {
        if (badgeTimer != null) {
            badgeTimer.stop();
            badgeTimer = null;
        }
        badge = null;
    }

    private void setContent(JComponent next, boolean withToolbar) {
        if (content != null) {
            frame.getContentPane().remove(content);
        }
        if (toolbar != null) {
            frame.getContentPane().remove(toolbar);
            toolbar = null;
        }
        if (!withToolbar) {
            stopBadge();
        }
        if (withToolbar) {
            toolbar = toolbar();
            frame.getContentPane().add(toolbar, BorderLayout.NORTH);
        }
        content = next;
        frame.getContentPane().add(next, BorderLayout.CENTER);
        frame.setTitle(messages.get("app.title"));
        frame.revalidate();
        frame.repaint();
    }

    private JToolBar toolbar() {
        JToolBar bar = new JToolBar();
        bar.setName("toolbar");
        bar.setFloatable(false);
        bar.add(toolButton("toolbar.theme", () -> {
            boolean dark = !theme.dark();
            theme.remember(dark);
            LookAndFeelSetup.switchTo(dark);
        }));
        bar.add(toolButton("toolbar.language", this::switchLanguage));
        bar.add(javax.swing.Box.createHorizontalGlue());
        if (badge != null) {
            bar.add(new ConflictBadge(badge));
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
        presenter = new StatusBarPresenter(messages, zone);
        showMain();
        statusChanged(services.sync().status());
    }

    private void lock() {
        services.login().logout(); // the data key leaves memory (ADR 0045); the same person logs in again
        if (identity != null) {
            showLogin(identity, loggedInUser);
        }
    }

    private void logout() {
        loggedInUser = null;
        services.login().logout();
        if (identity != null) {
            showLogin(identity, null);
        }
    }

    private void statusChanged(SyncStatus status) {
        statusBar.show(presenter.present(status, services.clock().instant()));
        tasks.run(services.drills().alarm()::now, state -> alarmBanner.show(state, messages, zone), e -> { });
        if (identity != null) {
            String location = identity.locationId();
            tasks.run(() -> services.paper().folder().latest(location)
                            .map(p -> p.age(java.time.LocalDateTime.now(services.clock().withZone(zone)))),
                    age -> statusBar.showPack(presenter.packAge(age)), e -> statusBar.showPack(" "));
        }
        if (status.dataVersion() != seenDataVersion) {
            seenDataVersion = status.dataVersion();
            if (today != null) {
                today.reload();
            }
        }
        if (reenrollment != null) {
            reenrollment.statusChanged(status);
        }
        if (syncModel != null) {
            syncModel.reload();
        }
    }

    private static String deviceName() {
        String host = System.getenv().getOrDefault("HOSTNAME", System.getenv().getOrDefault("COMPUTERNAME", "desk"));
        return host.isBlank() ? "desk" : host;
    }
}
