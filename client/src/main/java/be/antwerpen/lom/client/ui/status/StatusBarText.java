package be.antwerpen.lom.client.ui.status;

/**
 * What the status bar shows.
 *
 * @param connection online / offline since / syncing / login expired
 * @param online     whether the server is reachable
 * @param waiting    commands waiting
 * @param lastSync   last successful sync
 * @param age        age of the local copy
 * @param stale      the local copy is older than two hours: show it loudly
 * @param skew       clock skew warning, or empty
 * @param notice     what sync did that staff must know (the desk renumbered its waiting changes), or empty
 */
public record StatusBarText(String connection, boolean online, String waiting, String lastSync, String age,
                            boolean stale, String skew, String notice) {
}
