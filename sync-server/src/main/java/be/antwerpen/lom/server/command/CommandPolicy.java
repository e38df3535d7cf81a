package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.refusal.Refusal;

/**
 * What a staff member may do with a command, the same on every path: sync push, web API and conflict
 * resolution all apply commands through {@link CommandApplier}, which asks this policy first (ADR 0033).
 * A refusal is a {@code FORBIDDEN} {@link be.antwerpen.lom.server.refusal.Refusal}: refused on the web, a rejected receipt in a push.
 *
 * <ul>
 *   <li>A new booking may be made for any location (citizens choose any place; flexibility search).</li>
 *   <li>A walk-in is registered where the citizen stands: a location the person works at, and the desk's
 *       own location when made at a desk.</li>
 *   <li>Anything done to an existing appointment (counter actions, contact data, moving or cancelling it)
 *       needs a person who works at the appointment's location, and a desk of that location.</li>
 *   <li>A conflict is settled by a supervisor (or admin) of the conflict's location only; a decision that changes
 *       its appointment, also of the appointment's location now.</li>
 * </ul>
 */
public final class CommandPolicy {

    public void mayBook(Actor actor, String locationId) {
        requireRole(actor, StaffRole.AGENT);
    }

    public void mayRegisterWalkIn(Actor actor, String locationId) {
        requireRole(actor, StaffRole.AGENT);
        requireWorksAt(actor, locationId, "a walk-in is registered at a location you work at");
        if (actor.deskLocationId() != null && !actor.deskLocationId().equals(locationId)) {
            throw Refusal.forbidden("a desk registers walk-ins for its own location only");
        }
    }

    public void mayActOnAppointmentAt(Actor actor, String appointmentLocationId) {
        requireRole(actor, StaffRole.AGENT);
        requireWorksAt(actor, appointmentLocationId, "the appointment belongs to a location you do not work at");
        if (actor.deskLocationId() != null && !actor.deskLocationId().equals(appointmentLocationId)) {
            throw Refusal.forbidden("the appointment belongs to another location");
        }
    }

    public void maySettleConflictAt(Actor actor, String conflictLocationId) {
        if (!actor.staff().role().atLeast(StaffRole.SUPERVISOR)) {
            throw Refusal.forbidden("only a supervisor can settle conflicts");
        }
        requireWorksAt(actor, conflictLocationId, "only a supervisor of this location can settle its conflicts");
    }

    /**
     * A decision that changes the conflict's appointment also needs a supervisor who works where the appointment is
     * now: it may have been moved to another location since the conflict was opened.
     */
    public void mayChangeConflictAppointmentAt(Actor actor, String appointmentLocationId) {
        requireWorksAt(actor, appointmentLocationId, "the appointment has moved to a location you do not work at");
    }

    private static void requireRole(Actor actor, StaffRole role) {
        if (!actor.staff().role().atLeast(role)) {
            throw Refusal.forbidden("this needs the role " + role);
        }
    }

    private static void requireWorksAt(Actor actor, String locationId, String message) {
        if (!actor.staff().mayWorkAt(locationId)) {
            throw Refusal.forbidden(message);
        }
    }
}
