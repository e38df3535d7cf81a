package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.server.conflict.ConflictRepository;
import java.sql.SQLException;

/**
 * A provisional booking that is cancelled or reaches a final status no longer asks for a seat: its open
 * double booking is closed with it, by the command that ended it, with a remark and an audit line saying why
 * (ADR 0145). No seat is taken or given back: a provisional booking holds none.
 */
public final class MootDoubleBookings {

    /** The audit action of a conflict that the appointment's own end closed. */
    static final String ACTION = "ConflictClosed";

    private final ConflictRepository conflicts;
    private final AppointmentWriter writer;
    private final TimeOrderedUuid ids;

    public MootDoubleBookings(ConflictRepository conflicts, AppointmentWriter writer, TimeOrderedUuid ids) {
        this.conflicts = conflicts;
        this.writer = writer;
        this.ids = ids;
    }

    /** Closes the open double bookings of {@code a} when it is provisional and its status is final. */
    void closeWhenFinished(CommandScope scope, Appointment a) throws SQLException {
        if (!a.provisional() || !a.status().isFinal()) {
            return;
        }
        String remark = "closed by itself: the appointment was " + ConflictCommands.word(a.status())
                + " before a supervisor decided; no seat was taken for it";
        for (ConflictView open : conflicts.openAbout(scope.connection(), a.locationId(), ConflictKind.DOUBLE_BOOKING,
                a.id())) {
            scope.wroteToDatabase();
            if (!conflicts.resolve(scope.connection(), open.id(), ConflictResolution.MARK_HANDLED,
                    scope.actor().username(), remark, scope.now())) {
                continue; // a supervisor settled it meanwhile: nothing closed it by itself
            }
            writer.logConflict(scope, conflicts.find(scope.connection(), open.id()).orElseThrow());
            scope.recordAudit(new AuditEntry(ids.next().toString(), scope.now(), scope.actor().username(),
                    scope.actor().deviceId(), ACTION, "CONFLICT", open.id().toString(), open.locationId(),
                    "APPLIED: " + remark + CommandApplier.attribution(scope)));
        }
    }
}
