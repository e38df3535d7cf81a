package be.antwerpen.lom.model.appointment;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Generates version 7 UUIDs (RFC 9562): 48 bits of Unix milliseconds followed by random bits,
 * so ids sort by creation time. One instance per program, handed in where ids are made.
 */
public final class TimeOrderedUuid {

    private final Clock clock;
    private final SecureRandom random;

    public TimeOrderedUuid(Clock clock) {
        this(clock, new SecureRandom());
    }

    public TimeOrderedUuid(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    public UUID next() {
        long millis = clock.millis();
        long randA = random.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** The creation time in Unix milliseconds encoded in a version 7 UUID. */
    public static long millisOf(UUID uuid) {
        return uuid.getMostSignificantBits() >>> 16;
    }
}
