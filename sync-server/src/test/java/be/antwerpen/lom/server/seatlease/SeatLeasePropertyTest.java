package be.antwerpen.lom.server.seatlease;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.lease.SeatLease;
import be.antwerpen.lom.model.lease.SeatLeasePolicy;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.OccupiedSeat;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.db.WallClock;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.sync.PushService;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.SettableClock;
import be.antwerpen.lom.server.testing.TestEngine;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random sequences of lease grants, online bookings, offline bookings on leases, pushes (possibly
 * late), clock jumps and sweeps, on two server instances sharing one database. After every step:
 * every seat cell holds exactly the seats of the bookings and held leases covering it (so never
 * more than its capacity), and a lease-backed booking that reaches the server while its lease is
 * held is final; no lease-backed booking of the desk's own is ever refused.
 */
class SeatLeasePropertyTest {

    private static final StaffMember ADMIN = new StaffMember("admin", "Admin", StaffRole.ADMIN, Set.of());
    private static final Map<TestEngine, World> WORLDS = new HashMap<>();
    private static int week = 1;

    sealed interface Step permits Grant, Online, Offline, Push, Advance, Sweep {
    }

    record Grant(int desk, int instance) implements Step {
    }

    record Online(int instance, int target, int count) implements Step {
    }

    record Offline(int desk, int lease) implements Step {
    }

    record Push(int desk, int instance) implements Step {
    }

    record Advance(int minutes) implements Step {
    }

    record Sweep(int instance) implements Step {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> desk = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> instance = Arbitraries.integers().between(0, 1);
        Arbitrary<Step> grant = Combinators.combine(desk, instance).as(Grant::new);
        Arbitrary<Step> online = Combinators.combine(instance, Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(1, 6)).as(Online::new);
        Arbitrary<Step> offline = Combinators.combine(desk, Arbitraries.integers().between(0, 30)).as(Offline::new);
        Arbitrary<Step> push = Combinators.combine(desk, instance).as(Push::new);
        Arbitrary<Step> advance = Arbitraries.oneOf(Arbitraries.integers().between(5, 180),
                Arbitraries.integers().between(600, 2400)).map(Advance::new);
        Arbitrary<Step> sweep = instance.map(Sweep::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, grant), net.jqwik.api.Tuple.of(4, online), net.jqwik.api.Tuple.of(5, offline),
                net.jqwik.api.Tuple.of(3, push), net.jqwik.api.Tuple.of(2, advance), net.jqwik.api.Tuple.of(1, sweep))
                .list().ofMinSize(8).ofMaxSize(40);
    }

    @Property(tries = 40)
    void on_sqlite_capacity_holds_and_lease_bookings_are_kept(@ForAll("steps") @Size(min = 8) List<Step> steps)
            throws Exception {
        run(TestEngine.SQLITE, steps);
    }

    @Property(tries = 15)
    void on_postgresql_capacity_holds_and_lease_bookings_are_kept(@ForAll("steps") @Size(min = 8) List<Step> steps)
            throws Exception {
        if (TestEngine.PG_URL == null || TestEngine.PG_URL.isBlank()) {
            return;
        }
        run(TestEngine.POSTGRESQL, steps);
    }

    @AfterContainer
    static void closeAll() {
        WORLDS.values().forEach(World::close);
        WORLDS.clear();
    }

    private static void run(TestEngine engine, List<Step> steps) throws Exception {
        World world = WORLDS.computeIfAbsent(engine, World::new);
        Scenario s = world.scenario(week++);
        for (Step step : steps) {
            s.apply(step);
            s.checkSeats();
        }
        for (int d = 0; d < s.desks.size(); d++) {
            s.apply(new Push(d, d % 2));
        }
        s.checkSeats();
    }

    /** One database, two server instances, a clock; shared by the tries of one engine (each try its own week). */
    static final class World {
        final TestEngine engine;
        final String location;
        final Database first;
        final Database second;
        final SettableClock clock = new SettableClock(Instant.now());
        final List<ServerComponents> instances = new ArrayList<>();

        World(TestEngine engine) {
            try {
                this.engine = engine;
                Path dir = Files.createTempDirectory("lease-property");
                location = engine.newLocation(dir);
                first = engine.open(location);
                second = engine.open(location);
                instances.add(new ServerComponents(first, Fixture.REFERENCE, clock, Fixture.TEST_ITERATIONS,
                        Duration.ofHours(8)));
                instances.add(new ServerComponents(second, Fixture.REFERENCE, clock, Fixture.TEST_ITERATIONS,
                        Duration.ofHours(8)));
                ServerComponents one = instances.get(0);
                Fixture.staff(one);
                for (Location l : Fixture.REFERENCE.locations()) {
                    boolean busy = l.id().equals("antwerpen") || l.id().equals("deurne");
                    one.seatLeases().setPolicy(new SeatLeasePolicy(l.id(), busy ? 2 : 0, busy ? 4 : 0, busy ? 2 : 0,
                            50, 30, 120, 6), "test");
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        Scenario scenario(int weeks) {
            LocalDate monday = LocalDate.now().plusWeeks(weeks).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            clock.set(monday.atTime(7, 0).atZone(SlotEngine.BRUSSELS).toInstant());
            return new Scenario(this, monday);
        }

        void close() {
            first.close();
            second.close();
            engine.drop(location);
        }
    }

    /** The desks of one try and what each holds and queued. */
    static final class Scenario {
        final World world;
        final LocalDate monday;
        final List<Desk> desks = new ArrayList<>();
        final List<List<SeatLease>> leases = new ArrayList<>();
        final List<List<SyncCommand>> outbox = new ArrayList<>();
        final Map<UUID, SeatLease> leaseOfBooking = new HashMap<>();
        final List<LocalDateTime> targets = new ArrayList<>();

        Scenario(World world, LocalDate monday) {
            this.world = world;
            this.monday = monday;
            ServerComponents one = world.instances.get(0);
            for (String loc : List.of("antwerpen", "antwerpen", "deurne")) {
                desks.add(new Desk(one, loc, "Loket " + UUID.randomUUID().toString().substring(0, 6), "agent." + loc));
                leases.add(new ArrayList<>());
                outbox.add(new ArrayList<>());
            }
        }

        void apply(Step step) {
            Instant now = world.clock.instant();
            if (step instanceof Grant g) {
                ServerComponents s = world.instances.get(g.instance());
                Desk desk = desks.get(g.desk());
                Device device = s.db().inTransaction(c -> s.devices().find(c, desk.id()).orElseThrow());
                List<SeatLease> fresh = s.seatLeases().topUp(device);
                List<SeatLease> mine = leases.get(g.desk());
                mine.removeIf(l -> !used(l));
                fresh.stream().filter(l -> !used(l)).forEach(mine::add);
                fresh.forEach(l -> targets.add(l.start()));
            } else if (step instanceof Online o) {
                if (targets.isEmpty()) {
                    return;
                }
                LocalDateTime start = targets.get(o.target() % targets.size());
                String loc = leasesAt(start);
                for (int i = 0; i < o.count(); i++) {
                    try {
                        world.instances.get(o.instance()).webAppointments().book(ADMIN, new BookingRequest(loc,
                                "EID_APPLY", start, Fixture.citizen("Web", "Burger")));
                    } catch (Refusal refused) {
                        assertThat(refused.code()).isIn("slot_full", "invalid_input", "already_booked");
                    } catch (be.antwerpen.lom.model.validation.DomainValidationException past) {
                        // the clock has moved past the slot: the booking window (ADR 0029) refuses it
                        assertThat(past.getMessage()).contains("past");
                    }
                }
            } else if (step instanceof Offline o) {
                List<SeatLease> mine = leases.get(o.desk()).stream()
                        .filter(l -> !used(l) && now.isBefore(l.useBefore())).toList();
                if (mine.isEmpty()) {
                    return;
                }
                SeatLease lease = mine.get(o.lease() % mine.size());
                Commands.Book b = new Commands.Book(UUID.randomUUID(), "P" + o.lease(), lease.locationId(),
                        "EID_APPLY", lease.start(), Fixture.citizen("Desk", "Burger"), null, lease.id());
                leaseOfBooking.put(b.appointmentId(), lease);
                outbox.get(o.desk()).add(desks.get(o.desk()).commandAt(now, b));
            } else if (step instanceof Push p) {
                push(p);
            } else if (step instanceof Advance a) {
                world.clock.set(now.plus(Duration.ofMinutes(a.minutes())));
            } else if (step instanceof Sweep w) {
                world.instances.get(w.instance()).seatLeases().sweep(now);
            }
        }

        private boolean used(SeatLease lease) {
            return leaseOfBooking.values().stream().anyMatch(l -> l.id().equals(lease.id()));
        }

        private String leasesAt(LocalDateTime start) {
            return leases.stream().flatMap(List::stream).filter(l -> l.start().equals(start))
                    .map(SeatLease::locationId).findFirst().orElse("antwerpen");
        }

        private void push(Push p) {
            List<SyncCommand> queued = outbox.get(p.desk());
            if (queued.isEmpty()) {
                return;
            }
            Instant now = world.clock.instant();
            ServerComponents s = world.instances.get(p.instance());
            ArrayNode array = s.json().createArrayNode();
            queued.forEach(c -> array.add(s.json().valueToTree(c)));
            List<CommandReceipt> receipts = s.push().push(desks.get(p.desk()).session(), desks.get(p.desk()).id(),
                    PushService.identities(array))
                    .receipts();
            assertThat(receipts).hasSize(queued.size());
            for (int i = 0; i < queued.size(); i++) {
                Commands.Book b = (Commands.Book) queued.get(i).payload();
                CommandReceipt r = receipts.get(i);
                SeatLease lease = leaseOfBooking.get(b.appointmentId());
                assertThat(r.outcome()).as("a lease-backed booking is never refused: %s", r.reason())
                        .isIn(CommandOutcome.APPLIED, CommandOutcome.CONFLICT);
                Appointment stored = s.db().inSnapshot(c -> s.appointments().find(c, b.appointmentId())).orElseThrow()
                        .appointment();
                if (now.isBefore(lease.useBefore().plus(SeatLeaseService.GRACE))) {
                    assertThat(r.outcome()).as("pushed while its lease was held").isEqualTo(CommandOutcome.APPLIED);
                    assertThat(stored.provisional()).isFalse();
                }
                assertThat(stored.provisional()).isEqualTo(r.outcome() == CommandOutcome.CONFLICT);
            }
            queued.clear();
        }

        /** Every seat cell holds exactly one seat per booking and per held lease covering it. */
        void checkSeats() {
            ServerComponents s = world.instances.get(0);
            int grid = Fixture.REFERENCE.slotMinutes();
            LocalDate from = monday.minusWeeks(60);
            LocalDate to = monday.plusWeeks(60);
            s.db().inSnapshot(c -> {
                Map<String, Integer> expected = new HashMap<>();
                for (OccupiedSeat seat : s.appointments().seatsHeld(c, from, to)) {
                    for (LocalDateTime t = seat.start(); t.isBefore(seat.end()); t = t.plusMinutes(grid)) {
                        expected.merge(seat.locationId() + "|" + WallClock.text(t), 1, Integer::sum);
                    }
                }
                for (HeldLease lease : s.seatLeaseRows().heldBetween(c, from, to)) {
                    for (LocalDateTime t = lease.start(); t.isBefore(lease.end()); t = t.plusMinutes(grid)) {
                        expected.merge(lease.locationId() + "|" + WallClock.text(t), 1, Integer::sum);
                    }
                }
                List<int[]> overfull = new ArrayList<>();
                Map<String, Integer> actual = new HashMap<>();
                for (Object[] row : Rows.list(c, "SELECT location_id, cell_start, used, capacity FROM seat_cells",
                        rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)})) {
                    if ((int) row[2] > (int) row[3]) {
                        overfull.add(new int[] {(int) row[2], (int) row[3]});
                    }
                    if ((int) row[2] != 0) {
                        actual.put(row[0] + "|" + row[1], (int) row[2]);
                    }
                }
                assertThat(overfull).as("cells over capacity").isEmpty();
                assertThat(actual).as("seats held per cell").isEqualTo(expected);
                return null;
            });
        }
    }
}
