package be.antwerpen.lom.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Locks the desk after a period without keyboard or mouse activity. */
public final class IdleLock {

    private final Clock clock;
    private final Duration timeout;
    private volatile Instant lastActivity;

    public IdleLock(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
        this.lastActivity = clock.instant();
    }

    public void activity() {
        lastActivity = clock.instant();
    }

    public boolean shouldLock() {
        return !timeout.isZero() && lastActivity.plus(timeout).isBefore(clock.instant());
    }
}
