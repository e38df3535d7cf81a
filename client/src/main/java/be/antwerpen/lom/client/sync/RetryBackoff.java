package be.antwerpen.lom.client.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: after failure {@code n} wait a random time between half
 * and all of {@code min(max, base * 2^n)}, so a hundred desks coming back after an outage do not
 * hammer the server in step.
 */
public final class RetryBackoff {

    private final Duration base;
    private final Duration max;
    private final RandomGenerator random;

    public RetryBackoff(Duration base, Duration max, RandomGenerator random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    public Duration delayAfter(int failures) {
        int exponent = Math.min(Math.max(failures - 1, 0), 20);
        long ceiling = Math.min(max.toMillis(), base.toMillis() << exponent);
        long half = ceiling / 2;
        return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
    }
}
