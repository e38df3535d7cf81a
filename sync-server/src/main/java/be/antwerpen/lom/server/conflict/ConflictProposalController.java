package be.antwerpen.lom.server.conflict;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.slot.FlexibilityQuery;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.server.appointment.AppointmentRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.http.Params;
import be.antwerpen.lom.server.http.RequestAuth;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GET /conflicts/{id}/proposals: free slots the slot engine proposes to rebook the provisional
 * booking of a double booking into (mode {@code proximity}: same location; {@code flexibility}:
 * every location), and GET /locations/{id}/conflict-counts: open conflicts per class.
 */
public final class ConflictProposalController {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final int DEFAULT_DAYS = 14;
    private static final int DEFAULT_LIMIT = 10;

    private final Database db;
    private final ConflictRepository conflicts;
    private final ConflictController visibility;
    private final AppointmentRepository appointments;
    private final SlotEngine engine;
    private final ReferenceData reference;
    private final RequestAuth auth;
    private final Clock clock;

    public ConflictProposalController(Database db, ConflictRepository conflicts, ConflictController visibility,
                                      AppointmentRepository appointments, SlotEngine engine, ReferenceData reference,
                                      RequestAuth auth, Clock clock) {
        this.db = db;
        this.conflicts = conflicts;
        this.visibility = visibility;
        this.appointments = appointments;
        this.engine = engine;
        this.reference = reference;
        this.auth = auth;
        this.clock = clock;
    }

    public void proposals(Context ctx) {
        StaffMember staff = auth.staff(ctx);
        ConflictView conflict = visibility.visible(staff, Params.id(ctx, "conflictId"));
        if (conflict.kind() != ConflictKind.DOUBLE_BOOKING || conflict.appointmentId() == null) {
            throw Refusal.invalid("conflictId", "only a double booking is settled by rebooking");
        }
        Appointment a = db.inSnapshot(c -> appointments.find(c, conflict.appointmentId()))
                .orElseThrow(() -> Refusal.notFound("the appointment")).appointment();
        String mode = ctx.queryParam("mode");
        int days = Params.optionalInt(ctx, "days") == null ? DEFAULT_DAYS : Params.optionalInt(ctx, "days");
        int limit = Params.optionalInt(ctx, "limit") == null ? DEFAULT_LIMIT : Params.optionalInt(ctx, "limit");
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
        ctx.json(slots.stream().filter(slot -> slot.start().isAfter(now)).limit(limit).toList());
    }

    public void counts(Context ctx) {
        String location = ctx.pathParam("locationId");
        if (reference.location(location).isEmpty()) {
            throw Refusal.notFound("the location");
        }
        auth.staffAt(ctx, StaffRole.SUPERVISOR, location);
        List<ConflictView> open = db.inSnapshot(c -> conflicts.atLocation(c, location, true));
        Map<ConflictKind, Integer> byKind = new EnumMap<>(ConflictKind.class);
        for (ConflictKind kind : ConflictKind.values()) {
            byKind.put(kind, 0);
        }
        open.forEach(v -> byKind.merge(v.kind(), 1, Integer::sum));
        ctx.json(new ConflictCounts(location, open.size(), byKind));
    }
}
