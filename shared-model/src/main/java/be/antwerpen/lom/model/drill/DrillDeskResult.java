package be.antwerpen.lom.model.drill;

import java.time.Instant;

/**
 * What a desk measured of its drill, sent once it caught up again (ADR 0113).
 *
 * @param beganAt       when the desk cut its connection
 * @param endedAt       when it opened it again
 * @param endReason     PLANNED_END, CANCELLED (seen from the server or at the desk) or RESTARTED
 * @param copyAgeMs     age of the local copy when the drill began, or null when it had never synced
 * @param packAgeMs     age of the paper pack when the drill began, or null when it had none
 * @param packPrinted   whether that pack had been printed
 * @param offlineActions counter actions stored at the desk during the drill
 * @param reconnectedAt when the desk reached the server again
 * @param caughtUpAt    when nothing was waiting any more
 */
public record DrillDeskResult(Instant beganAt, Instant endedAt, String endReason, Long copyAgeMs, Long packAgeMs,
                              boolean packPrinted, int offlineActions, Instant reconnectedAt, Instant caughtUpAt) {
}
