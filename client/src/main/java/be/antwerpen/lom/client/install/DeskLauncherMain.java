package be.antwerpen.lom.client.install;

import be.antwerpen.lom.client.ClientMain;
import be.antwerpen.lom.client.config.DeskCommandLine;
import java.nio.file.Path;

/**
 * Main class of the packaged launcher (jpackage {@code --main-class}). Loads the {@link DeskConfiguration}
 * (command line over the file next to the installation over the system file over defaults), points the
 * log files at {@code <data dir>/logs} before anything logs, then either runs the {@link SmokeCheck}
 * ({@code --smoke}) and exits, or starts {@link ClientMain} with the merged settings as its options. The install
 * script's {@code --make-start-archive} runs the {@link StartArchiveTraining} instead (no settings read).
 */
public final class DeskLauncherMain {

    /** System property {@link DeskLogConfiguration} reads for the log folder (set: the file log, else the console). */
    public static final String LOG_DIR_PROPERTY = "loket.log.dir";
    /** System property {@link DeskLogConfiguration} reads for the level ({@code log.level} setting). */
    public static final String LOG_LEVEL_PROPERTY = "loket.log.level";

    private DeskLauncherMain() {
    }

    public static void main(String[] args) {
        if (DeskCommandLine.helpRequested(args)) {
            System.out.print(DeskCommandLine.usage(true));
            return;
        }
        if (StartArchiveTraining.requested(args)) {
            // the package's install script, writing the class-data archive at exit (ADR 0133); quiet logs
            System.setProperty(LOG_LEVEL_PROPERTY, "WARN");
            System.exit(StartArchiveTraining.run(System.out, System.err));
            return;
        }
        boolean smoke = SmokeCheck.requested(args);
        DeskConfiguration config;
        try {
            config = DeskConfiguration.load(args);
        } catch (DeskConfigurationException e) {
            System.err.println((smoke ? SmokeCheck.FAILED : "loket-op-maat: ") + e.getMessage());
            if (!smoke) {
                StartupErrorNotice.show("Loket op Maat", "Loket op Maat kan niet starten: de instellingen kloppen niet. "
                        + "Meld dit aan de ICT-dienst.\n\nThe desk settings are wrong:\n" + e.getMessage());
            }
            System.exit(smoke ? 1 : DeskCommandLine.BAD_USAGE);
            return;
        }
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            Path logs = config.dataDir().resolve("logs");
            if (!PrivateLogFolder.prepare(logs)) {
                System.err.println("loket-op-maat: could not make the log folder " + logs + " private to this user;"
                        + " its files may be readable by other local accounts");
            }
            System.setProperty(LOG_DIR_PROPERTY, logs.toString());
        }
        if (System.getProperty(LOG_LEVEL_PROPERTY) == null) {
            System.setProperty(LOG_LEVEL_PROPERTY, config.logLevel());
        }
        if (smoke) {
            System.exit(SmokeCheck.run(config, System.out, System.err));
            return;
        }
        X11WindowClass.apply(X11WindowClass.NAME);
        ClientMain.main(config.clientArguments());
    }
}
