package be.antwerpen.lom.server.seatlease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.lease.SeatDayCapacity;
import be.antwerpen.lom.model.lease.SeatLease;
import be.antwerpen.lom.model.lease.SeatLeasePolicy;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.validation.DomainValidationException;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.Http;
import be.antwerpen.lom.server.testing.SettableClock;
import be.antwerpen.lom.server.testing.TestEngine;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seat leases (ADR 0030, 0031): granted in the seat cells, used by offline bookings, returned, expired. */
abstract class SeatLeaseContract {

    static final String PRODUCT = "EID_APPLY";
    static final be.antwerpen.lom.model.staff.StaffMember ADMIN = new be.antwerpen.lom.model.staff.StaffMember("admin",
            "Admin", be.antwerpen.lom.model.staff.StaffRole.ADMIN, java.util.Set.of());

    private String location;
    private Database first;
    private Database second;
    private SettableClock clock;
    private ServerComponents one;
    private ServerComponents two;
    private LocalDate monday;

    abstract TestEngine engine();

    @BeforeEach
    void open(@TempDir Path tempDir) {
        engine().assumeAvailable();
        monday = LocalDate.now().plusDays(7).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        while (!openMondayToWednesday(monday)) {
            monday = monday.plusWeeks(1);
        }
        clock = new SettableClock(at(monday.atTime(7, 0)));
        location = engine().newLocation(tempDir);
        first = engine().open(location);
        second = engine().open(location);
        one = new ServerComponents(first, Fixture.REFERENCE, clock, Fixture.TEST_ITERATIONS, Duration.ofHours(8));
        two = new ServerComponents(second, Fixture.REFERENCE, clock, Fixture.TEST_ITERATIONS, Duration.ofHours(8));
        Fixture.staff(one);
    }

    /** Whether antwerpen is open on each of the three days the default policy leases (a holiday closes one). */
    private static boolean openMondayToWednesday(LocalDate monday) {
        SlotEngine engine = new SlotEngine(Fixture.REFERENCE);
        for (int day = 0; day < 3; day++) {
            if (engine.dayCapacity("antwerpen", monday.plusDays(day), List.of()).slots() == 0) {
                return false;
            }
        }
        return true;
    }

    @AfterEach
    void close() {
        if (first != null) {
            first.close();
            second.close();
            engine().drop(location);
        }
    }

    static Instant at(LocalDateTime wallClock) {
        return wallClock.atZone(SlotEngine.BRUSSELS).toInstant();
    }

    private Device device(ServerComponents s, Desk desk) {
        return s.db().inTransaction(c -> s.devices().find(c, desk.id()).orElseThrow());
    }

    private Desk desk(String locationId, String name) {
        return new Desk(one, locationId, name, "agent." + locationId);
    }

    private static Commands.Book book(SeatLease lease, UUID leaseId) {
        return new Commands.Book(UUID.randomUUID(), "L-" + UUID.randomUUID().toString().substring(0, 6),
                lease.locationId(), PRODUCT, lease.start(), Fixture.citizen("Lea", "Peeters"), null, leaseId);
    }

    private int used(ServerComponents s, String locationId, LocalDateTime cell) {
        return s.db().inSnapshot(c -> s.seats().used(c, locationId, cell));
    }

    private Optional<Appointment> appointment(UUID id) {
        return one.db().inSnapshot(c -> one.appointments().find(c, id)).map(a -> a.appointment());
    }

    private CommandReceipt pushOne(Desk desk, Commands.Book b) {
        return desk.push(desk.command(b)).receipts().get(0);
    }

    @Test
    void the_default_policy_leases_seats_at_the_own_location_and_a_few_at_others_held_in_the_seat_cells() {
        Desk desk = desk("antwerpen", "Loket 1");

        List<SeatLease> leases = one.seatLeases().topUp(device(one, desk));

        SeatLeasePolicy policy = SeatLeasePolicy.defaults("antwerpen");
        for (int d = 0; d <= policy.daysAhead(); d++) {
            LocalDate day = monday.plusDays(d);
            assertThat(leases.stream().filter(l -> l.locationId().equals("antwerpen")
                    && l.start().toLocalDate().equals(day))).as("own leases on %s", day)
                    .hasSize(policy.ownSeatsPerDesk());
        }
        assertThat(leases.stream().filter(l -> !l.locationId().equals("antwerpen")).map(SeatLease::locationId)
                .distinct().count()).isGreaterThan(3);
        assertThat(leases.stream().filter(l -> l.locationId().equals("antwerpen")))
                .allSatisfy(l -> assertThat(Duration.between(l.start(), l.end()).toMinutes()).isEqualTo(30));
        for (SeatLease lease : leases) {
            assertThat(used(one, lease.locationId(), lease.start())).isGreaterThanOrEqualTo(1);
            assertThat(lease.useBefore()).isBefore(at(lease.start()));
            assertThat(lease.useBefore()).isBeforeOrEqualTo(clock.instant().plus(Duration.ofHours(24)));
        }
        List<SeatDayCapacity> view = one.seatLeases().capacity("antwerpen", monday, monday.plusDays(2));
        assertThat(view).hasSize(3);
        assertThat(view.get(0).leased()).isEqualTo(3 * policy.ownSeatsPerDesk());
        assertThat(view.get(0).booked()).isZero();
        assertThat(view.get(0).free()).isEqualTo(view.get(0).capacity() - view.get(0).leased());
        assertThat(view).allSatisfy(day -> assertThat(day.unaccounted()).isZero());
    }

    @Test
    void the_capacity_view_counts_bookings_and_leases_apart_and_says_when_the_seat_cells_disagree() {
        Desk desk = desk("antwerpen", "Loket 1");
        SeatLease lease = one.seatLeases().topUp(device(one, desk)).stream()
                .filter(l -> l.locationId().equals("antwerpen") && l.start().toLocalDate().equals(monday))
                .findFirst().orElseThrow();
        CommandReceipt onLease = pushOne(desk, book(lease, lease.id()));
        assertThat(onLease.outcome()).isEqualTo(CommandOutcome.APPLIED);
        SeatDayCapacity before = one.seatLeases().capacity("antwerpen", monday, monday).get(0);

        // a seat counted as taken that no booking or lease explains (a row changed by hand, a lost release)
        first.inTransaction(c -> be.antwerpen.lom.server.db.Rows.update(c, "UPDATE seat_cells SET used = used + 1"
                + " WHERE location_id = ? AND cell_start = ?", "antwerpen",
                be.antwerpen.lom.server.db.WallClock.text(lease.start())));
        SeatDayCapacity after = one.seatLeases().capacity("antwerpen", monday, monday).get(0);

        int cells = Fixture.REFERENCE.products().stream().filter(p -> p.code().equals(PRODUCT)).findFirst()
                .orElseThrow().durationMinutes() / Fixture.REFERENCE.slotMinutes();
        assertThat(before.booked()).as("the booking made on the lease, counted from the bookings").isEqualTo(cells);
        assertThat(before.unaccounted()).isZero();
        assertThat(after.booked()).isEqualTo(before.booked());
        assertThat(after.leased()).isEqualTo(before.leased());
        assertThat(after.free()).isEqualTo(before.free() - 1);
        assertThat(after.unaccounted()).isEqualTo(1);
    }

    @Test
    void topping_up_again_keeps_the_same_leases_and_a_later_sync_moves_their_use_before() {
        Desk desk = desk("antwerpen", "Loket 1");
        List<SeatLease> before = one.seatLeases().topUp(device(one, desk));
        clock.set(clock.instant().plus(Duration.ofMinutes(30)));

        List<SeatLease> after = two.seatLeases().topUp(device(two, desk));

        // the same leases, but one whose use-before moment has passed meanwhile is no longer handed out
        assertThat(after.stream().map(SeatLease::id)).containsExactlyInAnyOrderElementsOf(before.stream()
                .filter(l -> l.useBefore().isAfter(clock.instant())).map(SeatLease::id).toList());
        SeatLease later = after.stream().filter(l -> l.start().toLocalDate().equals(monday.plusDays(2))).findFirst()
                .orElseThrow();
        SeatLease earlier = before.stream().filter(l -> l.id().equals(later.id())).findFirst().orElseThrow();
        assertThat(later.useBefore()).isEqualTo(earlier.useBefore().plus(Duration.ofMinutes(30)));
    }

    @Test
    void no_online_booking_takes_a_leased_seat_and_the_desk_books_it_final_on_another_instance() {
        Desk desk = desk("antwerpen", "Loket 1");
        SeatLease lease = one.seatLeases().topUp(device(one, desk)).stream()
                .filter(l -> l.locationId().equals("antwerpen")).findFirst().orElseThrow();
        int capacity = Fixture.capacity("antwerpen", lease.start());
        int online = 0;
        for (int i = 0; i < capacity + 2; i++) {
            try {
                one.webAppointments().book(ADMIN, new be.antwerpen.lom.model.api.BookingRequest("antwerpen",
                        PRODUCT, lease.start(), Fixture.citizen("Web", "Burger" + (char) ('a' + i))));
                online++;
            } catch (be.antwerpen.lom.server.refusal.Refusal full) {
                assertThat(full.code()).isEqualTo("slot_full");
            }
        }
        assertThat(online).isLessThan(capacity);

        Commands.Book b = book(lease, lease.id());
        CommandReceipt receipt = pushOne(desk, b);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.APPLIED);
        assertThat(appointment(b.appointmentId()).orElseThrow().provisional()).isFalse();
        assertThat(used(two, "antwerpen", lease.start())).isLessThanOrEqualTo(capacity);
        assertThat(two.seatLeases().heldBy(device(two, desk))).extracting(SeatLease::id).doesNotContain(lease.id());
    }

    @Test
    void a_booking_shorter_than_its_lease_gives_back_the_cells_it_does_not_use() {
        Desk desk = desk("antwerpen", "Loket 1");
        // a lease at the desk's own location (30 minutes): at another location a lease can be exactly as long
        // as the product, and which one comes first among leases starting together is not fixed
        SeatLease lease = one.seatLeases().topUp(device(one, desk)).stream()
                .filter(l -> l.locationId().equals("antwerpen")).findFirst().orElseThrow();
        assertThat(Duration.between(lease.start(), lease.end()).toMinutes()).isGreaterThan(20);
        LocalDateTime lastCell = lease.end().minusMinutes(10);
        int before = used(one, lease.locationId(), lastCell);
        int firstBefore = used(one, lease.locationId(), lease.start());

        CommandReceipt receipt = pushOne(desk, book(lease, lease.id()));

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.APPLIED);
        assertThat(used(one, lease.locationId(), lastCell)).isEqualTo(before - 1);
        assertThat(used(one, lease.locationId(), lease.start())).isEqualTo(firstBefore);
        assertThat(pushOne(desk, book(lease, lease.id())).outcome())
                .as("a second booking on a used lease books like one without a lease")
                .isIn(CommandOutcome.APPLIED, CommandOutcome.CONFLICT);
    }

    @Test
    void a_lease_of_another_desk_an_unknown_lease_or_a_booking_outside_the_lease_is_booked_without_it() {
        Desk mine = desk("antwerpen", "Loket 1");
        Desk other = desk("antwerpen", "Loket 2");
        SeatLease theirs = one.seatLeases().topUp(device(one, other)).stream()
                .filter(l -> l.locationId().equals("antwerpen")).findFirst().orElseThrow();
        SeatLease own = one.seatLeases().topUp(device(one, mine)).stream()
                .filter(l -> l.locationId().equals("antwerpen")).findFirst().orElseThrow();
        int seatsBefore = used(one, theirs.locationId(), theirs.start());

        Commands.Book foreign = book(theirs, theirs.id());
        Commands.Book unknown = book(own, UUID.randomUUID());
        // an open morning a week or more ahead: bookable, and far outside the lease (leases cover days near today)
        Commands.Book elsewhere = new Commands.Book(UUID.randomUUID(), "X1", "antwerpen", PRODUCT,
                Fixture.openMorning("antwerpen"), Fixture.citizen("A", "B"), null, own.id());
        List<CommandReceipt> receipts = mine.push(mine.command(foreign), mine.command(unknown),
                mine.command(elsewhere)).receipts();

        assertThat(receipts).extracting(CommandReceipt::outcome).containsOnly(CommandOutcome.APPLIED);
        assertThat(receipts.get(0).reason()).contains("holds no such seat lease");
        assertThat(receipts.get(1).reason()).contains("holds no such seat lease");
        assertThat(receipts.get(2).reason()).contains("does not lie within its seat lease");
        long covering = java.util.stream.Stream.of(foreign, unknown, elsewhere)
                .filter(b -> !b.start().isAfter(theirs.start()) && b.start().plusMinutes(20).isAfter(theirs.start()))
                .count();
        assertThat(used(one, theirs.locationId(), theirs.start())).as("a seat of its own, not the other desk's")
                .isEqualTo(seatsBefore + (int) covering);
        assertThat(one.seatLeases().heldBy(device(one, other))).extracting(SeatLease::id).contains(theirs.id());
        assertThat(one.seatLeases().heldBy(device(one, mine))).extracting(SeatLease::id).contains(own.id());
    }

    @Test
    void a_claim_on_another_desks_lease_never_takes_its_seat_when_the_slot_is_full() {
        Desk mine = desk("antwerpen", "Loket 1");
        Desk other = desk("antwerpen", "Loket 2");
        SeatLease theirs = one.seatLeases().topUp(device(one, other)).stream()
                .filter(l -> l.locationId().equals("antwerpen")).findFirst().orElseThrow();
        for (int i = 0; i < 30; i++) {
            try {
                one.webAppointments().book(ADMIN, new be.antwerpen.lom.model.api.BookingRequest("antwerpen", PRODUCT,
                        theirs.start(), Fixture.citizen("Web", "Burger" + (char) ('a' + i))));
            } catch (be.antwerpen.lom.server.refusal.Refusal full) {
                break;
            }
        }

        Commands.Book foreign = book(theirs, theirs.id());
        CommandReceipt receipt = pushOne(mine, foreign);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.CONFLICT);
        assertThat(appointment(foreign.appointmentId()).orElseThrow().provisional()).isTrue();
        assertThat(one.seatLeases().heldBy(device(one, other))).extracting(SeatLease::id).contains(theirs.id());
        assertThat(pushOne(other, book(theirs, theirs.id())).outcome()).isEqualTo(CommandOutcome.APPLIED);
    }

    @Test
    void a_web_booking_cannot_claim_a_lease() {
        Desk desk = desk("antwerpen", "Loket 1");
        SeatLease lease = one.seatLeases().topUp(device(one, desk)).get(0);
        int before = used(one, lease.locationId(), lease.start());
        Commands.Book b = book(lease, lease.id());
        one.db().inTransaction(c -> {
            be.antwerpen.lom.server.command.CommandWork work = one.applier().begin(c, clock.instant());
            work.apply(be.antwerpen.lom.server.command.Actor.web(
                            new be.antwerpen.lom.model.staff.StaffMember("agent.antwerpen", null,
                                    be.antwerpen.lom.model.staff.StaffRole.AGENT, java.util.Set.of("antwerpen"))),
                    UUID.randomUUID(), b);
            work.finish();
            return null;
        });
        assertThat(used(one, lease.locationId(), lease.start())).isEqualTo(before + 1);
        assertThat(one.seatLeases().heldBy(device(one, desk))).extracting(SeatLease::id).contains(lease.id());
    }

    @Test
    void a_lease_on_a_day_the_location_is_closed_is_rejected_and_keeps_its_seat() {
        Desk desk = desk("antwerpen", "Loket 1");
        one.seatLeases().topUp(device(one, desk));
        LocalDate closed = Fixture.REFERENCE.closures().stream().filter(c -> c.closes("antwerpen", c.from()))
                .map(c -> c.from()).filter(d -> d.isAfter(LocalDate.now())).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(closed != null, "the example data has a closure");
        HeldLease onClosedDay = new HeldLease(UUID.randomUUID(), desk.id(), "antwerpen", closed.atTime(10, 0),
                closed.atTime(10, 30), LeaseStatus.HELD, clock.instant(), clock.instant().plusSeconds(3600),
                clock.instant().plusSeconds(4000), null);
        one.db().inTransaction(c -> {
            one.seatLeaseRows().insert(c, onClosedDay);
            return null;
        });

        Commands.Book b = book(onClosedDay.forDesk(), onClosedDay.id());
        CommandReceipt receipt = pushOne(desk, b);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(receipt.reason()).contains("closed");
        assertThat(appointment(b.appointmentId())).isEmpty();
        assertThat(one.db().inSnapshot(c -> one.seatLeaseRows().find(c, onClosedDay.id())).orElseThrow().status())
                .isEqualTo(LeaseStatus.HELD);
    }

    @Test
    void with_every_desk_cut_off_the_servers_own_schedule_gives_back_the_seats_of_due_leases() throws Exception {
        Desk silent = desk("antwerpen", "Loket 3");
        SeatLease later = one.seatLeases().topUp(device(one, silent)).stream()
                .filter(l -> l.locationId().equals("antwerpen")).findFirst().orElseThrow();
        clock.set(later.useBefore().plus(SeatLeaseService.GRACE).plusSeconds(1));

        try (LeaseSweepSchedule schedule = new LeaseSweepSchedule(two.seatLeases(), clock,
                java.time.Duration.ofMillis(50))) {
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
            while (status(later) == LeaseStatus.HELD && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }

        assertThat(status(later)).as("no desk synced, yet the seat is free for online citizens again")
                .isIn(LeaseStatus.EXPIRED, LeaseStatus.RETURNED);
    }

    private LeaseStatus status(SeatLease lease) {
        return one.db().inSnapshot(c -> one.seatLeaseRows().find(c, lease.id())).orElseThrow().status();
    }

    @Test
    void a_silent_desk_loses_its_unused_leases_and_its_late_lease_booking_is_final_while_the_seat_is_free() {
        Desk silent = desk("antwerpen", "Loket 1");
        Desk busy = desk("deurne", "Loket 1");
        List<SeatLease> leases = one.seatLeases().topUp(device(one, silent));
        SeatLease later = leases.stream().filter(l -> l.locationId().equals("antwerpen")
                && l.start().toLocalDate().equals(monday.plusDays(2))).findFirst().orElseThrow();
        int seats = used(one, "antwerpen", later.start());

        clock.set(later.useBefore().plus(SeatLeaseService.GRACE).plusSeconds(1));
        assertThat(two.seatLeases().sweep(clock.instant())).isPositive();
        assertThat(one.seatLeases().heldBy(device(one, busy))).isEmpty();

        HeldLease expired = one.db().inSnapshot(c -> one.seatLeaseRows().find(c, later.id())).orElseThrow();
        assertThat(expired.status()).isEqualTo(LeaseStatus.EXPIRED);
        assertThat(used(one, "antwerpen", later.start())).isEqualTo(seats - 1);

        Commands.Book b = book(later, later.id());
        CommandReceipt receipt = pushOne(silent, b);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.APPLIED);
        assertThat(receipt.reason()).contains("lapsed");
        assertThat(appointment(b.appointmentId()).orElseThrow().provisional()).isFalse();
    }

    @Test
    void a_lease_its_desk_kept_after_a_sweep_found_it_due_is_not_given_back() {
        Desk desk = desk("antwerpen", "Loket 1");
        SeatLease lease = one.seatLeases().topUp(device(one, desk)).get(0);
        int seats = used(one, "antwerpen", lease.start());
        Instant due = lease.useBefore().plus(SeatLeaseService.GRACE).plusSeconds(1);

        // the sweep read the lease as due; before it gives it back, a sync of the desk keeps it for longer
        one.db().inTransaction(c -> {
            one.seatLeaseRows().extend(c, lease.id(), due.plus(Duration.ofHours(1)), due.plus(Duration.ofHours(2)));
            return null;
        });
        boolean givenBack = two.db().inTransaction(c -> two.seatLeaseRows().closeDue(c, lease.id(),
                LeaseStatus.EXPIRED, due));

        assertThat(givenBack).isFalse();
        assertThat(one.db().inSnapshot(c -> one.seatLeaseRows().find(c, lease.id())).orElseThrow().status())
                .isEqualTo(LeaseStatus.HELD);
        assertThat(used(one, "antwerpen", lease.start())).isEqualTo(seats);
        clock.set(due);
        two.seatLeases().sweep(due);
        assertThat(one.db().inSnapshot(c -> one.seatLeaseRows().find(c, lease.id())).orElseThrow().status())
                .as("not due any more").isEqualTo(LeaseStatus.HELD);
    }

    @Test
    void a_late_lease_booking_whose_seat_was_taken_meanwhile_is_kept_provisional_not_refused() {
        Desk silent = desk("antwerpen", "Loket 1");
        SeatLease later = one.seatLeases().topUp(device(one, silent)).stream()
                .filter(l -> l.locationId().equals("antwerpen") && l.start().toLocalDate().equals(monday.plusDays(2)))
                .findFirst().orElseThrow();
        clock.set(later.useBefore().plus(SeatLeaseService.GRACE).plusSeconds(1));
        assertThat(one.seatLeases().sweep(clock.instant())).isPositive();
        int capacity = Fixture.capacity("antwerpen", later.start());
        for (int i = 0; i < capacity; i++) {
            try {
                two.webAppointments().book(ADMIN, new be.antwerpen.lom.model.api.BookingRequest("antwerpen",
                        PRODUCT, later.start(), Fixture.citizen("Web", "Burger" + (char) ('a' + i))));
            } catch (be.antwerpen.lom.server.refusal.Refusal full) {
                assertThat(full.code()).isEqualTo("slot_full");
                break;
            }
        }

        Commands.Book b = book(later, later.id());
        CommandReceipt receipt = pushOne(silent, b);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.CONFLICT);
        assertThat(appointment(b.appointmentId()).orElseThrow().provisional()).isTrue();
        assertThat(used(one, "antwerpen", later.start())).isLessThanOrEqualTo(capacity);
    }

    @Test
    void an_unused_lease_returns_before_its_slot_and_a_sync_never_grants_one_that_close() {
        Desk desk = desk("antwerpen", "Loket 1");
        SeatLease today = one.seatLeases().topUp(device(one, desk)).stream()
                .filter(l -> l.start().toLocalDate().equals(monday)).findFirst().orElseThrow();
        Instant returnAt = at(today.start()).minus(Duration.ofMinutes(120));
        assertThat(today.useBefore()).isEqualTo(returnAt);

        clock.set(returnAt.plus(SeatLeaseService.GRACE).plusSeconds(1));
        List<SeatLease> now = one.seatLeases().topUp(device(one, desk));

        assertThat(one.db().inSnapshot(c -> one.seatLeaseRows().find(c, today.id())).orElseThrow().status())
                .isEqualTo(LeaseStatus.RETURNED);
        assertThat(now).allSatisfy(l -> assertThat(at(l.start()).minus(Duration.ofMinutes(120)))
                .isAfter(clock.instant()));
    }

    @Test
    void a_lease_past_its_use_before_moment_stays_held_until_its_release_but_is_not_handed_out_again() {
        Desk desk = desk("antwerpen", "Loket 1");
        SeatLease today = one.seatLeases().topUp(device(one, desk)).stream()
                .filter(l -> l.start().toLocalDate().equals(monday)).findFirst().orElseThrow();

        clock.set(today.useBefore().plusSeconds(1));
        List<SeatLease> now = one.seatLeases().topUp(device(one, desk));

        assertThat(now).extracting(SeatLease::id).doesNotContain(today.id());
        assertThat(now).allSatisfy(l -> assertThat(l.useBefore()).isAfter(clock.instant()));
        assertThat(one.db().inSnapshot(c -> one.seatLeaseRows().find(c, today.id())).orElseThrow().status())
                .as("a booking the desk made on it in time may still be on its way").isEqualTo(LeaseStatus.HELD);
    }

    @Test
    void two_syncs_of_one_desk_at_once_on_two_instances_never_lease_it_more_than_its_policy_allows() throws Exception {
        SeatLeasePolicy policy = SeatLeasePolicy.defaults("antwerpen");
        for (int round = 1; round <= 3; round++) {
            Desk desk = desk("antwerpen", "Loket " + round);
            Device onOne = device(one, desk);
            Device onTwo = device(two, desk);

            atOnce(() -> one.seatLeases().topUp(onOne), () -> two.seatLeases().topUp(onTwo));

            Map<String, Long> perLocationAndDay = one.seatLeases().heldBy(onOne).stream().collect(
                    java.util.stream.Collectors.groupingBy(l -> l.locationId() + " " + l.start().toLocalDate(),
                            java.util.stream.Collectors.counting()));
            assertThat(perLocationAndDay).as("round %d", round).isNotEmpty().allSatisfy((key, leases) ->
                    assertThat(leases).as(key).isLessThanOrEqualTo(key.startsWith("antwerpen ")
                            ? policy.ownSeatsPerDesk() : policy.otherSeatsPerDesk()));
        }
    }

    @Test
    void desks_syncing_at_once_on_two_instances_never_lease_more_than_the_days_share_together() throws Exception {
        one.seatLeases().setPolicy(new SeatLeasePolicy("antwerpen", 0, 20, 0, 5, 30, 60, 12), "admin");
        int capacityCells = new SlotEngine(Fixture.REFERENCE).dayCapacity("antwerpen", monday, List.of()).slots();
        int shareCells = capacityCells * 5 / 100;
        Device first = device(one, desk("antwerpen", "Loket 1"));
        Device second = device(two, desk("antwerpen", "Loket 2"));

        atOnce(() -> one.seatLeases().topUp(first), () -> two.seatLeases().topUp(second));

        int grid = Fixture.REFERENCE.slotMinutes();
        long leasedCells = java.util.stream.Stream.of(first, second)
                .flatMap(d -> one.seatLeases().heldBy(d).stream())
                .filter(l -> l.locationId().equals("antwerpen") && l.start().toLocalDate().equals(monday))
                .mapToLong(l -> Duration.between(l.start(), l.end()).toMinutes() / grid).sum();
        assertThat(shareCells).as("the share holds more than one desk's first lease").isGreaterThan(2);
        assertThat(leasedCells).isPositive().isLessThanOrEqualTo(shareCells);
        assertThat(one.seatLeases().capacity("antwerpen", monday, monday).get(0).leased()).isEqualTo(leasedCells);
    }

    /** Runs both at the same moment on two threads and waits for both. */
    private static void atOnce(Runnable a, Runnable b) throws Exception {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> both = List.of(
                    threads.submit(() -> { start.await(); a.run(); return null; }),
                    threads.submit(() -> { start.await(); b.run(); return null; }));
            for (java.util.concurrent.Future<?> f : both) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void an_admin_sets_the_policy_and_desks_then_lease_by_it() {
        one.seatLeases().setPolicy(new SeatLeasePolicy("antwerpen", 0, 1, 0, 15, 20, 60, 12), "admin");
        SeatLeasePolicy stored = two.seatLeases().policy("antwerpen");
        Desk desk = desk("antwerpen", "Loket 1");

        List<SeatLease> leases = one.seatLeases().topUp(device(one, desk)).stream()
                .filter(l -> l.locationId().equals("antwerpen")).toList();

        assertThat(stored.leaseMinutes()).isEqualTo(20);
        assertThat(leases).hasSize(1);
        assertThat(leases.get(0).start().toLocalDate()).isEqualTo(monday);
        assertThat(Duration.between(leases.get(0).start(), leases.get(0).end()).toMinutes()).isEqualTo(20);
        assertThatThrownBy(() -> new SeatLeasePolicy("antwerpen", 0, 1, 0, 90, 20, 60, 12))
                .isInstanceOf(DomainValidationException.class);
        List<AuditEntry> audited = one.db().inSnapshot(c -> one.audit().search(c, "antwerpen", "admin", null,
                List.of("antwerpen"), null, null, 10));
        assertThat(audited).extracting(AuditEntry::action).containsExactly("SetSeatLeasePolicy");
        assertThat(audited.get(0).detail()).contains("ownSeatsPerDesk=1", "leaseMinutes=20");
    }

    @Test
    void over_http_desks_top_up_admins_set_the_policy_and_supervisors_see_the_capacity() throws Exception {
        Javalin app = one.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
        try {
            Http http = new Http(one.json(), app.port());
            Desk desk = desk("antwerpen", "Loket 7");
            String agent = token(http, "agent.antwerpen");
            String supervisor = token(http, "supervisor.antwerpen");
            String admin = token(http, "admin");
            Map<String, String> deskHeaders = Http.device(agent, desk.id(), desk.identity.deviceSecret());

            Http.Response leased = http.post("/sync/seat-leases", Map.of(), deskHeaders);
            Http.Response withoutDevice = http.post("/sync/seat-leases", Map.of(), Http.bearer(agent));
            Map<String, Object> policy = Map.of("locationId", "antwerpen", "daysAhead", 1, "ownSeatsPerDesk", 2,
                    "otherSeatsPerDesk", 1, "maxSharePercent", 10, "leaseMinutes", 30, "returnMinutesBefore", 60,
                    "silenceHours", 8);
            Http.Response bySupervisor = http.send("PUT", "/locations/antwerpen/seat-lease-policy",
                    one.json().writeValueAsString(policy), Http.bearer(supervisor));
            Http.Response byAdmin = http.send("PUT", "/locations/antwerpen/seat-lease-policy",
                    one.json().writeValueAsString(policy), Http.bearer(admin));
            Map<String, Object> bad = new java.util.HashMap<>(policy);
            bad.put("maxSharePercent", 80);
            Http.Response invalid = http.send("PUT", "/locations/antwerpen/seat-lease-policy",
                    one.json().writeValueAsString(bad), Http.bearer(admin));
            Http.Response read = http.get("/locations/antwerpen/seat-lease-policy", Http.bearer(supervisor));
            Http.Response view = http.get("/locations/antwerpen/seat-capacity?from=" + monday + "&to="
                    + monday.plusDays(1), Http.bearer(supervisor));
            Http.Response viewByAgent = http.get("/locations/antwerpen/seat-capacity?from=" + monday,
                    Http.bearer(agent));

            assertThat(leased.status()).isEqualTo(200);
            assertThat(leased.json().size()).isPositive();
            assertThat(leased.json().get(0).has("useBefore")).isTrue();
            assertThat(withoutDevice.status()).isIn(401, 403);
            assertThat(bySupervisor.status()).isEqualTo(403);
            assertThat(byAdmin.status()).isEqualTo(200);
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(read.json().path("silenceHours").asInt()).isEqualTo(8);
            assertThat(view.status()).isEqualTo(200);
            JsonNode day = view.json().get(0);
            assertThat(day.path("leased").asInt()).isPositive();
            assertThat(day.path("capacity").asInt()).isEqualTo(day.path("booked").asInt() + day.path("leased").asInt()
                    + day.path("free").asInt());
            assertThat(viewByAgent.status()).isEqualTo(403);

            SeatLease lease = one.seatLeases().heldBy(device(one, desk)).stream()
                    .filter(l -> l.locationId().equals("antwerpen")).findFirst().orElseThrow();
            for (int i = 0; i < 30; i++) {
                try {
                    one.webAppointments().book(ADMIN, new be.antwerpen.lom.model.api.BookingRequest("antwerpen", PRODUCT,
                            lease.start(), Fixture.citizen("Web", "Burger" + (char) ('a' + i))));
                } catch (be.antwerpen.lom.server.refusal.Refusal full) {
                    break;
                }
            }
            String leaseDay = lease.start().toLocalDate().toString();
            Http.Response proximity = http.get("/slots/proximity?location=antwerpen&product=" + PRODUCT + "&from=" + leaseDay
                    + "&to=" + leaseDay, Http.bearer(agent));
            Http.Response flexibility = http.get("/slots/flexibility?product=" + PRODUCT + "&from=" + leaseDay + "&to="
                    + leaseDay, Http.bearer(agent));
            assertThat(proximity.status()).isEqualTo(200);
            assertThat(proximity.json().findValuesAsText("start")).as("a seat held by a lease is not offered online")
                    .noneMatch(t -> t.startsWith(lease.start().toString()));
            assertThat(flexibility.json()).noneMatch(n -> n.path("locationId").asText().equals("antwerpen")
                    && n.path("start").asText().startsWith(lease.start().toString()));
        } finally {
            app.stop();
        }
    }

    @Test
    void the_documented_lease_backed_book_is_accepted_by_the_real_server() throws Exception {
        Javalin app = one.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
        try {
            Http http = new Http(one.json(), app.port());
            Desk desk = desk("antwerpen", "Loket 8");
            String agent = token(http, "agent.antwerpen");
            Map<String, String> headers = Http.device(agent, desk.id(), desk.identity.deviceSecret());
            JsonNode lease = http.post("/sync/seat-leases", Map.of(), headers).json().get(0);
            String example = documentedExample("seat-lease-book")
                    .replace("0b7e8c1e-6f8a-7a3b-9d2e-5f0c4a1b2c3d", lease.path("id").asText())
                    .replace("\"antwerpen\"", "\"" + lease.path("locationId").asText() + "\"")
                    .replace("2026-12-14T10:00", lease.path("start").asText().substring(0, 16))
                    .replace("\"deviceTime\": \"2026-12-14T07:12:00Z\"", "\"deviceTime\": \"" + clock.instant() + "\"");

            Http.Response pushed = http.send("POST", "/sync/push", example, headers);

            assertThat(pushed.status()).as(pushed.text()).isEqualTo(200);
            assertThat(pushed.json().path("receipts").get(0).path("outcome").asText()).isEqualTo("APPLIED");
        } finally {
            app.stop();
        }
    }

    static String documentedExample(String name) throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "sync-protocol.md"));
        Matcher m = Pattern.compile("<!-- example: " + name + " -->\\s*```json\\s*(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("docs/sync-protocol.md has the example " + name).isTrue();
        return m.group(1);
    }

    private static String token(Http http, String user) {
        return http.post("/auth/login", new LoginRequest(user, Fixture.PASSWORD), Map.of()).json().path("token").asText();
    }

    static Instant truncated(Instant i) {
        return i.truncatedTo(ChronoUnit.MILLIS);
    }
}
