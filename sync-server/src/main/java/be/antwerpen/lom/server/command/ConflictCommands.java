package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.model.validation.Require;
import be.antwerpen.lom.server.appointment.SeatCell;
import be.antwerpen.lom.server.appointment.SeatGrid;
import be.antwerpen.lom.server.appointment.StoredAppointment;
import be.antwerpen.lom.server.conflict.ConflictRepository;
import be.antwerpen.lom.server.db.DatabaseException;
import com.fasterxml.jackson.databind.JsonNode;
import be.antwerpen.lom.model.appointment.BookingWindow;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** A supervisor settles a conflict; the decision reaches every desk through the change log. */
public final class ConflictCommands {

    /** The longest remark a supervisor leaves on a settled conflict, in characters. */
    static final int MAX_REMARK = 500;

    private final ConflictRepository conflicts;
    private final AppointmentWriter writer;
    private final SeatGrid grid;
    private final MootDoubleBookings moot;

    public ConflictCommands(ConflictRepository conflicts, AppointmentWriter writer, SeatGrid grid,
                            MootDoubleBookings moot) {
        this.conflicts = conflicts;
        this.writer = writer;
        this.grid = grid;
        this.moot = moot;
    }

    /** Settles a conflict if {@code policy} lets the acting supervisor settle conflicts of its location. */
    public CommandResult resolve(CommandScope scope, Commands.ResolveConflict r, CommandPolicy policy)
            throws SQLException {
        Require.present(r.conflictId(), "conflictId");
        Require.present(r.resolution(), "resolution");
        String remark = Require.optionalLine(r.remark(), "remark", MAX_REMARK);
        ConflictView conflict = conflicts.find(scope.connection(), r.conflictId())
                .orElseThrow(() -> Rejected.because("conflict.unknown", "the conflict does not exist"));
        policy.maySettleConflictAt(scope.actor(), conflict.locationId());
        if (!conflict.open()) {
            return result(CommandOutcome.APPLIED_WITH_CHANGES, "the conflict was already settled", conflict);
        }
        switch (r.resolution()) {
            case KEEP_SERVER, MARK_HANDLED -> {
                if (r.resolution() == ConflictResolution.KEEP_SERVER && conflict.kind() == ConflictKind.DOUBLE_BOOKING) {
                    throw Rejected.because("conflict.neverDrop", "a citizen's booking is never dropped: rebook it or keep the desk's booking");
                }
            }
            case KEEP_DESK, MERGE -> keepDesk(scope, conflict, r.resolution(), policy);
            case REBOOK -> rebook(scope, conflict, r, policy);
            default -> throw Rejected.because("conflict.unknownResolution", "unknown resolution");
        }
        if (!conflicts.resolve(scope.connection(), conflict.id(), r.resolution(), scope.actor().username(), remark,
                scope.now())) {
            // another instance settled it after this transaction read it open: run again, and the second decision
            // is answered as already settled instead of writing its effect over the first
            throw new DatabaseException("the conflict was settled meanwhile", true);
        }
        ConflictView settled = conflicts.find(scope.connection(), conflict.id()).orElseThrow();
        writer.logConflict(scope, settled);
        return result(CommandOutcome.APPLIED, null, settled);
    }

    private void keepDesk(CommandScope scope, ConflictView conflict, ConflictResolution resolution,
                          CommandPolicy policy) throws SQLException {
        if (conflict.appointmentId() == null) {
            throw Rejected.because("conflict.noAppointment", "this conflict has no appointment to change");
        }
        StoredAppointment before = writer.find(scope, conflict.appointmentId());
        Appointment a = before.appointment();
        if (conflict.kind() == ConflictKind.CONTRADICTING_FACTS || conflict.kind() == ConflictKind.CONCURRENT_EDIT
                || conflict.kind() == ConflictKind.DOUBLE_BOOKING) {
            // these change the appointment; keeping the desk's side of a stale state or a dead letter changes nothing
            policy.mayChangeConflictAppointmentAt(scope.actor(), a.locationId());
        }
        JsonNode desk = conflict.deskVersion();
        switch (conflict.kind()) {
            case CONTRADICTING_FACTS -> moot.closeWhenFinished(scope, writer.update(scope, before,
                    before.with(a.withStatus(AppointmentStatus.valueOf(desk.path("status").asText())), before.holdsSeat()))
                    .appointment());
            case CONCURRENT_EDIT -> {
                Citizen c = a.citizen();
                Citizen merged = new Citizen(c.nationalRegisterNumber(), c.givenName(), c.familyName(),
                        desk.has("email") ? desk.path("email").asText(null) : c.email(),
                        desk.has("phone") ? desk.path("phone").asText(null) : c.phone());
                writer.update(scope, before, before.with(new Appointment(a.id(), a.code(), a.locationId(),
                        a.productCode(), a.start(), a.end(), merged, a.status(), a.origin(), a.provisional(),
                        a.version()), before.holdsSeat()));
            }
            case DOUBLE_BOOKING -> {
                if (resolution == ConflictResolution.MERGE) {
                    throw Rejected.because("conflict.doubleBookingChoices", "a double booking is settled by rebooking or keeping the desk's booking");
                }
                refuseFinished(a);
                if (before.holdsSeat()) {
                    // a desk moved it into a free moment meanwhile: it holds its seat, a second would never come back
                    return;
                }
                List<SeatCell> cells = grid.cells(a.locationId(), a.productCode(), a.start());
                if (!writer.takeSeats(scope, cells)) {
                    throw Rejected.because("conflict.stillFull", "the slot is still fully booked; rebook the citizen into another slot");
                }
                writer.update(scope, before, before.with(confirmed(a, a.locationId(), a.start()), true));
            }
            default -> {
                // stale state and dead letters: the recorded facts stand; nothing to change
            }
        }
    }

    private void rebook(CommandScope scope, ConflictView conflict, Commands.ResolveConflict r, CommandPolicy policy)
            throws SQLException {
        Require.present(r.rebookStart(), "rebookStart");
        if (conflict.appointmentId() == null) {
            throw Rejected.because("conflict.noAppointment", "this conflict has no appointment to rebook");
        }
        BookingWindow.requireBookable(r.rebookStart(), scope.madeAt(), scope.now(), "rebookStart");
        StoredAppointment before = writer.find(scope, conflict.appointmentId());
        Appointment a = before.appointment();
        policy.mayChangeConflictAppointmentAt(scope.actor(), a.locationId());
        refuseFinished(a);
        if (a.status() != AppointmentStatus.BOOKED) {
            throw Rejected.because("conflict.rebookNotBooked", "the appointment is " + word(a.status())
                    + ": only a booked appointment is rebooked, a visit that has begun keeps its moment", a.status().name());
        }
        String location = r.rebookLocationId() == null ? a.locationId() : r.rebookLocationId();
        List<SeatCell> cells = grid.cells(location, a.productCode(), r.rebookStart());
        if (before.holdsSeat()) {
            writer.releaseSeats(scope, a);
        }
        if (!writer.takeSeats(scope, cells)) {
            throw Rejected.because("slot.full", "the chosen slot is fully booked");
        }
        writer.update(scope, before, before.with(confirmed(a, location, r.rebookStart()), true));
    }

    /**
     * A cancelled or finished appointment takes no seat (ADR 0145): keeping or rebooking it would hold a seat
     * that no later cancel gives back, or move a visit that happened out of its day.
     */
    private static void refuseFinished(Appointment a) {
        if (a.status().isFinal()) {
            throw Rejected.because("conflict.appointmentFinished", "the appointment is already " + word(a.status())
                    + ": no seat is taken for it; mark the conflict as handled", a.status().name());
        }
    }

    /** A status as a word in a remark or reason: {@code NO_SHOW} is "no show". */
    static String word(AppointmentStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private Appointment confirmed(Appointment a, String location, LocalDateTime start) {
        int minutes = grid.product(a.productCode()).durationMinutes();
        return new Appointment(a.id(), a.code(), location, a.productCode(), start, start.plusMinutes(minutes),
                a.citizen(), a.status(), a.origin(), false, a.version());
    }

    private static CommandResult result(CommandOutcome outcome, String reason, ConflictView conflict) {
        return new CommandResult(outcome, reason, null, null, "CONFLICT", conflict.id().toString(),
                conflict.locationId());
    }
}
