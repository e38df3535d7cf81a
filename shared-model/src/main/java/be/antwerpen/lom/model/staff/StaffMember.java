package be.antwerpen.lom.model.staff;

import java.util.Set;

/** A staff member as the desks see them (no credentials). */
public record StaffMember(String username, String displayName, StaffRole role, Set<String> locationIds) {

    public StaffMember {
        locationIds = locationIds == null ? Set.of() : Set.copyOf(locationIds);
    }

    public boolean mayWorkAt(String locationId) {
        return role == StaffRole.ADMIN || locationIds.contains(locationId);
    }
}
