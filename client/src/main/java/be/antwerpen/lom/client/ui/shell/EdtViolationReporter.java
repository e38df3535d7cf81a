package be.antwerpen.lom.client.ui.shell;

import javax.swing.JComponent;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development switch ({@code -Dlom.checkEdt=true}): a repaint manager that logs every component
 * repaint or revalidation requested off the event thread, with the stack that did it.
 */
public final class EdtViolationReporter extends RepaintManager {

    private static final Logger LOG = LoggerFactory.getLogger(EdtViolationReporter.class);

    public static void installIfRequested() {
        if (Boolean.getBoolean("lom.checkEdt")) {
            RepaintManager.setCurrentManager(new EdtViolationReporter());
        }
    }

    @Override
    public synchronized void addInvalidComponent(JComponent component) {
        check(component);
        super.addInvalidComponent(component);
    }

    @Override
    public void addDirtyRegion(JComponent component, int x, int y, int w, int h) {
        check(component);
        super.addDirtyRegion(component, x, y, w, h);
    }

    private static void check(JComponent component) {
        if (!SwingUtilities.isEventDispatchThread() && component.isShowing()) {
            LOG.warn("Swing component {} touched off the event thread", component.getClass().getName(),
                    new IllegalStateException("off-EDT access"));
        }
    }
}
