package be.antwerpen.lom.server.report;

import java.time.Instant;

/**
 * When a desk made a command (its own clock) and when the server received it.
 *
 * @param deviceId   the desk
 * @param sequence   the desk's sequence number of the command
 * @param deviceTime the desk's clock when the command was made
 * @param arrivedAt  when the server applied it (the server's clock)
 */
record CommandTiming(String deviceId, long sequence, Instant deviceTime, Instant arrivedAt) {

    /** How long the command waited before the server had it, as the two clocks tell it. */
    long lagMillis() {
        return arrivedAt.toEpochMilli() - deviceTime.toEpochMilli();
    }
}
