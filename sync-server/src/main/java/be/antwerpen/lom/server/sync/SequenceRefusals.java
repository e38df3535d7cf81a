package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.sync.SequenceRefusal;
import be.antwerpen.lom.server.command.Actor;
import be.antwerpen.lom.server.command.CommandWork;
import be.antwerpen.lom.server.device.Device;
import java.sql.SQLException;
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
     * Audits the refusal in the chunk's unit of work, written with the chunk's other lines; the staff
     * member whose login sent the push is its actor.
     */
    static void audit(CommandWork work, StaffMember session, Device device, SequenceRefusal refusal)
            throws SQLException {
        Actor desk = Actor.desk(session, device.id(), device.locationId(), device.lastPullCursor());
        work.auditRefusal(desk, refusal.commandId(), AUDIT_ACTION, "DEVICE", device.id(), device.locationId(),
                "REFUSED: sequence " + refusal.sequence() + " already holds another command; last applied "
                        + refusal.lastAppliedSequence() + "; the desk renumbers its waiting commands");
    }
}
