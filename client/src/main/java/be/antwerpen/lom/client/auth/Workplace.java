package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who works at which desk now: the enrolled desk and the person logged in at it. Decides what the
 * screens offer this person (the supervisor's tabs, the locations they oversee).
 */
public record Workplace(DeviceIdentity desk, StaffMember staff) {

    public Workplace {
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(staff, "staff");
    }

    /** The desk's own location. */
    public String locationId() {
        return desk.locationId();
    }

    /** The server the desk is enrolled with. */
    public String serverUrl() {
        return desk.serverUrl();
    }

    /** Supervisors and administrators see the conflict inbox, the day-end report and the audit trail. */
    public boolean supervisor() {
        return staff.role().atLeast(StaffRole.SUPERVISOR);
    }

    /**
     * The locations a supervisor oversees, the desk's own first (left out when it is not theirs and they
     * have others); an administrator works at the desk's location.
     */
    public List<String> overseenLocations() {
        String deskLocation = desk.locationId();
        List<String> locations = new ArrayList<>();
        locations.add(deskLocation);
        if (staff.role() != StaffRole.ADMIN) {
            staff.locationIds().stream().sorted().filter(l -> !l.equals(deskLocation)).forEach(locations::add);
            if (!staff.locationIds().contains(deskLocation) && locations.size() > 1) {
                locations.remove(0);
            }
        }
        return List.copyOf(locations);
    }
}
