package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.sync.ChangeType;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.server.appointment.AppointmentRepository;
import be.antwerpen.lom.server.appointment.SeatCell;
import be.antwerpen.lom.server.appointment.SeatRepository;
import be.antwerpen.lom.server.appointment.AppointmentWrite;
import be.antwerpen.lom.server.appointment.LiveBooking;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.appointment.StoredAppointment;
import be.antwerpen.lom.server.conflict.ConflictRepository;
import be.antwerpen.lom.server.db.DatabaseException;
import be.antwerpen.lom.server.changelog.ChangeLogRepository;
import be.antwerpen.lom.server.changelog.PendingChange;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the effects of commands: appointment rows, seats, conflicts, and for each a change-log row
 * in the same transaction.
 */
public final class AppointmentWriter {

    private final AppointmentRepository appointments;
    private final SeatRepository seats;
    private final ConflictRepository conflicts;
    private final ChangeLogRepository changeLog;
    private final int slotMinutes;

    public AppointmentWriter(AppointmentRepository appointments, SeatRepository seats, ConflictRepository conflicts,
                             ChangeLogRepository changeLog, int slotMinutes) {
        this.appointments = appointments;
        this.seats = seats;
        this.conflicts = conflicts;
        this.changeLog = changeLog;
        this.slotMinutes = slotMinutes;
    }

    public StoredAppointment find(CommandScope scope, UUID id) throws SQLException {
        return findIfAny(scope, id).orElseThrow(() -> Rejected.because("appointment.unknown", "the appointment does not exist"));
    }

    /** The appointment as this transaction sees it: held in memory, or read (and then held). */
    public Optional<StoredAppointment> findIfAny(CommandScope scope, UUID id) throws SQLException {
        WriteBehindAppointments held = scope.appointments();
        if (held.knows(id)) {
            return held.get(id);
        }
        Optional<StoredAppointment> read = appointments.find(scope.connection(), id);
        read.ifPresentOrElse(held::loaded, () -> held.loadedAbsent(id));
        return read;
    }

    /**
     * As {@link #findIfAny(CommandScope, UUID)}, and reads the rows holding the live booking {@code key} with it
     * in the same query when neither is held yet, so that {@link #refuseSecondLiveBooking} needs no read of its
     * own (a web booking: one round trip instead of two, ADR 0130). {@code key} may be null.
     */
    public Optional<StoredAppointment> findIfAny(CommandScope scope, UUID id, LiveBooking key) throws SQLException {
        WriteBehindAppointments held = scope.appointments();
        if (key == null || held.knows(id) || held.readHolding(key)) {
            return findIfAny(scope, id);
        }
        Optional<StoredAppointment> found = Optional.empty();
        for (StoredAppointment row : appointments.withIdOrHolding(scope.connection(), id, key)) {
            held.loaded(row);
            if (row.appointment().id().equals(id)) {
                found = held.get(id);
            }
        }
        if (found.isEmpty()) {
            held.loadedAbsent(id);
        }
        held.loadedHolding(key);
        return found;
    }

    /** Reads the appointments a transaction's commands name in one query, so each needs no read of its own. */
    public void preload(Connection c, WriteBehindAppointments held, Collection<UUID> ids) throws SQLException {
        List<UUID> unknown = ids.stream().filter(id -> !held.knows(id)).distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        List<StoredAppointment> found = appointments.findAll(c, unknown);
        found.forEach(held::loaded);
        unknown.forEach(held::loadedAbsent);
    }

    /** Writes the held appointment rows: inserts, then updates checked against the version read. */
    public void flush(Connection c, WriteBehindAppointments held) throws SQLException {
        flushAll(c, List.of(held));
    }

    /**
     * Writes the rows held by several units of work of one transaction in one batch per kind (ADR 0130);
     * each row is held by one of them.
     */
    public void flushAll(Connection c, Collection<WriteBehindAppointments> helds) throws SQLException {
        Comparator<AppointmentWrite> byId = Comparator.comparing(w -> w.state().appointment().id());
        List<AppointmentWrite> inserts = new ArrayList<>();
        List<AppointmentWrite> updates = new ArrayList<>();
        List<AppointmentWrite> parked = new ArrayList<>();
        for (WriteBehindAppointments held : helds) {
            inserts.addAll(held.toInsert());
            updates.addAll(held.toUpdate());
            parked.addAll(held.toPark());
        }
        inserts.sort(byId);
        updates.sort(byId);
        parked.sort(byId);
        // rows leaving a live booking slot first, then the updates, then the new rows: each write
        // meets only final states, which the rules checked (ADR 0027)
        if (!appointments.parkAll(c, parked) || !appointments.updateAll(c, updates)) {
            throw new DatabaseException("the appointment changed while a command was applied", true);
        }
        appointments.insertAll(c, inserts);
        helds.forEach(WriteBehindAppointments::flushed);
    }

    /**
     * Refuses {@code candidate} when another appointment of the same citizen already holds a live
     * booking at the same location and start (ADR 0027): as the database has it, and as this
     * transaction changed it. Call it before the command's first write.
     */
    public void refuseSecondLiveBooking(CommandScope scope, Appointment candidate) throws SQLException {
        LiveBooking key = LiveBooking.of(candidate);
        if (key == null) {
            return;
        }
        WriteBehindAppointments held = scope.appointments();
        Optional<Appointment> other = held.holding(key, candidate.id());
        if (other.isEmpty() && !held.readHolding(key)) {
            for (UUID id : appointments.holdingLiveBooking(scope.connection(), key)) {
                Optional<StoredAppointment> now = id.equals(candidate.id()) ? Optional.empty() : findIfAny(scope, id);
                if (now.isPresent() && key.equals(LiveBooking.of(now.get().appointment()))) {
                    other = Optional.of(now.get().appointment());
                    break;
                }
            }
        }
        if (other.isPresent()) {
            throw alreadyBooked(other.get());
        }
    }

    /** The refusal of a second live booking; names the other appointment by its code, never the citizen. */
    static Refusal alreadyBooked(Appointment other) {
        return new Refusal(Refusal.Kind.CONFLICT, "already_booked", "this citizen already has a booking at this location at this"
                + " moment (appointment " + other.code() + ")", "start");
    }

    /**
     * Takes a seat in every cell; false (and nothing taken) when one of them is full. Counts as a write of the
     * command only when it took them: a full cell leaves the seats as they were (ADR 0130).
     */
    public boolean takeSeats(CommandScope scope, List<SeatCell> cells) throws SQLException {
        for (int i = 0; i < cells.size(); i++) {
            boolean taken;
            try {
                taken = seats.takeOrCreate(scope.connection(), cells.get(i));
            } catch (SQLException | RuntimeException failed) {
                scope.wroteToDatabase();
                throw failed;
            }
            if (!taken) {
                try {
                    for (int j = 0; j < i; j++) {
                        seats.release(scope.connection(), cells.get(j));
                    }
                } catch (SQLException | RuntimeException failed) {
                    scope.wroteToDatabase();
                    throw failed;
                }
                return false;
            }
        }
        scope.wroteToDatabase();
        return true;
    }

    public void releaseSeats(CommandScope scope, Appointment a) throws SQLException {
        scope.wroteToDatabase();
        for (LocalDateTime cell = a.start(); cell.isBefore(a.end()); cell = cell.plusMinutes(slotMinutes)) {
            seats.release(scope.connection(), new SeatCell(a.locationId(), cell, 0));
        }
    }

    public void insert(CommandScope scope, StoredAppointment stored) {
        scope.appointments().inserted(stored, scope.now().toEpochMilli());
        log(scope, stored.appointment(), stored.appointment().locationId());
    }

    /**
     * Saves a changed appointment (version + 1) and logs it; the row is written when the transaction
     * ends, which runs again when another writer got there first.
     */
    public StoredAppointment update(CommandScope scope, StoredAppointment before, StoredAppointment after)
            throws SQLException {
        Appointment a = after.appointment();
        LiveBooking key = LiveBooking.of(a);
        if (key != null && !key.equals(LiveBooking.of(before.appointment()))) {
            refuseSecondLiveBooking(scope, a);
        }
        Appointment bumped = new Appointment(a.id(), a.code(), a.locationId(), a.productCode(), a.start(), a.end(),
                a.citizen(), a.status(), a.origin(), a.provisional(), before.appointment().version() + 1);
        StoredAppointment saved = new StoredAppointment(bumped, after.holdsSeat(), after.emailChangedSeq(),
                after.emailChangedBy(), after.phoneChangedSeq(), after.phoneChangedBy());
        scope.appointments().updated(before, saved, scope.now().toEpochMilli());
        log(scope, bumped, bumped.locationId());
        if (!before.appointment().locationId().equals(bumped.locationId())) {
            log(scope, bumped, before.appointment().locationId());
        }
        return saved;
    }

    /** Reserves a change sequence (a harmless gap in the log) to stamp edited fields with. */
    public long reserveSequence(CommandScope scope) throws SQLException {
        scope.wroteToDatabase();
        return changeLog.nextSequence(scope.connection());
    }

    public void openConflict(CommandScope scope, ConflictView conflict) throws SQLException {
        scope.wroteToDatabase();
        conflicts.insert(scope.connection(), conflict);
        logConflict(scope, conflict);
    }

    /** The open conflict of {@code kind} that this desk's earlier command opened about the appointment. */
    public Optional<ConflictView> openConflictOfDesk(CommandScope scope, ConflictKind kind, Appointment a)
            throws SQLException {
        String device = scope.actor().deviceId();
        if (device == null) {
            return Optional.empty();
        }
        return conflicts.openAbout(scope.connection(), a.locationId(), kind, a.id(), device);
    }

    /** Stores the newer desk version of an open conflict and logs the conflict again for every desk. */
    public void updateConflict(CommandScope scope, ConflictView conflict) throws SQLException {
        scope.wroteToDatabase();
        if (!conflicts.replaceDeskVersion(scope.connection(), conflict.id(), conflict.deskVersion())) {
            // a supervisor settled it after this transaction read it open: run again against the settled state
            throw new DatabaseException("the conflict was settled while a command was applied", true);
        }
        logConflict(scope, conflict);
    }

    public void logConflict(CommandScope scope, ConflictView conflict) {
        scope.record(new PendingChange(ChangeType.CONFLICT, conflict.id().toString(), conflict.locationId(), conflict));
    }

    private void log(CommandScope scope, Appointment a, String locationId) {
        scope.record(new PendingChange(ChangeType.APPOINTMENT, a.id().toString(), locationId, a));
    }
}
