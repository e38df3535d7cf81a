package be.antwerpen.lom.client.testing;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class that drives the real window ({@code @ExtendWith(SwingFlow.class)}): it needs a display (Xvfb
 * in CI; without one the class is skipped), runs at scale 1, and any Swing access off the event thread fails it.
 * The repaint manager that checks this is global, so it is taken away again after the class: later test classes
 * in the same JVM build Swing components off the event thread on purpose.
 */
public final class SwingFlow implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the Swing flows run under Xvfb in CI");
        System.setProperty("flatlaf.uiScale", "1");
        FailOnThreadViolationRepaintManager.install();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        FailOnThreadViolationRepaintManager.uninstall();
    }
}
