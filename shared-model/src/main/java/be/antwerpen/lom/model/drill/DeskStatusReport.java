package be.antwerpen.lom.model.drill;

import java.time.Instant;

/**
 * What a desk reports about itself at each sync round (ADR 0111), for the supervisors' live view.
 *
 * @param commandsWaiting commands in the desk's outbox not yet acknowledged
 * @param copySyncedAt    when the desk's local copy last caught up with the server, or null
 * @param packMadeAt      when the desk's current paper pack was made, or null when it has none
 * @param packPrintedAt   when the pack was last printed at the desk, or null
 * @param appVersion      the desk application's version
 * @param deskTime        the desk's clock when it sent the report (clock skew)
 * @param drillId         the drill the desk is in or just ended, or null
 */
public record DeskStatusReport(int commandsWaiting, Instant copySyncedAt, Instant packMadeAt, Instant packPrintedAt,
                               String appVersion, Instant deskTime, String drillId) {
}
