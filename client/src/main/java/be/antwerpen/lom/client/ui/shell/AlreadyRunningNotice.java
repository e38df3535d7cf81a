package be.antwerpen.lom.client.ui.shell;

import be.antwerpen.lom.client.ui.Messages;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * Tells the person who started the desk a second time on the same computer that it is already open: the second
 * start stops (the data folder is in use), and someone who started it from the menu reads no standard error.
 */
public final class AlreadyRunningNotice {

    private AlreadyRunningNotice() {
    }

    /** Shows the notice and returns when it is closed (at once without a display). */
    public static void show(Messages messages) {
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        try {
            SwingUtilities.invokeAndWait(() -> JOptionPane.showMessageDialog(null,
                    messages.get("startup.alreadyRunning.message"), messages.get("startup.alreadyRunning.title"),
                    JOptionPane.INFORMATION_MESSAGE));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            // the notice could not be shown; the message is on standard error
        }
    }
}
