package be.antwerpen.lom.server.seatlease;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.lease.SeatDayCapacity;
import be.antwerpen.lom.model.lease.SeatLease;
import be.antwerpen.lom.model.lease.SeatLeasePolicy;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.slot.ExistingBooking;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.server.appointment.AppointmentRepository;
import be.antwerpen.lom.server.appointment.SeatCell;
import be.antwerpen.lom.server.appointment.SeatRepository;
import be.antwerpen.lom.server.audit.AuditRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.db.WallClock;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.refusal.Refusal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grants, extends and gives back seat leases (ADR 0030). Every lease is granted in its own short
 * transaction that takes its location and day's grant turn, counts the policy's caps, then takes its
 * seats in time order, like a booking, so grants and bookings never deadlock and grants on two
 * instances never exceed a cap together (ADR 0151); every release is a conditional status change,
 * so two instances never release one seat twice.
 */
public final class SeatLeaseService {

    /** The server gives a seat back this long after the desk stopped using it (clock skew between them). */
    public static final Duration GRACE = Duration.ofMinutes(15);
    /** A lease is granted only when the desk could use it for at least this long. */
    public static final Duration MIN_LIFE = Duration.ofMinutes(15);
    private static final int SWEEP_BATCH = 500;

    private final Database db;
    private final SeatLeaseRepository leases;
    private final SeatLeasePolicyRepository policies;
    private final SeatRepository seats;
    private final ReferenceData reference;
    private final SlotEngine engine;
    private final TimeOrderedUuid ids;
    private final Clock clock;
    private final AuditRepository audit;
    private final AppointmentRepository appointments;

    public SeatLeaseService(Database db, SeatLeaseRepository leases, SeatLeasePolicyRepository policies,
                            SeatRepository seats, ReferenceData reference, SlotEngine engine, TimeOrderedUuid ids,
                            Clock clock, AuditRepository audit,
                            AppointmentRepository appointments) {
        this.audit = audit;
        this.appointments = appointments;
        this.db = db;
        this.leases = leases;
        this.policies = policies;
        this.seats = seats;
        this.reference = reference;
        this.engine = engine;
        this.ids = ids;
        this.clock = clock;
    }

    public SeatLeasePolicy policy(String locationId) {
        location(locationId);
        return db.inSnapshot(c -> policies.find(c, locationId)).orElse(SeatLeasePolicy.defaults(locationId));
    }

    /** Stores a location's policy; leases already granted keep their seats until they return. */
    public SeatLeasePolicy setPolicy(SeatLeasePolicy policy, String username) {
        location(policy.locationId());
        Instant now = clock.instant();
        db.inTransaction(c -> {
            policies.save(c, policy, username, now);
            audit.append(c, new AuditEntry(ids.next().toString(), now, username, null, "SetSeatLeasePolicy",
                    "LOCATION", policy.locationId(), policy.locationId(), describe(policy)));
            return null;
        });
        return policy;
    }

    private static String describe(SeatLeasePolicy p) {
        return "daysAhead=" + p.daysAhead() + " ownSeatsPerDesk=" + p.ownSeatsPerDesk() + " otherSeatsPerDesk="
                + p.otherSeatsPerDesk() + " maxSharePercent=" + p.maxSharePercent() + " leaseMinutes="
                + p.leaseMinutes() + " returnMinutesBefore=" + p.returnMinutesBefore() + " silenceHours="
                + p.silenceHours();
    }

    /**
     * What a desk calls at each sync: gives back due leases (of every desk), extends the leases the
     * desk holds (it has just been heard from) and grants what its policy still allows.
     *
     * @return the leases the desk holds now, in time order
     */
    public List<SeatLease> topUp(Device device) {
        Instant now = clock.instant();
        release(db.inSnapshot(c -> leases.dueFor(c, device.id(), now)), now);
        sweep(now);
        Map<String, SeatLeasePolicy> byLocation = allPolicies();
        List<HeldLease> held = new ArrayList<>(db.inTransaction(c -> {
            List<HeldLease> mine = leases.heldBy(c, device.id());
            for (HeldLease lease : mine) {
                Instant useBefore = useBefore(lease.start(), byLocation.get(lease.locationId()), now);
                leases.extend(c, lease.id(), useBefore, useBefore.plus(GRACE));
            }
            return mine;
        }));
        LocalDate today = LocalDate.ofInstant(now, SlotEngine.BRUSSELS);
        int horizon = byLocation.values().stream().mapToInt(SeatLeasePolicy::daysAhead).max().orElse(0);
        Map<String, Integer> leasedCells = new HashMap<>();
        int grid = reference.slotMinutes();
        for (HeldLease lease : db.inSnapshot(c -> leases.heldBetween(c, today, today.plusDays(horizon)))) {
            leasedCells.merge(dayKey(lease.locationId(), lease.start().toLocalDate()), cellsOf(lease, grid),
                    Integer::sum);
        }
        for (Location location : sortedLocations()) {
            SeatLeasePolicy policy = byLocation.get(location.id());
            int perDay = location.id().equals(device.locationId()) ? policy.ownSeatsPerDesk()
                    : policy.otherSeatsPerDesk();
            if (perDay == 0) {
                continue;
            }
            Optional<Product> probe = probe(location, policy);
            if (probe.isEmpty()) {
                continue;
            }
            for (LocalDate day = today; !day.isAfter(today.plusDays(policy.daysAhead())); day = day.plusDays(1)) {
                grantOnDay(device, location, day, policy, probe.get(), perDay, held, leasedCells, now);
            }
        }
        // a lease past its use-before moment stays held until its release (a booking the desk made on
        // it in time may still be on its way) but is of no more use to the desk: it is not handed out
        return db.inTransaction(c -> leases.heldBy(c, device.id())).stream().map(HeldLease::forDesk)
                .filter(lease -> lease.useBefore().isAfter(now)).toList();
    }

    /** The leases a desk holds, without changing anything. */
    public List<SeatLease> heldBy(Device device) {
        return db.inSnapshot(c -> leases.heldBy(c, device.id())).stream().map(HeldLease::forDesk).toList();
    }

    /**
     * Gives back the seats of held leases whose release moment has passed: {@code RETURNED} when
     * their slot is near, {@code EXPIRED} when their desk went silent.
     *
     * @return the number of leases given back
     */
    public int sweep(Instant now) {
        return release(db.inSnapshot(c -> leases.due(c, now, SWEEP_BATCH)), now);
    }

    /** Returns (before the return moment: expires) each due lease still held, freeing its seat cells. */
    private int release(List<HeldLease> due, Instant now) {
        int released = 0;
        Map<String, SeatLeasePolicy> byLocation = due.isEmpty() ? Map.of() : allPolicies();
        for (HeldLease lease : due) {
            SeatLeasePolicy policy = byLocation.get(lease.locationId());
            Instant returnAt = instant(lease.start()).minus(policy.returnMinutesBefore(), ChronoUnit.MINUTES);
            LeaseStatus status = now.isBefore(returnAt) ? LeaseStatus.EXPIRED : LeaseStatus.RETURNED;
            boolean done = db.inTransaction(c -> {
                // the list was read before: a sync of its desk may have extended the lease since
                if (!leases.closeDue(c, lease.id(), status, now)) {
                    return false;
                }
                releaseCells(c, lease);
                return true;
            });
            released += done ? 1 : 0;
        }
        return released;
    }

    /** Per day at a location: seats the schedule offers, held by bookings, held by leases, and free. */
    public List<SeatDayCapacity> capacity(String locationId, LocalDate from, LocalDate to) {
        location(locationId);
        if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusDays(62))) {
            throw Refusal.invalid("to", "a capacity view covers 1 to 63 days from 'from'");
        }
        int grid = reference.slotMinutes();
        return db.inSnapshot(c -> {
            Map<LocalDate, Integer> leased = new HashMap<>();
            for (HeldLease lease : leases.heldBetween(c, from, to)) {
                if (lease.locationId().equals(locationId)) {
                    leased.merge(lease.start().toLocalDate(), cellsOf(lease, grid), Integer::sum);
                }
            }
            Map<LocalDate, Integer> booked = new HashMap<>();
            for (ExistingBooking b : appointments.occupancyAt(c, locationId, from, to)) {
                booked.merge(b.start().toLocalDate(), cells(b.start(), b.end(), grid), Integer::sum);
            }
            List<SeatDayCapacity> days = new ArrayList<>();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                int capacity = engine.dayCapacity(locationId, day, List.of()).slots();
                int used = usedOn(c, locationId, day);
                int onLease = leased.getOrDefault(day, 0);
                int onBooking = booked.getOrDefault(day, 0);
                days.add(new SeatDayCapacity(locationId, day, capacity, onBooking, onLease,
                        Math.max(0, capacity - used), used - onBooking - onLease));
            }
            return days;
        });
    }

    private void grantOnDay(Device device, Location location, LocalDate day, SeatLeasePolicy policy, Product probe,
                            int perDay, List<HeldLease> held, Map<String, Integer> leasedByDay, Instant now) {
        List<HeldLease> mineThatDay = held.stream()
                .filter(l -> l.locationId().equals(location.id()) && l.start().toLocalDate().equals(day)).toList();
        int wanted = perDay - mineThatDay.size();
        if (wanted <= 0) {
            return;
        }
        int grid = reference.slotMinutes();
        int capacityCells = engine.dayCapacity(location.id(), day, List.of()).slots();
        int maxCells = capacityCells * policy.maxSharePercent() / 100;
        if (!location.id().equals(device.locationId())) {
            maxCells = maxCells / 3; // two thirds of the share are kept for the location's own desks
        }
        int cellsPerLease = probe.durationMinutes() / grid;
        int leasedCells = leasedByDay.getOrDefault(dayKey(location.id(), day), 0);
        if (leasedCells + cellsPerLease > maxCells) {
            return;
        }
        List<Slot> candidates = new ArrayList<>(engine.proximity(
                new ProximityQuery(location.id(), probe.code(), day, day), List.of()));
        candidates.removeIf(s -> instant(s.start()).minus(policy.returnMinutesBefore(), ChronoUnit.MINUTES)
                .isBefore(now.plus(MIN_LIFE))
                || mineThatDay.stream().anyMatch(l -> l.start().isBefore(s.end()) && s.start().isBefore(l.end())));
        candidates.sort(Comparator.comparingInt(s -> spread(device.id(), s.start())));
        DayCaps caps = new DayCaps(perDay, maxCells, cellsPerLease);
        int tries = 0;
        for (Slot slot : candidates) {
            if (wanted == 0 || tries++ >= 4 * perDay || leasedCells + cellsPerLease > maxCells) {
                return;
            }
            GrantAttempt attempt = grant(device, slot, policy, caps, now);
            if (attempt.capReached()) {
                return;
            }
            if (attempt.lease().isPresent()) {
                held.add(attempt.lease().get());
                leasedCells += cellsPerLease;
                leasedByDay.merge(dayKey(location.id(), day), cellsPerLease, Integer::sum);
                wanted--;
            }
        }
    }

    /**
     * The policy's caps on one location and day for one desk: its leases there, and the seat cells all desks'
     * leases may hold there.
     */
    private record DayCaps(int leasesPerDesk, int maxCells, int cellsPerLease) {
    }

    /**
     * A grant's outcome: the lease; none for this slot (its seat was taken, or the desk holds one at that time);
     * or none because a cap of the day is reached.
     */
    private record GrantAttempt(Optional<HeldLease> lease, boolean capReached) {
        static final GrantAttempt NOT_THIS_SLOT = new GrantAttempt(Optional.empty(), false);
        static final GrantAttempt CAP_REACHED = new GrantAttempt(Optional.empty(), true);
    }

    /**
     * One lease in its own transaction: a seat in every cell in time order, or nothing. The caps were checked on
     * a snapshot before, which a grant on another instance may have changed since: the grant takes the day's
     * turn and counts them again here, so two grants at once never exceed them together (ADR 0151).
     */
    private GrantAttempt grant(Device device, Slot slot, SeatLeasePolicy policy, DayCaps caps, Instant now) {
        int grid = reference.slotMinutes();
        Instant useBefore = useBefore(slot.start(), policy, now);
        HeldLease lease = new HeldLease(ids.next(), device.id(), slot.locationId(), slot.start(), slot.end(),
                LeaseStatus.HELD, now.truncatedTo(ChronoUnit.MILLIS), useBefore, useBefore.plus(GRACE), null);
        LocalDate day = slot.start().toLocalDate();
        return db.inTransaction(c -> {
            leases.takeGrantTurn(c, slot.locationId(), day);
            List<HeldLease> onDay = leases.heldOn(c, slot.locationId(), day);
            List<HeldLease> mine = onDay.stream().filter(l -> l.deviceId().equals(device.id())).toList();
            int leasedCells = onDay.stream().mapToInt(l -> cellsOf(l, grid)).sum();
            if (mine.size() >= caps.leasesPerDesk() || leasedCells + caps.cellsPerLease() > caps.maxCells()) {
                return GrantAttempt.CAP_REACHED;
            }
            if (mine.stream().anyMatch(l -> l.start().isBefore(slot.end()) && slot.start().isBefore(l.end()))) {
                return GrantAttempt.NOT_THIS_SLOT;
            }
            List<SeatCell> taken = new ArrayList<>();
            for (LocalDateTime cell = slot.start(); cell.isBefore(slot.end()); cell = cell.plusMinutes(grid)) {
                SeatCell seat = new SeatCell(slot.locationId(), cell, slot.capacity());
                if (!seats.takeOrCreate(c, seat)) {
                    for (SeatCell back : taken) {
                        seats.release(c, back);
                    }
                    return GrantAttempt.NOT_THIS_SLOT;
                }
                taken.add(seat);
            }
            leases.insert(c, lease);
            return new GrantAttempt(Optional.of(lease), false);
        });
    }

    private void releaseCells(Connection c, HeldLease lease) throws SQLException {
        int grid = reference.slotMinutes();
        for (LocalDateTime cell = lease.start(); cell.isBefore(lease.end()); cell = cell.plusMinutes(grid)) {
            seats.release(c, new SeatCell(lease.locationId(), cell, 0));
        }
    }

    private static int usedOn(Connection c, String locationId, LocalDate day) throws SQLException {
        return Rows.one(c, "SELECT COALESCE(SUM(used), 0) FROM seat_cells WHERE location_id = ? AND cell_start >= ?"
                + " AND cell_start < ?", rs -> rs.getInt(1), locationId, WallClock.text(day.atStartOfDay()),
                WallClock.text(day.plusDays(1).atStartOfDay())).orElse(0);
    }

    /** The desk books on a lease only before this: the return moment, or its silence limit from now. */
    private static Instant useBefore(LocalDateTime start, SeatLeasePolicy policy, Instant now) {
        Instant returnAt = instant(start).minus(policy.returnMinutesBefore(), ChronoUnit.MINUTES);
        Instant silentUntil = now.plus(policy.silenceHours(), ChronoUnit.HOURS);
        return (returnAt.isBefore(silentUntil) ? returnAt : silentUntil).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The product whose length a lease of this location takes: the shortest offered product at least
     * {@code leaseMinutes} long, or the longest offered one.
     */
    private Optional<Product> probe(Location location, SeatLeasePolicy policy) {
        List<Product> offered = reference.products().stream().filter(p -> p.isOfferedAt(location.kind()))
                .sorted(Comparator.comparingInt(Product::durationMinutes).thenComparing(Product::code)).toList();
        return offered.stream().filter(p -> p.durationMinutes() >= policy.leaseMinutes()).findFirst()
                .or(() -> offered.isEmpty() ? Optional.empty() : Optional.of(offered.get(offered.size() - 1)));
    }

    private Map<String, SeatLeasePolicy> allPolicies() {
        return db.inSnapshot(c -> {
            Map<String, SeatLeasePolicy> all = new HashMap<>();
            for (Location location : reference.locations()) {
                all.put(location.id(), policies.find(c, location.id()).orElse(SeatLeasePolicy.defaults(location.id())));
            }
            return all;
        });
    }

    private List<Location> sortedLocations() {
        return reference.locations().stream().sorted(Comparator.comparing(Location::id)).toList();
    }

    private Location location(String id) {
        return reference.location(id).orElseThrow(() -> Refusal.invalid("locationId", "unknown location"));
    }

    private static String dayKey(String locationId, LocalDate day) {
        return locationId + "|" + day;
    }

    private static int cellsOf(HeldLease lease, int grid) {
        return cells(lease.start(), lease.end(), grid);
    }

    /** The grid cells (seats of one desk) a booking or lease from {@code start} to {@code end} takes. */
    private static int cells(LocalDateTime start, LocalDateTime end, int grid) {
        return (int) (Duration.between(start, end).toMinutes() / grid);
    }

    /** A stable, desk-specific order over a day's starts, so desks' leases spread over the day. */
    private static int spread(String deviceId, LocalDateTime start) {
        int h = (deviceId + "|" + start).hashCode();
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        return h ^ (h >>> 16);
    }

    private static Instant instant(LocalDateTime wallClock) {
        return wallClock.atZone(SlotEngine.BRUSSELS).toInstant();
    }
}
