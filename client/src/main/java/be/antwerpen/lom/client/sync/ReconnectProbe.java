package be.antwerpen.lom.client.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How soon a desk that lost the server looks again, and how soon it syncs again while catching up
 * (ADR 0044): a random delay between {@code min} and {@code max}, so a hundred desks coming back after
 * an outage spread their probes and rounds instead of arriving in step.
 */
public final class ReconnectProbe {

    private final Duration min;
    private final Duration max;
    private final RandomGenerator random;

    public ReconnectProbe(Duration min, Duration max, RandomGenerator random) {
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("max must not be below min");
        }
        this.min = min;
        this.max = max;
        this.random = random;
    }

    public Duration nextDelay() {
        long spread = max.toMillis() - min.toMillis();
        return Duration.ofMillis(min.toMillis() + (spread > 0 ? random.nextLong(spread + 1) : 0));
    }
}
