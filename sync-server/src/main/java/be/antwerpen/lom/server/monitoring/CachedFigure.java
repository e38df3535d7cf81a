package be.antwerpen.lom.server.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;

/** A figure read from the database at most once per time-to-live; NaN while it cannot be read. */
final class CachedFigure {

    private final Clock clock;
    private final Duration ttl;
    private final LongSupplier source;
    private double value = Double.NaN;
    private long readAt = Long.MIN_VALUE;

    CachedFigure(Clock clock, Duration ttl, LongSupplier source) {
        this.clock = clock;
        this.ttl = ttl;
        this.source = source;
    }

    synchronized double value() {
        long now = clock.millis();
        if (readAt == Long.MIN_VALUE || now - readAt >= ttl.toMillis()) {
            try {
                value = source.getAsLong();
            } catch (RuntimeException unreadable) {
                value = Double.NaN;
            }
            readAt = now;
        }
        return value;
    }
}
