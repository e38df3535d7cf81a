package be.antwerpen.lom.client.ui;

import be.antwerpen.lom.client.change.Subscription;
import java.awt.event.HierarchyEvent;
import java.time.Duration;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.Timer;

/**
 * Ties a subscription or a timer to a component's life on screen: started when the component becomes
 * displayable (added to the window), stopped when it is removed. A screen that is replaced therefore
 * stops listening and ticking by itself (ADR 0105).
 */
public final class WhileShown {

    private WhileShown() {
    }

    /** Opens {@code subscribe} while {@code component} is on the window and closes it when it leaves. */
    public static void follow(JComponent component, Supplier<Subscription> subscribe) {
        Subscription[] current = new Subscription[1];
        Runnable start = () -> {
            if (current[0] == null) {
                current[0] = subscribe.get();
            }
        };
        component.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.DISPLAYABILITY_CHANGED) == 0) {
                return;
            }
            if (component.isDisplayable()) {
                start.run();
            } else if (current[0] != null) {
                current[0].close();
                current[0] = null;
            }
        });
        if (component.isDisplayable()) {
            start.run();
        }
    }

    /** Runs {@code action} every {@code period} on the event thread while {@code component} is shown. */
    public static void every(JComponent component, Duration period, Runnable action) {
        follow(component, () -> {
            Timer timer = new Timer(Math.toIntExact(period.toMillis()), e -> action.run());
            timer.start();
            return timer::stop;
        });
    }
}
