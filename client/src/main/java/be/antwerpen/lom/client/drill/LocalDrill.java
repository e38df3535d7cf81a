package be.antwerpen.lom.client.drill;

import java.time.Instant;

/**
 * A drill as this desk keeps it (ADR 0110).
 *
 * @param state           SCHEDULED (learned, not begun), RUNNING (cut) or ENDED (open again)
 * @param sequenceAtStart the desk's next command sequence when the drill began: what came after is offline work
 */
public record LocalDrill(String id, Instant startsAt, Instant plannedEnd, String state, Instant beganAt,
                         Instant endedAt, String endReason, Long copyAgeMs, Long packAgeMs, boolean packPrinted,
                         Long sequenceAtStart, Integer offlineActions, Instant reconnectedAt, Instant caughtUpAt,
                         boolean resultSent) {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String RUNNING = "RUNNING";
    public static final String ENDED = "ENDED";

    public boolean running() {
        return RUNNING.equals(state);
    }
}
