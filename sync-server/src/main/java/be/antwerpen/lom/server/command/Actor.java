package be.antwerpen.lom.server.command;

/**
 * Who applies a command: a staff member, at a desk (sync) or through the web API (no device).
 *
 * @param username       the staff member
 * @param deviceId       the desk, or {@code null} for the web API and the command line
 * @param deskLocationId the desk's location, or {@code null}
 * @param lastPullCursor the change sequence the desk had pulled up to (its view of the world)
 * @param strict         web API semantics: a full slot is refused (409) instead of kept as provisional
 */
public record Actor(String username, String deviceId, String deskLocationId, long lastPullCursor, boolean strict) {

    public static Actor web(String username) {
        return new Actor(username, null, null, Long.MAX_VALUE, true);
    }

    public static Actor desk(String username, String deviceId, String locationId, long lastPullCursor) {
        return new Actor(username, deviceId, locationId, lastPullCursor, false);
    }

    /** The editor recorded on changed contact fields. */
    public String editor() {
        return deviceId != null ? deviceId : "web:" + username;
    }
}
