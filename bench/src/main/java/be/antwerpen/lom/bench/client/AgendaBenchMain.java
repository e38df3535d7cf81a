package be.antwerpen.lom.bench.client;

import static be.antwerpen.lom.bench.client.ComponentLookup.find;
import static be.antwerpen.lom.bench.client.ComponentLookup.onEdt;
import static be.antwerpen.lom.bench.client.ComponentLookup.waitFor;

import be.antwerpen.lom.bench.measure.JitPlan;
import be.antwerpen.lom.client.ClientMain;
import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.auth.OfflineVerifier;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.auth.DeskDataKeyRelease;
import be.antwerpen.lom.client.auth.StaffKeyring;
import be.antwerpen.lom.client.auth.StaffSecrets;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.PersonalDataLock;
import be.antwerpen.lom.client.store.PersonalDataVault;
import be.antwerpen.lom.client.store.StaffVerifier;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.shell.ClientWindow;
import be.antwerpen.lom.client.ui.shell.LanguagePreference;
import be.antwerpen.lom.client.ui.shell.LookAndFeelSetup;
import be.antwerpen.lom.client.ui.shell.ThemePreference;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.ProtocolJson;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;

/**
 * Startup to a usable agenda of 600 appointments (store open, window, offline login with the
 * production KDF, agenda loaded and painted) and filter keystroke to repaint in the Today screen.
 * Needs a display (Xvfb is fine). {@code -Dlom.bench.rows=2500} seeds that many appointments on the day
 * instead; {@code -Dlom.bench.kdf=600000} sets the PBKDF2 iterations of the offline login (default: the
 * desk's default).
 *
 * <p>First, start to usable agenda from launch: the desk in a fresh JVM, as the product starts it, on the
 * seeded folder ({@link #fromLaunch}); then the older in-process figures, whose clock starts after the seeding
 * in this JVM (class loading and JVM start not counted); {@code -Dlom.bench.inprocess=false} skips those.
 */
public final class AgendaBenchMain {

    private static final String[] GIVEN = {"An", "Jan", "Mia", "Lotte", "Tom", "Yasmina", "Mohamed", "Els", "Pieter",
            "Sofie", "Noah", "Emma", "Ilias", "Lars", "Fatima"};
    private static final String[] FAMILY = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes",
            "Goossens", "Wouters", "De Smet", "El Amrani", "Dubois", "Van Damme", "Nowak", "Yilmaz"};

    private static final int ROWS = Integer.getInteger("lom.bench.rows", 600);
    private static final int KDF = Integer.getInteger("lom.bench.kdf", OfflineVerifier.DEFAULT_ITERATIONS);

    private AgendaBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("flatlaf.uiScale", "1");
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("lom-bench-agenda");
        Clock clock = Clock.system(ZoneId.of("Europe/Brussels"));
        seed(dir, clock);
        fromLaunch(dir);
        if (!Boolean.parseBoolean(System.getProperty("lom.bench.inprocess", "true"))) {
            System.exit(0);
        }

        long t0 = System.nanoTime();
        ClientOptions options = new ClientOptions("http://127.0.0.1:9", null, dir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO);
        DeskServices services = DeskAssembly.build(options, clock, DeskAssembly.syncScheduler(),
                KDF);
        Preferences preferences = Preferences.userRoot().node("lom-bench-" + UUID.randomUUID());
        AtomicReference<JFrame> frame = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            LookAndFeelSetup.install(false);
            ClientWindow window = ClientMain.window(services,
                    new BackgroundTasks(Executors.newFixedThreadPool(2), SwingUtilities::invokeLater),
                    new ThemePreference(preferences), new LanguagePreference(preferences),
                    ZoneId.of("Europe/Brussels"), null);
            window.show();
            frame.set(window.frame());
        });
        waitFor(frame.get(), JButton.class, "login.submit");
        long shown = System.nanoTime();
        SwingUtilities.invokeAndWait(() -> {
            find(frame.get(), JTextField.class, "login.username").setText("agent.antwerpen");
            find(frame.get(), JTextField.class, "login.password").setText("demo");
            find(frame.get(), JButton.class, "login.submit").doClick();
        });
        JTable table = waitFor(frame.get(), JTable.class, "today.table");
        while (onEdt(() -> table.getRowCount()) < ROWS) {
            Thread.sleep(2);
        }
        SwingUtilities.invokeAndWait(() -> table.paintImmediately(table.getVisibleRect()));
        long usable = System.nanoTime();
        long jvmToMain = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf("in process, after seeding in the same JVM (flattering): window shown after %.0f ms;"
                        + " agenda of " + ROWS + " usable after %.0f ms (incl. offline login with %d PBKDF2"
                        + " iterations); JVM uptime at that point %d ms%n",
                (shown - t0) / 1e6, (usable - t0) / 1e6, KDF, jvmToMain);

        System.out.println("in-process desk: " + JitPlan.ofThisJvm());
        JTextField search = onEdt(() -> find(frame.get(), JTextField.class, "today.search"));
        String typed = "peeters";
        int warmupRounds = 10;
        int rounds = 40;
        long[] nanos = new long[rounds * typed.length() * 2];
        int n = 0;
        for (int r = -warmupRounds; r < rounds; r++) {
            for (int i = 0; i < typed.length() * 2; i++) {
                long took = i < typed.length() ? keystroke(search, table, typed.charAt(i), false)
                        : keystroke(search, table, ' ', true);
                if (r >= 0) {
                    nanos[n++] = took;
                }
            }
        }
        System.out.println("filter keystroke to repaint (" + ROWS + " appointments): "
                + new Percentiles(nanos).summary());

        // The Today screen's load: the day's rows read and their sealed citizens opened (ADR 0045).
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 10; i++) {
            services.agenda().day(today);
        }
        long[] loads = new long[50];
        for (int i = 0; i < loads.length; i++) {
            long start = System.nanoTime();
            services.agenda().day(today);
            loads[i] = System.nanoTime() - start;
        }
        System.out.println("Today load, " + ROWS + " sealed appointments read and opened: "
                + new Percentiles(loads).summary());
        preferences.removeNode();
        services.sync().stop();
        System.exit(0);
    }

    /**
     * Start to usable agenda, honestly: the desk in a fresh JVM from its fat jar ({@link DeskLaunch}), timed from
     * the launch of the process. {@code -Dlom.bench.launches=3} launches; {@code -Dlom.bench.child.jvm="OPTIONS"}
     * JVM options of every child. A/B runs, each launch without followed by one with: {@code
     * -Dlom.bench.appcds=true} (as {@code run-demo.sh} does: one first launch writes an AppCDS archive of the desk's
     * classes with {@code -XX:ArchiveClassesAtExit}, the B launches use it with {@code -XX:SharedArchiveFile}),
     * {@code -Dlom.bench.appcds=install} (as the installed desk does: the archive written by the launcher's training
     * mode, used on top of the runtime's own archive), {@code -Dlom.bench.appcds=both} (the two), and
     * {@code -Dlom.bench.child.jvm.b="OPTIONS"} (B launches add these options) and {@code -Dlom.bench.desk.jar.b=FILE}
     * (B launches run that desk jar, e.g. the build before a change).
     */
    private static void fromLaunch(Path dir) throws Exception {
        int launches = Integer.getInteger("lom.bench.launches", 3);
        List<String> jvm = options(System.getProperty("lom.bench.child.jvm", ""));
        Path work = Files.createTempDirectory("lom-bench-launch");
        DeskLaunch desk = DeskLaunch.on(dir, work);
        Map<String, Variant> variants = new LinkedHashMap<>();
        variants.put("as given", new Variant(desk, jvm));
        String appcds = System.getProperty("lom.bench.appcds", "false");
        if (appcds.equals("true") || appcds.equals("both")) {
            // As run-demo.sh does (ADR 0133): the first run of this jar writes the archive when the desk exits,
            // the later runs use it.
            Path archive = work.resolve("desk.jsa");
            DeskLaunch.Figures training = desk.launch(plus(jvm, List.of("-XX:ArchiveClassesAtExit=" + archive)), ROWS,
                    "training");
            System.out.printf("AppCDS: first run writes %s as run-demo.sh's first run does (agenda usable after"
                    + " %.0f ms), the B launches use it%n", archive, training.usableMs());
            variants.put("with AppCDS", new Variant(desk, plus(jvm, List.of("-XX:SharedArchiveFile=" + archive))));
        }
        if (appcds.equals("install") || appcds.equals("both")) {
            Path base = Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa");
            Path archive = work.resolve("desk-installed.jsa");
            desk.trainAsInstalled(jvm, base, archive);
            System.out.printf("AppCDS: %s written as the installed desk's install script writes it (training mode,"
                    + " %d MB), the B launches use it over the runtime's own archive as the installed launcher does%n",
                    archive, Files.size(archive) >> 20);
            variants.put("with the install-time AppCDS", new Variant(desk,
                    plus(jvm, List.of("-XX:SharedArchiveFile=" + base + java.io.File.pathSeparator + archive))));
        }
        List<String> b = options(System.getProperty("lom.bench.child.jvm.b", ""));
        if (!b.isEmpty()) {
            variants.put("with " + b, new Variant(desk, plus(jvm, b)));
        }
        String jarB = System.getProperty("lom.bench.desk.jar.b", "").strip();
        if (!jarB.isEmpty()) {
            Path workB = Files.createDirectories(work.resolve("b"));
            variants.put("jar B " + Path.of(jarB).getFileName(),
                    new Variant(DeskLaunch.on(dir, workB, Path.of(jarB).toAbsolutePath()), jvm));
        }
        Map<String, List<DeskLaunch.Figures>> figures = new LinkedHashMap<>();
        for (int i = 1; i <= launches; i++) {
            int v = 0;
            for (Map.Entry<String, Variant> variant : variants.entrySet()) {
                DeskLaunch.Figures f = variant.getValue().desk().launch(variant.getValue().options(), ROWS,
                        "v" + v++ + "-" + i);
                figures.computeIfAbsent(variant.getKey(), k -> new ArrayList<>()).add(f);
                System.out.printf("from launch #%d %s%s: login screen after %.0f ms; agenda of %d usable after %.0f ms"
                        + " (child JVM uptime then %d ms, its CPU time %d ms)%n", i, variant.getKey(),
                        jvm.isEmpty() ? "" : " " + jvm, f.loginShownMs(), ROWS, f.usableMs(), f.childUptimeMs(),
                        f.childCpuMs());
            }
        }
        for (Map.Entry<String, List<DeskLaunch.Figures>> variant : figures.entrySet()) {
            List<DeskLaunch.Figures> runs = variant.getValue();
            System.out.printf("start to usable agenda of %d from launch (fresh JVM, the desk's jar, offline login with"
                    + " %d PBKDF2 iterations), %s: median %.0f ms of %d launches (goal < 2000 ms); child CPU median"
                    + " %.0f ms%n", ROWS, KDF, variant.getKey(), median(runs.stream().map(f -> f.usableMs()).toList()),
                    runs.size(), median(runs.stream().map(f -> (double) f.childCpuMs()).toList()));
        }
    }

    /** One kind of launch in an A/B run: which jar, with which JVM options. */
    private record Variant(DeskLaunch desk, List<String> options) {
    }

    private static List<String> options(String given) {
        return given.isBlank() ? List.of() : List.of(given.strip().split("\\s+"));
    }

    private static List<String> plus(List<String> options, List<String> more) {
        List<String> all = new ArrayList<>(options);
        all.addAll(more);
        return all;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long keystroke(JTextField search, JTable table, char c, boolean backspace) throws Exception {
        long[] elapsed = new long[1];
        SwingUtilities.invokeAndWait(() -> {
            long start = System.nanoTime();
            Document document = search.getDocument();
            try {
                if (backspace) {
                    document.remove(document.getLength() - 1, 1);
                } else {
                    document.insertString(document.getLength(), String.valueOf(c), null);
                }
            } catch (BadLocationException e) {
                throw new IllegalStateException(e);
            }
            search.getRootPane().paintImmediately(search.getRootPane().getBounds());
            elapsed[0] = System.nanoTime() - start;
        });
        return elapsed[0];
    }

    private static void seed(Path dir, Clock clock) throws Exception {
        LocalDate today = LocalDate.now(clock);
        OfflineVerifier kdf = new OfflineVerifier(KDF, new SecureRandom());
        byte[] salt = kdf.newSalt();
        var json = ProtocolJson.newMapper();
        String staff = json.writeValueAsString(new StaffMember("agent.antwerpen", "Agent", StaffRole.AGENT,
                Set.of("antwerpen")));
        try (LocalStore store = LocalStore.open(dir, json);
             StaffSecrets secrets = kdf.secrets("demo".toCharArray(), salt, KDF)) {
            // As the first online login of agent.antwerpen would leave it: a data key wrapped for them (ADR 0045).
            byte[] key = PersonalDataVault.newKey();
            new PersonalDataLock(store).create(key, clock.instant());
            new StaffKeyring(store.database(), store.wrappedSecrets(), new SecureRandom())
                    .put("agent.antwerpen", DeskDataKeyRelease.PURPOSE, key, secrets.wrappingKey());
            store.database().inTransaction(c -> {
                store.syncState().saveIdentity(c, new DeviceIdentity("http://127.0.0.1:9", "dev", "s", "antwerpen",
                        "Loket 1"));
                store.syncState().snapshotApplied(c, 0, clock.instant());
                store.referenceData().save(c, ReferenceDataLoader.antwerpExample(), clock.instant());
                for (int i = 0; i < ROWS; i++) {
                    var start = today.atTime(8, 30).plusMinutes((i * 60L / ROWS) * 10L);
                    Citizen citizen = new Citizen(null, GIVEN[i % GIVEN.length], FAMILY[(i / 3) % FAMILY.length],
                            null, null);
                    store.appointments().upsert(c, new Appointment(UUID.randomUUID(), String.format("B%02d-%03d", i / 100, i),
                            "antwerpen", "EID_APPLY", start, start.plusMinutes(10), citizen, AppointmentStatus.BOOKED,
                            AppointmentOrigin.ONLINE, false, 1));
                }
                store.verifiers().save(c, new StaffVerifier("agent.antwerpen", salt, secrets.verifier(),
                        KDF, staff, clock.instant(), StaffVerifier.SCHEME_DERIVED));
                return null;
            });
        }
    }
}
