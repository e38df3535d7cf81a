package be.antwerpen.lom.client.ui;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javax.swing.Timer;

/**
 * When a screen reloads its data in the background: one load at a time; a reload asked for by the person (or a
 * change made at this desk) starts as soon as the running load ends; a reload asked for by the sync starts no
 * sooner than {@code pause} (or twice as long as the previous load took, when that is longer: a busy machine) after
 * the previous load ended, and however many sync changes arrive meanwhile they are served by one load. The last
 * change is therefore always loaded (never stale for more than the pause plus one load), while a catch-up that
 * reports a change after every batch no longer keeps the screen re-reading the day without a break (issue 16).
 * A zero pause waits for nothing. Event thread only.
 */
public final class PacedReloads {

    /** Runs an action once on the event thread after a delay. */
    @FunctionalInterface
    public interface Delay {
        void after(Duration delay, Runnable action);
    }

    private final Duration pause;
    private final Delay delay;
    private final LongSupplier nanoTime;
    private final Consumer<Runnable> load;

    private boolean loading;
    private boolean wantedNow;
    private boolean wantedAfterSync;
    private boolean timerSet;
    private long lastEnded = Long.MIN_VALUE;
    private long lastStarted;
    private long lastTook;

    /**
     * @param load starts one load; it runs the given callback on the event thread when the load has ended (shown or
     *             failed)
     */
    public PacedReloads(Duration pause, Delay delay, LongSupplier nanoTime, Consumer<Runnable> load) {
        this.pause = pause;
        this.delay = delay;
        this.nanoTime = nanoTime;
        this.load = load;
    }

    /** Without a pause: every reload is served as soon as the running load ends (tests, simple screens). */
    public static PacedReloads unpaced(Consumer<Runnable> load) {
        return new PacedReloads(Duration.ZERO, (d, action) -> action.run(), System::nanoTime, load);
    }

    /** Paced with a one-shot Swing timer on the event thread. */
    public static PacedReloads withSwingTimer(Duration pause, Consumer<Runnable> load) {
        return new PacedReloads(pause, (d, action) -> {
            Timer timer = new Timer(Math.toIntExact(Math.max(1, d.toMillis())),
                    e -> action.run());
            timer.setRepeats(false);
            timer.start();
        }, System::nanoTime, load);
    }

    /** A reload the person is waiting for (opening the screen, an action done here): as soon as possible. */
    public void now() {
        wantedNow = true;
        next();
    }

    /** A reload because the sync changed the data: within the pause after the previous load. */
    public void afterSync() {
        wantedAfterSync = true;
        next();
    }

    /** Whether a load is running. */
    public boolean loading() {
        return loading;
    }

    private void next() {
        if (loading) {
            return; // the running load's end calls next()
        }
        if (wantedNow) {
            start();
            return;
        }
        if (!wantedAfterSync) {
            return;
        }
        // without a pause nothing waits, not even after a slow load: unpaced() runs its "timer" at once, and waiting
        // there re-entered next() until the clock had moved on (a stack overflow when a load was slow)
        long waitNanos = lastEnded == Long.MIN_VALUE || pause.isZero() ? 0
                : lastEnded + Math.max(pause.toNanos(), 2 * lastTook) - nanoTime.getAsLong();
        if (waitNanos <= 0) {
            start();
        } else if (!timerSet) {
            timerSet = true;
            delay.after(Duration.ofNanos(waitNanos), () -> {
                timerSet = false;
                next();
            });
        }
    }

    private void start() {
        wantedNow = false;
        wantedAfterSync = false;
        loading = true;
        lastStarted = nanoTime.getAsLong();
        load.accept(() -> {
            loading = false;
            lastEnded = nanoTime.getAsLong();
            lastTook = lastEnded - lastStarted;
            next();
        });
    }
}
