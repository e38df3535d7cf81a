package be.antwerpen.lom.client.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.assertj.swing.edt.GuiActionRunner;

/** Waiting in a Swing flow test until what the screen shows meets a condition, checked on the event thread. */
public final class OnScreen {

    /** How long a flow waits by default. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private OnScreen() {
    }

    /** Waits until {@code condition} holds, at most {@link #PATIENCE}. */
    public static void waitFor(BooleanSupplier condition) {
        waitFor(condition, PATIENCE, () -> "");
    }

    /** Waits until {@code condition} holds, at most {@code within}. */
    public static void waitFor(BooleanSupplier condition, Duration within) {
        waitFor(condition, within, () -> "");
    }

    /** Waits until {@code condition} holds, at most {@link #PATIENCE}; a timeout says what {@code state} reads. */
    public static void waitFor(BooleanSupplier condition, Supplier<String> state) {
        waitFor(condition, PATIENCE, state);
    }

    /** Waits until {@code condition} holds, at most {@code within}; a timeout says what {@code state} reads. */
    public static void waitFor(BooleanSupplier condition, Duration within, Supplier<String> state) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (GuiActionRunner.execute(condition::getAsBoolean)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
        String seen = GuiActionRunner.execute(state::get);
        throw new AssertionError("condition not met within " + within + (seen.isEmpty() ? "" : ": " + seen));
    }
}
