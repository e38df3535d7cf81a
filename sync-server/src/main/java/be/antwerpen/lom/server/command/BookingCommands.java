package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.appointment.BookingWindow;
import be.antwerpen.lom.model.citizen.RegisterNumberRequirement;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.model.validation.Require;
import be.antwerpen.lom.server.appointment.LiveBooking;
import be.antwerpen.lom.server.appointment.SeatCell;
import be.antwerpen.lom.server.appointment.SeatGrid;
import be.antwerpen.lom.server.appointment.StoredAppointment;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.seatlease.LeaseClaims;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Book, register a walk-in, reschedule: the commands that take or move seats. The times and the
 * register number are checked here, by the shared rules, for every path (ADR 0029).
 */
public final class BookingCommands {

    private final AppointmentWriter writer;
    private final SeatGrid grid;
    private final Conflicts conflicts;
    private final LeasedBooking leased;

    public BookingCommands(AppointmentWriter writer, SeatGrid grid, Conflicts conflicts, LeaseClaims leaseClaims) {
        this.writer = writer;
        this.grid = grid;
        this.conflicts = conflicts;
        this.leased = new LeasedBooking(leaseClaims);
    }

    public CommandResult book(CommandScope scope, Commands.Book b) throws SQLException {
        Require.present(b.appointmentId(), "appointmentId");
        Require.line(b.code(), "code", 20);
        Require.present(b.start(), "start");
        Require.present(b.citizen(), "citizen");
        AppointmentOrigin origin = b.origin() == null ? AppointmentOrigin.COUNTER : b.origin();
        // the id and the citizen's live booking at that slot, read together (ADR 0130)
        Optional<StoredAppointment> existing = writer.findIfAny(scope, b.appointmentId(),
                LiveBooking.of(b.citizen(), b.locationId(), b.start(), AppointmentStatus.BOOKED, origin));
        if (existing.isPresent()) {
            return repeatOrRefuse(existing.get().appointment(), b.locationId(), b.start());
        }
        BookingWindow.requireBookable(b.start(), scope.madeAt(), scope.now(), "start");
        RegisterNumberRequirement.forBooking(b.citizen(), b.registerNumberUnknown());
        List<SeatCell> cells = grid.cells(b.locationId(), b.productCode(), b.start());
        Product product = grid.product(b.productCode());
        Appointment booked = new Appointment(b.appointmentId(), b.code(), b.locationId(), b.productCode(), b.start(),
                b.start().plusMinutes(product.durationMinutes()), b.citizen(), AppointmentStatus.BOOKED, origin, false, 1);
        writer.refuseSecondLiveBooking(scope, booked);
        LeasedBooking.Claim claim = leased.claim(scope, b.leaseId(), booked);
        String note = claim.note();
        if (claim.lease() != null) {
            if (leased.use(scope, claim.lease(), booked)) {
                writer.insert(scope, StoredAppointment.fresh(booked, true));
                return CommandResult.of(CommandOutcome.APPLIED, null, null, booked);
            }
            note = LeasedBooking.LAPSED_BUT_FREE;
        }
        if (writer.takeSeats(scope, cells)) {
            writer.insert(scope, StoredAppointment.fresh(booked, true));
            return CommandResult.of(CommandOutcome.APPLIED, note, null, booked);
        }
        if (scope.actor().strict()) {
            throw Refusal.slotFull();
        }
        Appointment provisional = new Appointment(booked.id(), booked.code(), booked.locationId(), booked.productCode(),
                booked.start(), booked.end(), booked.citizen(), AppointmentStatus.BOOKED, origin, true, 1);
        writer.insert(scope, StoredAppointment.fresh(provisional, false));
        String reason = "the slot was fully booked meanwhile; the booking is kept as provisional and a supervisor"
                + " will rebook it";
        ConflictView conflict = conflicts.open(scope, ConflictKind.DOUBLE_BOOKING, booked.locationId(), booked.id(),
                reason, null, provisional);
        writer.openConflict(scope, conflict);
        return CommandResult.of(CommandOutcome.CONFLICT, reason, conflict.id(), provisional);
    }

    public CommandResult walkIn(CommandScope scope, Commands.RegisterWalkIn w) throws SQLException {
        Require.present(w.appointmentId(), "appointmentId");
        Require.line(w.ticketNumber(), "ticketNumber", 20);
        Require.present(w.arrivedAt(), "arrivedAt");
        Require.present(w.citizen(), "citizen");
        Optional<StoredAppointment> existing = findExisting(scope, w.appointmentId());
        if (existing.isPresent()) {
            return repeatOrRefuse(existing.get().appointment(), w.locationId(), w.arrivedAt());
        }
        AppointmentOrigin origin = w.origin() == null ? AppointmentOrigin.WALK_IN : w.origin();
        if (origin == AppointmentOrigin.PAPER || (w.paperSerial() != null && !w.paperSerial().isBlank())) {
            // written on a form (a walk-in naming a form's serial is one, whatever origin it claims): the rule of its
            // served step's paper time too (ADR 0157)
            BookingWindow.requireWrittenOnPaper(w.arrivedAt(), scope.now(), "arrivedAt");
        } else {
            BookingWindow.requireHappened(w.arrivedAt(), scope.now(), "arrivedAt");
        }
        grid.location(w.locationId());
        Product product = grid.product(w.productCode());
        Appointment walkIn = new Appointment(w.appointmentId(), w.ticketNumber(), w.locationId(), w.productCode(),
                w.arrivedAt(), w.arrivedAt().plusMinutes(product.durationMinutes()), w.citizen(),
                AppointmentStatus.CHECKED_IN, origin, false, 1);
        writer.insert(scope, StoredAppointment.fresh(walkIn, false));
        return CommandResult.of(CommandOutcome.APPLIED, null, null, walkIn);
    }

    public CommandResult reschedule(CommandScope scope, Commands.Reschedule r, StoredAppointment before)
            throws SQLException {
        Require.present(r.newStart(), "newStart");
        Appointment a = before.appointment();
        String location = r.locationId() == null ? a.locationId() : r.locationId();
        if (a.status() != AppointmentStatus.BOOKED) {
            throw Rejected.because("reschedule.notBooked", "only a booked appointment can be rescheduled");
        }
        if (location.equals(a.locationId()) && r.newStart().equals(a.start()) && !a.provisional()) {
            return CommandResult.of(CommandOutcome.APPLIED_WITH_CHANGES, "the appointment already starts then", null, a);
        }
        BookingWindow.requireBookable(r.newStart(), scope.madeAt(), scope.now(), "newStart");
        List<SeatCell> cells = grid.cells(location, a.productCode(), r.newStart());
        LocalDateTime end = r.newStart().plusMinutes(grid.product(a.productCode()).durationMinutes());
        Appointment moved = new Appointment(a.id(), a.code(), location, a.productCode(), r.newStart(), end,
                a.citizen(), a.status(), a.origin(), false, a.version());
        writer.refuseSecondLiveBooking(scope, moved);
        if (before.holdsSeat()) {
            writer.releaseSeats(scope, a);
        }
        if (!writer.takeSeats(scope, cells)) {
            if (scope.actor().strict()) {
                throw Refusal.slotFull();
            }
            throw Rejected.because("reschedule.full", "the new slot is fully booked; the appointment keeps its old time");
        }
        StoredAppointment saved = writer.update(scope, before, before.with(moved, true));
        return CommandResult.of(CommandOutcome.APPLIED, null, null, saved.appointment());
    }

    private Optional<StoredAppointment> findExisting(CommandScope scope, UUID id) throws SQLException {
        return writer.findIfAny(scope, id);
    }

    private static CommandResult repeatOrRefuse(Appointment existing, String locationId, LocalDateTime start) {
        if (existing.locationId().equals(locationId) && existing.start().equals(start)) {
            return CommandResult.of(CommandOutcome.APPLIED_WITH_CHANGES, "this appointment was already registered",
                    null, existing);
        }
        throw Rejected.because("appointment.duplicateId", "another appointment already has this id");
    }
}
