package be.antwerpen.lom.model.drill;

import java.time.Instant;

/**
 * One desk in the supervisors' live view (ADR 0111).
 *
 * @param online          whether the desk reported within the last two minutes
 * @param since           since when it is online or offline (its last report when offline), or null when never heard
 * @param lastSyncAt      the desk's last successful sync, on the server's clock (the desk's report less its skew)
 * @param commandsWaiting commands waiting at the desk at its last report, or null when never reported
 * @param copyAgeMinutes  age of the desk's local copy now, by the server's clock, or null when it never synced
 * @param packAgeMinutes  age of its paper pack now, by the server's clock, or null when it has none
 * @param packPrintedAt   when the pack was last printed (server's clock), or null
 * @param clockSkewMs     desk clock minus server clock at the last report, or null
 * @param drillId         the drill the desk is in now, or null
 * @param stale           the local copy or the pack breaks the two-hour rule
 */
public record DeskLiveLine(String deviceId, String deskName, String locationId, boolean online, Instant since,
                           Instant lastSyncAt, Integer commandsWaiting, Long copyAgeMinutes, Long packAgeMinutes,
                           Instant packPrintedAt, Long clockSkewMs, String appVersion, String drillId, boolean stale) {
}
