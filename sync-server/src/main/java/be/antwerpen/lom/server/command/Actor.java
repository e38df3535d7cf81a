package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import java.util.Set;

/**
 * Who applies a command: a staff member, at a desk (sync) or through the web API (no device). The staff
 * member always comes from an authenticated session or a proof the server checked (ADR 0032), never from
 * what a request body claims, and their role and locations are what {@link CommandPolicy} checks.
 *
 * @param staff          the staff member, with their current role and locations
 * @param deviceId       the desk, or {@code null} for the web API and the command line
 * @param deskLocationId the desk's location, or {@code null}
 * @param lastPullCursor the change sequence the desk had pulled up to (its view of the world)
 * @param strict         web API semantics: a full slot is refused (a conflict) instead of kept as provisional
 * @param attribution    how the person was established when it is not simply the session's (for the
 *                       audit line), or {@code null}
 */
public record Actor(StaffMember staff, String deviceId, String deskLocationId, long lastPullCursor, boolean strict,
                    String attribution) {

    public static Actor web(StaffMember staff) {
        return new Actor(staff, null, null, Long.MAX_VALUE, true, null);
    }

    public static Actor desk(StaffMember staff, String deviceId, String locationId, long lastPullCursor) {
        return new Actor(staff, deviceId, locationId, lastPullCursor, false, null);
    }

    /** The server itself (demo data, administration tools): may do everything, everywhere. */
    public static Actor system(String name) {
        return web(new StaffMember(name, null, StaffRole.ADMIN, Set.of()));
    }

    /** The same actor with a note on how the person was established. */
    public Actor attributedAs(String note) {
        return new Actor(staff, deviceId, deskLocationId, lastPullCursor, strict, note);
    }

    public String username() {
        return staff.username();
    }

    /** The editor recorded on changed contact fields. */
    public String editor() {
        return deviceId != null ? deviceId : "web:" + username();
    }
}
