package be.antwerpen.lom.server.conflictinbox;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.slot.FlexibilityQuery;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.server.appointment.AppointmentRepository;
import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.command.Actor;
import be.antwerpen.lom.server.command.CommandApplier;
import be.antwerpen.lom.server.command.CommandResult;
import be.antwerpen.lom.server.command.CommandWork;
import be.antwerpen.lom.server.conflict.ConflictCounts;
import be.antwerpen.lom.server.conflict.ConflictRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.refusal.Refusal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The supervisors' conflict inbox: a location's conflicts, one conflict if the supervisor may see it,
 * slots proposed to rebook a double booking into, open conflicts per class, and settling a conflict
 * with the same rules as a ResolveConflict sync command (through the command layer's unit of work).
 */
public final class ConflictInbox {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final Database db;
    private final ConflictRepository conflicts;
    private final AppointmentRepository appointments;
    private final CommandApplier applier;
    private final SlotEngine engine;
    private final ReferenceData reference;
    private final TimeOrderedUuid ids;
    private final Clock clock;

    public ConflictInbox(Database db, ConflictRepository conflicts, AppointmentRepository appointments,
                         CommandApplier applier, SlotEngine engine, ReferenceData reference, TimeOrderedUuid ids,
                         Clock clock) {
        this.db = db;
        this.conflicts = conflicts;
        this.appointments = appointments;
        this.applier = applier;
        this.engine = engine;
        this.reference = reference;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * The most conflicts one inbox answer holds, oldest first; the counts (and the header of every desk) still say
     * how many are open. Settling them brings the next ones into the list.
     */
    public static final int LIST_LIMIT = 500;

    /** The location's conflicts for the inbox: the oldest {@link #LIST_LIMIT}. */
    public List<ConflictView> atLocation(String locationId, boolean includeResolved) {
        return db.inSnapshot(c -> conflicts.firstAtLocation(c, locationId, !includeResolved, LIST_LIMIT));
    }

    /** The conflict, if this staff member may see it (supervisor of its location). */
    public ConflictView visible(StaffMember staff, UUID id) {
        ConflictView conflict = db.inSnapshot(c -> conflicts.find(c, id))
                .orElseThrow(() -> Refusal.notFound("the conflict"));
        RequestAuth.requireAt(staff, StaffRole.SUPERVISOR, conflict.locationId());
        return conflict;
    }

    /** The provisional booking of a double booking, the one a rebooking moves. */
    public Appointment toRebook(ConflictView conflict) {
        if (conflict.kind() != ConflictKind.DOUBLE_BOOKING || conflict.appointmentId() == null) {
            throw Refusal.invalid("conflictId", "only a double booking is settled by rebooking");
        }
        return db.inSnapshot(c -> appointments.find(c, conflict.appointmentId()))
                .orElseThrow(() -> Refusal.notFound("the appointment")).appointment();
    }

    /**
     * Free slots to rebook {@code a} into (mode {@code proximity}: same location; {@code flexibility}:
     * every location) over {@code days} days from its day or today, at most {@code limit}, only moments
     * still ahead.
     */
    public List<Slot> proposals(Appointment a, String mode, int days, int limit) {
        if (days < 1 || days > 60) {
            throw Refusal.invalid("days", "days must be between 1 and 60");
        }
        if (limit < 1 || limit > 100) {
            throw Refusal.invalid("limit", "limit must be between 1 and 100");
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(BRUSSELS));
        LocalDate today = now.toLocalDate();
        LocalDate from = a.start().toLocalDate().isBefore(today) ? today : a.start().toLocalDate();
        LocalDate to = from.plusDays(days - 1L);
        List<Slot> slots;
        if (mode == null || mode.toLowerCase(Locale.ROOT).equals("proximity")) {
            ProximityQuery q = new ProximityQuery(a.locationId(), a.productCode(), from, to);
            slots = engine.proximity(q, db.inSnapshot(c -> appointments.occupancyAt(c, a.locationId(), from, to)));
        } else if (mode.toLowerCase(Locale.ROOT).equals("flexibility")) {
            FlexibilityQuery q = new FlexibilityQuery(a.productCode(), from, to, false, false, null, null, null);
            slots = engine.flexibility(q, db.inSnapshot(c -> appointments.occupancy(c, from, to)));
        } else {
            throw Refusal.invalid("mode", "mode is proximity or flexibility");
        }
        // only moments still ahead, as for any booking (a rebook to a past moment is refused too)
        return slots.stream().filter(slot -> slot.start().isAfter(now)).limit(limit).toList();
    }

    /** The location, if the reference data knows it; else a not-found refusal. */
    public String knownLocation(String locationId) {
        if (reference.location(locationId).isEmpty()) {
            throw Refusal.notFound("the location");
        }
        return locationId;
    }

    public ConflictCounts counts(String locationId) {
        Map<ConflictKind, Integer> byKind = db.inSnapshot(c -> conflicts.openCountsByKind(c, locationId));
        return new ConflictCounts(locationId, byKind.values().stream().mapToInt(Integer::intValue).sum(), byKind);
    }

    /** Refuses a conflict that is settled already, before the decision is read. */
    public void requireOpen(StaffMember staff, UUID id) {
        if (!visible(staff, id).open()) {
            throw Refusal.conflict("conflict_already_resolved", "this conflict was already settled");
        }
    }

    /** Settles the conflict as {@code staff} decided, in one transaction; the settled conflict comes back. */
    public ConflictView resolve(StaffMember staff, Commands.ResolveConflict command) {
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
        return visible(staff, command.conflictId());
    }
}
