package be.antwerpen.lom.model.staff;

/** What a staff member may do; every role is scoped to a set of locations (ADMIN: all). */
public enum StaffRole {
    /** Counter agent: works the agenda of their locations. */
    AGENT,
    /** Supervisor: an agent who also settles conflicts and reads reports and the audit trail. */
    SUPERVISOR,
    /** Administrator: manages staff, devices and reference data everywhere. */
    ADMIN;

    public boolean atLeast(StaffRole other) {
        return ordinal() >= other.ordinal();
    }
}
