package be.antwerpen.lom.bench.client;

import static be.antwerpen.lom.bench.client.ComponentLookup.find;
import static be.antwerpen.lom.bench.client.ComponentLookup.onEdt;
import static be.antwerpen.lom.bench.client.ComponentLookup.waitFor;

import be.antwerpen.lom.client.ClientMain;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.shell.ClientWindow;
import be.antwerpen.lom.client.ui.shell.LanguagePreference;
import be.antwerpen.lom.client.ui.shell.LookAndFeelSetup;
import be.antwerpen.lom.client.ui.shell.ThemePreference;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 * The desk's real window for a catch-up benchmark: opened and logged in through its login screen (offline,
 * the server is away), showing Today with every appointment of the day; an event-thread probe posts a task
 * every 5 ms and records how late it runs, from just before the server returns until {@link #finish}.
 */
final class OpenWindow {

    private final JFrame frame;
    private final Preferences preferences;
    private final List<Long> lateness = new ArrayList<>();
    private final Thread probe;

    private OpenWindow(JFrame frame, Preferences preferences) {
        this.frame = frame;
        this.preferences = preferences;
        this.probe = new Thread(this::probe, "edt-probe");
    }

    static OpenWindow open(DeskServices desk, String password, int rows) throws Exception {
        System.setProperty("flatlaf.uiScale", "1");
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
            find(frame.get(), JTextField.class, "login.password").setText(password);
            find(frame.get(), JButton.class, "login.submit").doClick();
        });
        JTable table = waitFor(frame.get(), JTable.class, "today.table");
        while (onEdt(table::getRowCount) < rows) {
            Thread.sleep(5);
        }
        OpenWindow open = new OpenWindow(frame.get(), preferences);
        Thread.sleep(500);
        open.probe.start();
        return open;
    }

    private void probe() {
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
    }

    /** Stops the probe (after a second more, so the last reload is painted) and says what it saw. */
    String finish(int rows) throws Exception {
        Thread.sleep(1_000);
        probe.interrupt();
        probe.join();
        long[] nanos;
        synchronized (lateness) {
            nanos = lateness.stream().mapToLong(Long::longValue).toArray();
        }
        JTable table = find(frame, JTable.class, "today.table");
        int shown = onEdt(table::getRowCount);
        Percentiles p = new Percentiles(nanos);
        preferences.removeNode();
        return String.format("window open: Today shows %d of %d rows; EDT probe lateness %s; longest EDT stall %.1f ms"
                + " (goal < 50 ms)", shown, rows, p.summary(), p.maxMillis());
    }
}
