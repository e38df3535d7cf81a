package be.antwerpen.lom.client;

import be.antwerpen.lom.client.auth.OfflineVerifier;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.config.DeskCommandLine;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.shell.ClientWindow;
import be.antwerpen.lom.client.ui.shell.EdtViolationReporter;
import be.antwerpen.lom.client.ui.shell.LanguagePreference;
import be.antwerpen.lom.client.ui.shell.LookAndFeelSetup;
import be.antwerpen.lom.client.ui.shell.ThemePreference;
import java.time.Clock;
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

        DeskServices services = DeskAssembly.build(options, Clock.system(BRUSSELS), DeskAssembly.syncScheduler(),
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
            new ClientWindow(services, new BackgroundTasks(background, SwingUtilities::invokeLater), theme, language,
                    BRUSSELS, options.enrollCode()).show();
        });
    }
}
