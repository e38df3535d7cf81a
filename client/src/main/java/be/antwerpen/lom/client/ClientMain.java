package be.antwerpen.lom.client;

import be.antwerpen.lom.client.auth.OfflineVerifier;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.config.DeskCommandLine;
import be.antwerpen.lom.client.store.DataFolderInUseException;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.DeskTab;
import be.antwerpen.lom.client.ui.audit.AuditTrailTab;
import be.antwerpen.lom.client.ui.book.BookTab;
import be.antwerpen.lom.client.ui.desks.DeskLiveTab;
import be.antwerpen.lom.client.ui.drill.AlarmBannerUpdates;
import be.antwerpen.lom.client.ui.rekey.PaperTab;
import be.antwerpen.lom.client.ui.capacity.SeatCapacityTab;
import be.antwerpen.lom.client.ui.report.DayEndReportTab;
import be.antwerpen.lom.client.ui.shell.AlreadyRunningNotice;
import be.antwerpen.lom.client.ui.shell.ClientWindow;
import be.antwerpen.lom.client.ui.shell.DeskScreens;
import be.antwerpen.lom.client.ui.shell.EdtViolationReporter;
import be.antwerpen.lom.client.ui.shell.LanguagePreference;
import be.antwerpen.lom.client.ui.shell.LookAndFeelSetup;
import be.antwerpen.lom.client.ui.shell.ShellServices;
import be.antwerpen.lom.client.ui.shell.ThemePreference;
import be.antwerpen.lom.client.ui.status.StatusBarUpdates;
import be.antwerpen.lom.client.ui.supervisor.ConflictInboxTab;
import be.antwerpen.lom.client.ui.sync.SyncTab;
import be.antwerpen.lom.client.ui.today.TodayTab;
import be.antwerpen.lom.model.reference.DemoClock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;

/**
 * The counter desk program and its one composition root: options and system properties first, the
 * services below the UI ({@link DeskAssembly}), then the window with its screens and tabs on the event thread.
 */
public final class ClientMain {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** How often the desk checks whether the evening pack is due. */
    private static final Duration PACK_CHECK = Duration.ofMinutes(5);
    /** Exit status when another desk program already works on the data folder. */
    static final int ALREADY_RUNNING = 3;

    private ClientMain() {
    }

    public static void main(String[] args) {
        if (DeskCommandLine.helpRequested(args)) {
            System.out.print(DeskCommandLine.usage(false));
            return;
        }
        ClientOptions options;
        try {
            options = ClientOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("loket-op-maat: " + e.getMessage() + " (--help lists the options)");
            System.exit(DeskCommandLine.BAD_USAGE);
            return;
        }
        System.setProperty("flatlaf.useWindowDecorations", "false");
        System.setProperty("awt.useSystemAAFontSettings", "on");

        Preferences preferences = Preferences.userRoot().node("be/antwerpen/loket-op-maat");
        ThemePreference theme = new ThemePreference(preferences);
        LanguagePreference language = new LanguagePreference(preferences);
        if (options.language() != null) {
            language.remember(options.language());
        }
        // The look and feel is set up on the event thread while this thread opens the store and wires the
        // desk: the two largest parts of the start run side by side (issue 16). The window follows on the
        // event thread, after both.
        SwingUtilities.invokeLater(() -> {
            EdtViolationReporter.installIfRequested();
            LookAndFeelSetup.install(theme.dark());
        });

        // run-demo.sh passes the demo server's clock offset (ADR 0118): on a closed day both run on the next open day.
        Duration demoOffset = Duration.ofSeconds(Long.getLong("lom.demoClockOffsetSeconds", 0L));
        Clock clock = DemoClock.shifted(Clock.system(BRUSSELS), demoOffset);
        DeskServices services;
        try {
            services = DeskAssembly.build(options, clock, DeskAssembly.syncScheduler(),
                    OfflineVerifier.DEFAULT_ITERATIONS);
        } catch (DataFolderInUseException e) {
            System.err.println("loket-op-maat: " + e.getMessage());
            AlreadyRunningNotice.show(Messages.forLanguage(language.language()));
            System.exit(ALREADY_RUNNING);
            return;
        }
        ExecutorService background = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "desk-background");
            thread.setDaemon(true);
            return thread;
        });
        SwingUtilities.invokeLater(() -> {
            ClientWindow window = window(services, new BackgroundTasks(background, SwingUtilities::invokeLater), theme,
                    language, BRUSSELS, options.enrollCode());
            if (!demoOffset.isZero()) {
                window.showDemoDate(LocalDate.now(clock));
            }
            window.show();
        });
    }

    /**
     * The desk's window over {@code services}, with the main screen's tabs in their order; also used by the
     * UI flow tests and benchmarks so they run the same wiring. To add a tab, write its {@link DeskTab} class
     * in its feature's package and list it here.
     */
    public static ClientWindow window(DeskServices services, BackgroundTasks tasks, ThemePreference theme,
                                      LanguagePreference language, ZoneId zone, String autoEnrollCode) {
        List<DeskTab> tabs = List.of(
                new TodayTab(services.agenda(), services.actions(), services.referenceData(), services.changes(),
                        services.clock()),
                new BookTab(services.booking(), services.referenceData()),
                new SyncTab(services.agenda(), services.store(), services.referenceData(), services.enrollment(),
                        services.changes(), services.sync()::requestSync),
                new ConflictInboxTab(services.supervisor(), services.referenceData(), services.clock()),
                new DayEndReportTab(services.supervisor(), services.referenceData(), services.clock()),
                new SeatCapacityTab(services.supervisor(), services.referenceData(), services.clock()),
                new AuditTrailTab(services.supervisor()),
                new DeskLiveTab(services.drills(), services.referenceData(), services.clock()),
                new PaperTab(services.paper(), () -> services.drills().packs().printed(services.clock().instant())));
        DeskScreens screens = new DeskScreens(services.enrollment(), services.login(), services.demoServer(),
                services.defaultServerUrl(), tasks, zone, tabs,
                id -> services.referenceData().get().flatMap(r -> r.location(id)).map(l -> l.name()));
        StatusBarUpdates statusBars = new StatusBarUpdates(services.changes(), services.paper().folder(),
                services.paper().generation(), tasks, services.clock(), zone);
        ShellServices shell = new ShellServices(services.enrollment(), services.login(), services.session(),
                services.idleLock(), services.sync(), statusBars,
                () -> services.paper().schedule().start(services.changes(), PACK_CHECK),
                new AlarmBannerUpdates(services.drills().alarm(), services.drills().keeper(), services.changes(), tasks,
                        zone));
        return new ClientWindow(screens, shell, tasks, theme, language, autoEnrollCode);
    }
}
