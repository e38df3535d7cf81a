package be.antwerpen.lom.client;

import be.antwerpen.lom.client.auth.OfflineVerifier;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.shell.ClientWindow;
import be.antwerpen.lom.client.ui.shell.EdtViolationReporter;
import be.antwerpen.lom.client.ui.shell.LanguagePreference;
import be.antwerpen.lom.client.ui.shell.LookAndFeelSetup;
import be.antwerpen.lom.client.ui.shell.ThemePreference;
import be.antwerpen.lom.model.reference.DemoClock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;

/** The counter desk program: options and system properties first, then everything UI on the event thread. */
public final class ClientMain {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private ClientMain() {
    }

    public static void main(String[] args) {
        ClientOptions options;
        try {
            options = ClientOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("loket-op-maat: " + e.getMessage());
            System.err.println("usage: --server URL --enroll-code CODE --data-dir DIR --trust-store FILE "
                    + "--trust-store-password P --lang nl|en --offline-grace-hours H --idle-lock-minutes M");
            System.exit(2);
            return;
        }
        System.setProperty("flatlaf.useWindowDecorations", "false");
        System.setProperty("awt.useSystemAAFontSettings", "on");

        // run-demo.sh passes the demo server's clock offset (ADR 0118): on a closed day both run on the next open day.
        Duration demoOffset = Duration.ofSeconds(Long.getLong("lom.demoClockOffsetSeconds", 0L));
        Clock clock = DemoClock.shifted(Clock.system(BRUSSELS), demoOffset);
        DeskServices services = DeskAssembly.build(options, clock, DeskAssembly.syncScheduler(),
                OfflineVerifier.DEFAULT_ITERATIONS);
        ExecutorService background = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "desk-background");
            thread.setDaemon(true);
            return thread;
        });
        Preferences preferences = Preferences.userRoot().node("be/antwerpen/loket-op-maat");
        ThemePreference theme = new ThemePreference(preferences);
        LanguagePreference language = new LanguagePreference(preferences);
        if (options.language() != null) {
            language.remember(options.language());
        }
        SwingUtilities.invokeLater(() -> {
            EdtViolationReporter.installIfRequested();
            LookAndFeelSetup.install(theme.dark());
            ClientWindow window = new ClientWindow(services, new BackgroundTasks(background,
                    SwingUtilities::invokeLater), theme, language, BRUSSELS, options.enrollCode());
            if (!demoOffset.isZero()) {
                window.showDemoDate(LocalDate.now(clock));
            }
            window.show();
        });
    }
}
