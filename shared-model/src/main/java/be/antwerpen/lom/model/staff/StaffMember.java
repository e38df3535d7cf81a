package be.antwerpen.lom.model.staff;

import be.antwerpen.lom.model.validation.Require;
import java.util.Set;

/**
 * A staff member as the desks see them (no credentials).
 *
 * @param username    login name, e.g. {@code agent.deurne}
 * @param displayName the name shown on screens, optional
 * @param role        what they may do
 * @param locationIds the locations they work at (ignored for ADMIN, who works everywhere)
 */
public record StaffMember(String username, String displayName, StaffRole role, Set<String> locationIds) {

    public StaffMember {
        username = Require.text(username, "username", 80);
        Require.present(role, "role");
        locationIds = locationIds == null ? Set.of() : Set.copyOf(locationIds.stream()
                .map(id -> Require.text(id, "locationIds", 40))
                .toList());
    }

    /** Whether this staff member may work at (see, change) the given location. */
    public boolean mayWorkAt(String locationId) {
        return role == StaffRole.ADMIN || (locationId != null && locationIds.contains(locationId));
    }
}
