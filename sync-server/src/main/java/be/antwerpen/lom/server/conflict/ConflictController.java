package be.antwerpen.lom.server.conflict;

import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.http.Params;
import be.antwerpen.lom.server.http.RequestAuth;
import io.javalin.http.Context;
import java.util.UUID;

/** Conflicts of a location for its supervisors; settling one goes through {@code ConflictResolutions}. */
public final class ConflictController {

    private final Database db;
    private final ConflictRepository conflicts;
    private final RequestAuth auth;

    public ConflictController(Database db, ConflictRepository conflicts, RequestAuth auth) {
        this.db = db;
        this.conflicts = conflicts;
        this.auth = auth;
    }

    public void list(Context ctx) {
        String location = Params.text(ctx, "location");
        auth.staffAt(ctx, StaffRole.SUPERVISOR, location);
        boolean all = Params.flag(ctx, "includeResolved");
        ctx.json(db.inSnapshot(c -> conflicts.atLocation(c, location, !all)));
    }

    public void get(Context ctx) {
        StaffMember staff = auth.staff(ctx);
        ctx.json(visible(staff, Params.id(ctx, "conflictId")));
    }

    /** The conflict, if this staff member may see it (supervisor of its location). */
    public ConflictView visible(StaffMember staff, UUID id) {
        ConflictView conflict = db.inSnapshot(c -> conflicts.find(c, id))
                .orElseThrow(() -> Refusal.notFound("the conflict"));
        RequestAuth.requireAt(staff, StaffRole.SUPERVISOR, conflict.locationId());
        return conflict;
    }
}
