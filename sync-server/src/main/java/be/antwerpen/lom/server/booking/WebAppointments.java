package be.antwerpen.lom.server.booking;

import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.api.CancelRequest;
import be.antwerpen.lom.model.api.RescheduleRequest;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.BookingWindow;
import be.antwerpen.lom.model.citizen.RegisterNumberRequirement;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.validation.Require;
import be.antwerpen.lom.server.appointment.AppointmentCodes;
import be.antwerpen.lom.server.appointment.AppointmentRepository;
import be.antwerpen.lom.server.appointment.StoredAppointment;
import be.antwerpen.lom.server.command.Actor;
import be.antwerpen.lom.server.command.CommandApplier;
import be.antwerpen.lom.server.command.CommandWork;
import be.antwerpen.lom.server.db.AtCommit;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.DatabaseException;
import be.antwerpen.lom.server.db.GroupCommit;
import be.antwerpen.lom.server.refusal.Refusal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Booking, rescheduling and cancelling through the web API: the same rules as sync, but a full slot is refused. */
public final class WebAppointments {

    private final Database db;
    private final GroupCommit writes;
    private final CommandApplier applier;
    private final AppointmentRepository appointments;
    private final AppointmentCodes codes;
    private final TimeOrderedUuid ids;
    private final Clock clock;
    private final IdempotencyKeyRepository keys;

    /**
     * @param writes the group commit its writes go through (ADR 0125): one per server, shared by every
     *               web write, so concurrent bookings share one commit
     */
    public WebAppointments(Database db, GroupCommit writes, CommandApplier applier, AppointmentRepository appointments,
                           AppointmentCodes codes, TimeOrderedUuid ids, Clock clock, IdempotencyKeyRepository keys) {
        this.keys = keys;
        this.db = db;
        this.writes = writes;
        this.applier = applier;
        this.appointments = appointments;
        this.codes = codes;
        this.ids = ids;
        this.clock = clock;
    }

    /** How many commits the web writes took and how many writes they carried (ADR 0125; benchmarks print it). */
    public GroupCommit.Counts commits() {
        return writes.counts();
    }

    public Appointment book(StaffMember staff, BookingRequest request) {
        return book(staff, request, null);
    }

    /**
     * Books; with an {@code Idempotency-Key} (ADR 0026), a repeat of the same request answers with the
     * appointment the first one booked, as it is now, and books nothing.
     */
    public Appointment book(StaffMember staff, BookingRequest request, IdempotencyKey key) {
        UUID id = ids.next();
        if (key == null) {
            // without a key: nothing is written before the command, whose refusals leave the seats as they were,
            // so the booking needs no savepoint in its group (ADR 0130); nothing later in the group looks for
            // its new row by id, which is inserted with the group's (ADR 0130)
            return writes.inTransactionLeavingNothingWhenRefused((c, atCommit) -> {
                Commands.Book book = checked(request, id);
                CommandWork work = applier.begin(c, clock.instant());
                try {
                    Appointment result = work.apply(Actor.web(staff), ids.next(), book).appointment();
                    work.finishWithNewRowsAtCommit(atCommit);
                    return result;
                } catch (RuntimeException refused) {
                    if (work.wroteToDatabase() && !(refused instanceof DatabaseException)) {
                        // a broken promise: never leave half a booking in the group, which now runs each alone
                        throw new DatabaseException("a booking was refused after it had written ("
                                + refused.getClass().getSimpleName() + ")", false);
                    }
                    throw refused;
                }
            });
        }
        return writes.inTransaction((c, atCommit) -> {
            Optional<Appointment> replay = replay(c, staff, key, id);
            if (replay.isPresent()) {
                return replay.get();
            }
            // a repeat with the same key later in the same group must find the new row: written at once
            return apply(c, atCommit, staff, checked(request, id));
        });
    }

    /** The booking command of a request whose fields pass the shared rules (ADR 0029); refused otherwise. */
    private Commands.Book checked(BookingRequest request, UUID id) {
        Require.present(request, "body");
        Require.text(request.locationId(), "locationId", 40);
        Require.text(request.productCode(), "productCode", 40);
        Require.present(request.citizen(), "citizen");
        checkStart(request.start());
        RegisterNumberRequirement.forBooking(request.citizen(), request.registerNumberUnknown());
        return new Commands.Book(id, codes.next(), request.locationId(), request.productCode(),
                request.start(), request.citizen(), AppointmentOrigin.COUNTER, request.registerNumberUnknown());
    }

    public Appointment reschedule(StaffMember staff, UUID id, RescheduleRequest request) {
        return reschedule(staff, id, request, null);
    }

    public Appointment reschedule(StaffMember staff, UUID id, RescheduleRequest request, IdempotencyKey key) {
        return writes.inTransaction((c, atCommit) -> {
            Optional<Appointment> replay = replay(c, staff, key, id);
            if (replay.isPresent()) {
                return replay.get();
            }
            Require.present(request, "body");
            checkStart(request.start());
            Appointment current = find(c, staff, id);
            return apply(c, atCommit, staff,
                    new Commands.Reschedule(current.id(), request.locationId(), request.start()));
        });
    }

    public Appointment cancel(StaffMember staff, UUID id, CancelRequest request) {
        return cancel(staff, id, request, null);
    }

    public Appointment cancel(StaffMember staff, UUID id, CancelRequest request, IdempotencyKey key) {
        return writes.inTransaction((c, atCommit) -> {
            Optional<Appointment> replay = replay(c, staff, key, id);
            if (replay.isPresent()) {
                return replay.get();
            }
            Appointment current = find(c, staff, id);
            String reason = request == null ? null : request.reason();
            return apply(c, atCommit, staff, new Commands.Cancel(current.id(), reason, null));
        });
    }

    public Appointment find(StaffMember staff, UUID id) {
        Appointment a = db.inSnapshot(c -> appointments.find(c, id)).map(StoredAppointment::appointment)
                .orElseThrow(() -> Refusal.notFound("the appointment"));
        mayWorkAt(staff, a.locationId());
        return a;
    }

    private Appointment find(Connection c, StaffMember staff, UUID id) throws SQLException {
        Appointment a = appointments.find(c, id).map(StoredAppointment::appointment)
                .orElseThrow(() -> Refusal.notFound("the appointment"));
        mayWorkAt(staff, a.locationId());
        return a;
    }

    /** The earlier answer to a request with this key, if it is a repeat; nothing when there is no key. */
    private Optional<Appointment> replay(Connection c, StaffMember staff, IdempotencyKey key, UUID appointmentId)
            throws SQLException {
        if (key == null) {
            return Optional.empty();
        }
        Optional<UUID> earlier = keys.claim(c, staff.username(), key, appointmentId, clock.instant());
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        // the key is this staff member's own: they get the answer they were given, wherever it was booked
        return Optional.of(appointments.find(c, earlier.get()).map(StoredAppointment::appointment)
                .orElseThrow(() -> Refusal.notFound("the appointment")));
    }

    /** Applies the command; its change log and audit line are written with its group's (ADR 0125). */
    private Appointment apply(Connection c, AtCommit atCommit, StaffMember staff, CommandPayload payload)
            throws SQLException {
        CommandWork work = applier.begin(c, clock.instant());
        Appointment result = work.apply(Actor.web(staff), ids.next(), payload).appointment();
        work.finish(atCommit);
        return result;
    }

    /** The shared rule (ADR 0029), checked before anything else; the command layer checks it again. */
    private void checkStart(LocalDateTime start) {
        Instant now = clock.instant();
        BookingWindow.requireBookable(start, now, now, "start");
    }

    private static void mayWorkAt(StaffMember staff, String locationId) {
        if (!staff.mayWorkAt(locationId)) {
            throw Refusal.forbidden("you do not work at this location");
        }
    }
}
