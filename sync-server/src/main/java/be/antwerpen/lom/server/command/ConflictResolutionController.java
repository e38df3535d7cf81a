package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.server.conflict.ConflictController;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.http.JsonBodies;
import be.antwerpen.lom.server.http.Params;
import be.antwerpen.lom.server.http.RequestAuth;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;

/** POST /conflicts/{id}/resolve: the same rules as a ResolveConflict sync command. */
public final class ConflictResolutionController {

    private final Database db;
    private final CommandApplier applier;
    private final ConflictController conflicts;
    private final RequestAuth auth;
    private final JsonBodies bodies;
    private final TimeOrderedUuid ids;
    private final Clock clock;

    public ConflictResolutionController(Database db, CommandApplier applier, ConflictController conflicts,
                                        RequestAuth auth, JsonBodies bodies, TimeOrderedUuid ids, Clock clock) {
        this.db = db;
        this.applier = applier;
        this.conflicts = conflicts;
        this.auth = auth;
        this.bodies = bodies;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * The documented body: the decision only. The conflict comes from the path; a {@code type} or
     * {@code conflictId} field (a whole ResolveConflict command, as older desks send) is ignored.
     */
    public record ResolveBody(ConflictResolution resolution, String remark, LocalDateTime rebookStart,
                              String rebookLocationId) {
    }

    public void resolve(Context ctx) throws Exception {
        StaffMember staff = auth.staff(ctx);
        UUID id = Params.id(ctx, "conflictId");
        if (!conflicts.visible(staff, id).open()) {
            throw Refusal.conflict("conflict_already_resolved", "this conflict was already settled");
        }
        ResolveBody body = bodies.read(ctx, ResolveBody.class);
        Commands.ResolveConflict command = new Commands.ResolveConflict(id, body.resolution(), body.remark(),
                body.rebookStart(), body.rebookLocationId());
        CommandResult result = db.inTransaction(c -> {
            CommandWork work = applier.begin(c, clock.instant());
            CommandResult applied = work.apply(Actor.web(staff), ids.next(), command);
            work.finish();
            return applied;
        });
        if (result.outcome() != CommandOutcome.APPLIED) {
            throw Refusal.conflict("conflict_already_resolved",
                    result.reason() == null ? "this conflict was already settled" : result.reason());
        }
        ConflictView settled = conflicts.visible(staff, id);
        ctx.json(settled);
    }
}
