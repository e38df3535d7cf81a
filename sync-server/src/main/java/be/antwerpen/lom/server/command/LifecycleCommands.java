package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentAction;
import be.antwerpen.lom.model.appointment.AppointmentLifecycle;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.appointment.TransitionResult;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.model.validation.Require;
import be.antwerpen.lom.server.appointment.StoredAppointment;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Check in, call, start service, served, no-show, cancel: the life cycle run again on the server,
 * with the conflict rules of the sync design for facts that contradict each other.
 */
public final class LifecycleCommands {

    private static final Set<AppointmentAction> SERVICE = EnumSet.of(AppointmentAction.CHECK_IN,
            AppointmentAction.CALL, AppointmentAction.START_SERVICE, AppointmentAction.MARK_SERVED);

    /** The longest cancel reason or service outcome, in characters. */
    static final int MAX_NOTE = 500;

    private final AppointmentWriter writer;
    private final Conflicts conflicts;
    private final MootDoubleBookings moot;

    public LifecycleCommands(AppointmentWriter writer, Conflicts conflicts, MootDoubleBookings moot) {
        this.writer = writer;
        this.conflicts = conflicts;
        this.moot = moot;
    }

    /** A cancel's reason, a service's outcome and the desk that called: short plain lines, on every path. */
    private static void requirePlainTexts(Commands.LifecycleCommand command) {
        if (command instanceof Commands.Cancel c) {
            Require.optionalLine(c.reason(), "reason", MAX_NOTE);
        } else if (command instanceof Commands.MarkServed m) {
            Require.optionalLine(m.outcome(), "outcome", MAX_NOTE);
        } else if (command instanceof Commands.Call c) {
            Require.optionalLine(c.desk(), "desk", 80);
        }
    }

    public CommandResult apply(CommandScope scope, Commands.LifecycleCommand command, StoredAppointment before)
            throws SQLException {
        requirePlainTexts(command);
        Appointment a = before.appointment();
        AppointmentAction action = command.action();
        TransitionResult result = AppointmentLifecycle.apply(a.status(), action);
        if (result instanceof TransitionResult.Repeat) {
            return CommandResult.of(CommandOutcome.APPLIED_WITH_CHANGES, "nothing to do: the appointment already was "
                    + a.status().name().toLowerCase(java.util.Locale.ROOT), null, a);
        }
        if (result instanceof TransitionResult.Applied applied) {
            boolean seat = before.holdsSeat();
            if (action == AppointmentAction.CANCEL && seat) {
                writer.releaseSeats(scope, a);
                seat = false;
            }
            StoredAppointment saved = writer.update(scope, before, before.with(a.withStatus(applied.status()), seat));
            moot.closeWhenFinished(scope, saved.appointment());
            return CommandResult.of(CommandOutcome.APPLIED, null, null, saved.appointment());
        }
        var refused = ((TransitionResult.Refused) result).refusal();
        if (scope.actor().strict()) {
            throw Rejected.because(refused);
        }
        if (contradicts(a.status(), action)) {
            Map<String, Object> deskVersion = Map.of("status", action.target().name(), "command", command);
            Optional<ConflictView> earlier = writer.openConflictOfDesk(scope, ConflictKind.CONTRADICTING_FACTS, a);
            if (earlier.isPresent()) {
                // the next step of the same desk on the same disagreement: one conflict, its newest version
                ConflictView updated = conflicts.withDeskVersion(earlier.get(), deskVersion);
                writer.updateConflict(scope, updated);
                return CommandResult.of(CommandOutcome.CONFLICT, "part of the open conflict about this appointment;"
                        + " a supervisor decides which is true", updated.id(), a);
            }
            String reason = "another desk recorded the appointment as " + a.status().name().toLowerCase(java.util.Locale.ROOT)
                    + "; a supervisor decides which is true";
            ConflictView conflict = conflicts.open(scope, ConflictKind.CONTRADICTING_FACTS, a.locationId(), a.id(),
                    reason, a, deskVersion);
            writer.openConflict(scope, conflict);
            return CommandResult.of(CommandOutcome.CONFLICT, reason, conflict.id(), a);
        }
        if (a.status() == AppointmentStatus.CANCELLED && SERVICE.contains(action)) {
            StoredAppointment saved = writer.update(scope, before, before.with(a.withStatus(action.target()), false));
            moot.closeWhenFinished(scope, saved.appointment());
            String reason = "the appointment had been cancelled, but the service happened: it is recorded and a"
                    + " supervisor is told";
            ConflictView conflict = conflicts.open(scope, ConflictKind.STALE_STATE, a.locationId(), a.id(), reason, a,
                    Map.of("status", action.target().name(), "command", command));
            writer.openConflict(scope, conflict);
            return CommandResult.of(CommandOutcome.CONFLICT, reason, conflict.id(), saved.appointment());
        }
        throw Rejected.because(refused);
    }

    /**
     * Facts that cannot both be true: one desk saw the citizen (check-in, call, service) while another
     * recorded a no-show, in either order. A desk's own UI never offers these steps from the status it
     * shows, so such a command always means that two desks disagree.
     */
    private static boolean contradicts(AppointmentStatus current, AppointmentAction action) {
        return (current == AppointmentStatus.NO_SHOW && SERVICE.contains(action))
                || ((current == AppointmentStatus.SERVED || current == AppointmentStatus.IN_SERVICE)
                        && action == AppointmentAction.MARK_NO_SHOW);
    }
}
