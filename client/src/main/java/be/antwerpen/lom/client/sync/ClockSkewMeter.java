package be.antwerpen.lom.client.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * The difference between the server's clock and the desk's, taken from the server time in each answer against
 * the middle of the request's round trip. The last measurement is kept with the sync state after a round.
 */
final class ClockSkewMeter {

    private volatile long lastMs;

    /** Records one answer: sent at {@code sent}, received at {@code received}, stamped {@code serverTime}. */
    void measure(Instant sent, Instant received, Instant serverTime) {
        if (serverTime == null) {
            return;
        }
        Instant midpoint = sent.plus(Duration.between(sent, received).dividedBy(2));
        lastMs = Duration.between(midpoint, serverTime).toMillis();
    }

    long lastMs() {
        return lastMs;
    }
}
