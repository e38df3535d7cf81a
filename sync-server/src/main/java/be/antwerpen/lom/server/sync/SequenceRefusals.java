package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.sync.SequenceRefusal;
import be.antwerpen.lom.server.command.Actor;
import be.antwerpen.lom.server.command.CommandApplier;
import be.antwerpen.lom.server.command.CommandScope;
import be.antwerpen.lom.server.device.Device;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * A pushed command whose sequence this server already holds for another command (ADR 0043): the desk's
 * store went back in time. It is refused, never answered with the other command's receipt, and the
 * refusal is audited (device, sequences; no personal data).
 */
final class SequenceRefusals {

    /** The audit action of a refused sequence. */
    static final String AUDIT_ACTION = "SequenceRefused";

    private SequenceRefusals() {
    }

    static SequenceRefusal refusal(long sequence, UUID commandId, long lastApplied) {
        return new SequenceRefusal(sequence, commandId, lastApplied, "sequence " + sequence + " of this desk already"
                + " holds another command on the server (its store went back in time: a restored backup, a VM"
                + " snapshot or a copied data folder); the server has applied up to " + lastApplied
                + ": renumber the waiting commands after it and send them again");
    }

    /**
     * A scope holding the refusal's audit line, written with the chunk's other lines; the staff member
     * whose login sent the push is its actor.
     */
    static CommandScope audit(Connection c, CommandApplier applier, StaffMember session, Device device,
                              SequenceRefusal refusal, Instant now) throws SQLException {
        Actor desk = Actor.desk(session, device.id(), device.locationId(), device.lastPullCursor());
        CommandScope scope = new CommandScope(c, desk, refusal.commandId(), now);
        applier.auditNotApplied(scope, AUDIT_ACTION, "DEVICE", device.id(), device.locationId(),
                "REFUSED: sequence " + refusal.sequence() + " already holds another command; last applied "
                        + refusal.lastAppliedSequence() + "; the desk renumbers its waiting commands");
        return scope;
    }
}
