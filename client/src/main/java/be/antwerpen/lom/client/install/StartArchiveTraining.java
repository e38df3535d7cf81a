package be.antwerpen.lom.client.install;

import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.auth.OfflineVerifier;
import be.antwerpen.lom.client.auth.StaffSecrets;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.ui.shell.LookAndFeelSetup;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The training run behind the installed desk's class-data archive ({@code --make-start-archive}, ADR 0133): the
 * package's install script runs the launcher with {@code -XX:ArchiveClassesAtExit} and this mode, and the JVM
 * writes every class it loaded into the archive when this returns. Without a display and without a user it does
 * what a start does below the window: the desk's wiring on a new data folder (logging, JSON, the store, the
 * cipher library, the HTTP client's wiring), one offline key derivation, the look and feel; then it loads, without
 * running them, the classes a real start loaded up to a usable Today ({@value #START_CLASSES}, recorded from the
 * start benchmark; a class no longer there is skipped) and those of the screens and of the layout and
 * look-and-feel libraries, which a start then finds in the archive. Nothing personal is touched: the folder is
 * new, empty and deleted again.
 */
final class StartArchiveTraining {

    static final String OPTION = "--make-start-archive";
    /** The recorded class list, next to this class in the jar. */
    static final String START_CLASSES = "start-classes.txt";
    /** The jar's own classes a start of the window needs, loaded without running them. */
    private static final List<String> WINDOW_CLASSES = List.of("be/antwerpen/lom/", "com/formdev/flatlaf/",
            "net/miginfocom/");

    private StartArchiveTraining() {
    }

    static boolean requested(String[] args) {
        return args.length == 1 && OPTION.equals(args[0]);
    }

    /** @return the exit status: 0 when the run went through (the archive is then written at exit). */
    static int run(PrintStream out, PrintStream err) {
        System.setProperty("java.awt.headless", "true");
        Path folder = null;
        try {
            folder = Files.createTempDirectory("loket-start-archive");
            deskWiring(folder);
            LookAndFeelSetup.install(false);
            int recorded = loadRecordedStartClasses();
            int window = loadWindowClasses();
            out.println("loket-op-maat: start archive training done (" + recorded + " recorded start classes and "
                    + window + " classes of the window loaded)");
            return 0;
        } catch (Exception | LinkageError e) {
            err.println("loket-op-maat: start archive training failed: " + e);
            return 1;
        } finally {
            delete(folder);
        }
    }

    private static void deskWiring(Path folder) throws InterruptedException {
        ClientOptions options = new ClientOptions("http://127.0.0.1:9", null, folder, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO);
        ScheduledExecutorService scheduler = DeskAssembly.syncScheduler();
        DeskServices services = DeskAssembly.build(options, Clock.systemUTC(), scheduler,
                OfflineVerifier.DEFAULT_ITERATIONS);
        try {
            OfflineVerifier kdf = new OfflineVerifier(1_000, new SecureRandom());
            try (StaffSecrets secrets = kdf.secrets("training".toCharArray(), kdf.newSalt(), 1_000)) {
                secrets.verifier();
            }
        } finally {
            services.sync().stop();
            scheduler.shutdownNow();
            scheduler.awaitTermination(30, TimeUnit.SECONDS);
            services.store().close();
        }
    }

    /** @return how many of the recorded classes loaded; the others are gone from this version. */
    static int loadRecordedStartClasses() throws IOException {
        List<String> names;
        try (var in = StartArchiveTraining.class.getResourceAsStream(START_CLASSES)) {
            if (in == null) {
                return 0;
            }
            names = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
        return load(names);
    }

    private static int load(List<String> names) {
        ClassLoader loader = StartArchiveTraining.class.getClassLoader();
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // gone from this version, for another platform, or an optional library's: a start does not need it
            }
        }
        return loaded;
    }

    private static int loadWindowClasses() throws IOException, URISyntaxException {
        Path jar = Path.of(StartArchiveTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(jar)) {
            return 0;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return load(file.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && !n.contains("module-info"))
                    .filter(n -> WINDOW_CLASSES.stream().anyMatch(n::startsWith))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .toList());
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the system cleans it
        }
    }
}
