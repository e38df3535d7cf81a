package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.model.architecture.ArchitectureExemption;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.refusal.Refusal;
import io.javalin.http.Context;

/** The role and location checks every endpoint makes. */
@ArchitectureExemption(rules = ArchitectureExemption.WEB_FRAMEWORK_AT_THE_EDGE,
        reason = "reads a request's credentials for every feature's routes; it lives in auth because it asks the"
                + " Authenticator, which the web edge kit must not know")
public final class RequestAuth {

    private final Authenticator authenticator;

    public RequestAuth(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    public StaffMember staff(Context ctx) {
        return authenticator.staff(ctx.header("Authorization"));
    }

    /** A staff member with at least {@code role} at {@code locationId}. */
    public StaffMember staffAt(Context ctx, StaffRole role, String locationId) {
        StaffMember staff = staff(ctx);
        requireAt(staff, role, locationId);
        return staff;
    }

    public static void requireAt(StaffMember staff, StaffRole role, String locationId) {
        if (!staff.role().atLeast(role)) {
            throw Refusal.forbidden("this needs the role " + role);
        }
        if (locationId != null && !staff.mayWorkAt(locationId)) {
            throw Refusal.forbidden("you do not work at this location");
        }
    }

    /** Staff token plus device credentials, the staff member working at the device's location. */
    public Device device(Context ctx) {
        return deskCaller(ctx).device();
    }

    /** A desk by its device credentials alone, no staff token (a desk in an outage drill asks whether it is over). */
    public Device deviceAlone(Context ctx) {
        return authenticator.device(ctx.header("X-Device-Id"), ctx.header("X-Device-Secret"));
    }

    /** The staff member logged in at a desk and the desk: both authenticated, the person working there. */
    public DeskCaller deskCaller(Context ctx) {
        StaffMember staff = staff(ctx);
        Device device = authenticator.device(ctx.header("X-Device-Id"), ctx.header("X-Device-Secret"));
        if (!staff.mayWorkAt(device.locationId())) {
            throw Refusal.forbidden("you do not work at this device's location");
        }
        return new DeskCaller(staff, device);
    }

    /** Who is calling from a desk: the logged-in staff member and the enrolled device. */
    public record DeskCaller(StaffMember staff, Device device) {
    }
}
