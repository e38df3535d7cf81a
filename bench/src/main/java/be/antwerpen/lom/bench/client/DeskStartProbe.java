package be.antwerpen.lom.bench.client;

import static be.antwerpen.lom.bench.client.ComponentLookup.find;
import static be.antwerpen.lom.bench.client.ComponentLookup.onEdt;
import static be.antwerpen.lom.bench.client.ComponentLookup.waitFor;

import be.antwerpen.lom.client.ClientMain;
import java.awt.Frame;
import java.lang.management.ManagementFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

/**
 * The child side of {@link DeskLaunch}: starts the desk through its real entry point ({@link ClientMain#main}
 * with the given options), then acts as the user would: as soon as the login screen shows it logs in
 * (offline: the seeded desk's server does not answer) and waits until Today shows all rows, painted. It says
 * each step on standard output as a line starting with {@code PROBE } for the parent, which keeps the clock,
 * and exits. Only this class and {@link ComponentLookup} are loaded from the bench (a small jar).
 */
public final class DeskStartProbe {

    private DeskStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("lom.bench.rows", 2_500);
        String user = System.getProperty("lom.bench.user", "agent.antwerpen");
        String password = System.getProperty("lom.bench.password", "demo");
        ClientMain.main(args);

        JFrame frame = waitForFrame();
        waitFor(frame, JButton.class, "login.submit");
        System.out.println("PROBE login-shown");
        SwingUtilities.invokeAndWait(() -> {
            find(frame, JTextField.class, "login.username").setText(user);
            find(frame, JTextField.class, "login.password").setText(password);
            find(frame, JButton.class, "login.submit").doClick();
        });
        JTable table = waitFor(frame, JTable.class, "today.table");
        while (onEdt(table::getRowCount) < rows) {
            Thread.sleep(2);
        }
        SwingUtilities.invokeAndWait(() -> table.paintImmediately(table.getVisibleRect()));
        System.out.println("PROBE usable");
        System.out.println("PROBE uptime " + ManagementFactory.getRuntimeMXBean().getUptime());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            System.out.println("PROBE cpu " + os.getProcessCpuTime() / 1_000_000);
        }
        System.out.flush();
        System.exit(0);
    }

    private static JFrame waitForFrame() throws Exception {
        for (int i = 0; i < 30_000; i++) {
            JFrame shown = onEdt(() -> {
                for (Frame f : Frame.getFrames()) {
                    if (f instanceof JFrame j && j.isShowing()) {
                        return j;
                    }
                }
                return null;
            });
            if (shown != null) {
                return shown;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("the desk's window did not show");
    }
}
