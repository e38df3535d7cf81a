package be.antwerpen.lom.bench.client;

import static be.antwerpen.lom.bench.client.ComponentLookup.find;
import static be.antwerpen.lom.bench.client.ComponentLookup.onEdt;
import static be.antwerpen.lom.bench.client.ComponentLookup.waitFor;

import be.antwerpen.lom.client.ClientMain;
import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.shell.ClientWindow;
import be.antwerpen.lom.client.ui.shell.LanguagePreference;
import be.antwerpen.lom.client.ui.shell.LookAndFeelSetup;
import be.antwerpen.lom.client.ui.shell.ThemePreference;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import io.javalin.Javalin;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/**
 * The longest event-thread stall while the desk catches up on 10,000 commands made offline
 * (2,500 walk-ins, each called, started and served), with the Today screen open: the real server
 * in-process on SQLite, the desk's real window, store and sync engine. An EDT probe posts a task
 * every 5 ms and records how late it runs.
 *
 * <p>Usage: {@code CatchUpStallBenchMain [walkIns]}; needs a display (Xvfb is fine).
 */
public final class CatchUpStallBenchMain {

    private static final String PASSWORD = "correct horse battery";

    private CatchUpStallBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("flatlaf.uiScale", "1");
        int walkIns = args.length > 0 ? Integer.parseInt(args[0]) : 2_500;
        Path dir = Files.createTempDirectory("lom-bench-catchup");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Database db = Database.sqlite(dir.resolve("server.db"));
        ServerComponents server = new ServerComponents(db, ReferenceDataLoader.antwerpExample(), Clock.systemUTC(),
                1_000, Duration.ofHours(8));
        server.staffAdministration().create("agent.antwerpen", "Agent", StaffRole.AGENT, Set.of("antwerpen"), PASSWORD,
                true, "bench");
        server.enrollment().issue("BENCH-ANTWERPEN-1", "antwerpen", "Loket 1", Duration.ofHours(1), "bench");
        HttpSettings settings = new HttpSettings("127.0.0.1", port, Optional.empty());
        Javalin app = server.httpApi(settings).start();

        Clock clock = Clock.system(ZoneId.of("Europe/Brussels"));
        DeskServices desk = DeskAssembly.build(new ClientOptions("http://127.0.0.1:" + port, null, dir.resolve("desk"),
                null, "", "nl", Duration.ofHours(72), Duration.ZERO), clock, DeskAssembly.syncScheduler(), 1_000);
        desk.enrollment().enroll("http://127.0.0.1:" + port, "BENCH-ANTWERPEN-1", "bench");
        desk.login().login("agent.antwerpen", PASSWORD.toCharArray());
        desk.sync().syncOnce();
        app.stop();

        long made = System.nanoTime();
        Citizen citizen = new Citizen(null, "Jan", "Janssens", null, null);
        for (int i = 0; i < walkIns; i++) {
            desk.actions().registerWalkIn("EID_APPLY", citizen);
        }
        List<UUID> ids = desk.agenda().day(java.time.LocalDate.now(clock)).stream()
                .map(e -> e.appointment().id()).toList();
        for (UUID id : ids) {
            desk.actions().call(id);
            desk.actions().startService(id);
            desk.actions().markServed(id, "ok");
        }
        desk.sync().syncOnce();
        int waiting = desk.agenda().waitingCommands();
        System.out.printf("made %d commands offline in %.1f s%n", waiting, (System.nanoTime() - made) / 1e9);

        Preferences preferences = Preferences.userRoot().node("lom-bench-" + UUID.randomUUID());
        AtomicReference<JFrame> frame = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            LookAndFeelSetup.install(false);
            ClientWindow window = ClientMain.window(desk,
                    new BackgroundTasks(Executors.newFixedThreadPool(2), SwingUtilities::invokeLater),
                    new ThemePreference(preferences), new LanguagePreference(preferences),
                    ZoneId.of("Europe/Brussels"), null);
            window.show();
            frame.set(window.frame());
        });
        waitFor(frame.get(), JButton.class, "login.submit");
        SwingUtilities.invokeAndWait(() -> {
            find(frame.get(), JTextField.class, "login.username").setText("agent.antwerpen");
            find(frame.get(), JTextField.class, "login.password").setText(PASSWORD);
            find(frame.get(), JButton.class, "login.submit").doClick();
        });
        JTable table = waitFor(frame.get(), JTable.class, "today.table");
        while (onEdt(table::getRowCount) < ids.size()) {
            Thread.sleep(5);
        }

        List<Long> lateness = new ArrayList<>();
        Thread probe = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long posted = System.nanoTime();
                SwingUtilities.invokeLater(() -> {
                    long late = System.nanoTime() - posted;
                    synchronized (lateness) {
                        lateness.add(late);
                    }
                });
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "edt-probe");
        Thread.sleep(500);
        probe.start();
        long start = System.nanoTime();
        server.httpApi(settings).start();
        desk.sync().requestSync();
        while (desk.agenda().waitingCommands() > 0 || !desk.agenda().outbox().isEmpty()) {
            Thread.sleep(20);
        }
        long caughtUp = System.nanoTime();
        Thread.sleep(1_000);
        probe.interrupt();
        probe.join();
        long[] nanos;
        synchronized (lateness) {
            nanos = lateness.stream().mapToLong(Long::longValue).toArray();
        }
        Percentiles p = new Percentiles(nanos);
        System.out.printf("catch-up of %d commands: %.1f s; EDT probe lateness %s; longest EDT stall %.1f ms%n",
                waiting, (caughtUp - start) / 1e9, p.summary(), p.maxMillis());
        preferences.removeNode();
        System.exit(0);
    }
}
