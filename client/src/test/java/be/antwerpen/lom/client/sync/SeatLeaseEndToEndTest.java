package be.antwerpen.lom.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.agenda.SyncMark;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.counter.BookingConfirmation;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.lease.SeatLease;
import be.antwerpen.lom.model.lease.SeatLeasePolicy;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.db.Rows;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 end to end: two desks of antwerpen (real store, outbox, sync engine) get seat leases at
 * sync, lose the server, the web fills every other seat of the leased slots meanwhile, each desk
 * books into all its leases (marked certain on the booking screen), and after reconnecting there is
 * no conflict and every booking is final on the server and on the desk.
 */
class SeatLeaseEndToEndTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final StaffMember WEB = new StaffMember("admin", "Admin", StaffRole.ADMIN, Set.of());

    @TempDir
    Path serverDir;
    @TempDir
    Path deskADir;
    @TempDir
    Path deskBDir;

    private final Clock clock = Clock.system(BRUSSELS);
    private RealServer server;
    private ScheduledExecutorService scheduler;
    private DeskServices deskA;
    private DeskServices deskB;

    @BeforeEach
    void start() throws Exception {
        server = new RealServer(serverDir);
        // four days ahead at every location: with the default two, some stretches (Christmas Eve evening to Boxing
        // Day, a Saturday before Easter Monday) have no slot at another location far enough off to lease
        for (var location : server.components.reference().locations()) {
            server.components.seatLeases().setPolicy(new SeatLeasePolicy(location.id(), 4, 3, 1, 15, 30, 120, 24),
                    "e2e");
        }
        server.start();
        scheduler = DeskAssembly.syncScheduler();
        deskA = enrolled(deskADir, RealServer.ENROLL_CODE);
        deskB = enrolled(deskBDir, RealServer.SECOND_DESK_CODE);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        for (DeskServices desk : Arrays.asList(deskA, deskB)) {
            if (desk != null) {
                desk.close();
            }
        }
        server.close();
    }

    @Test
    void two_desks_book_offline_into_their_leases_while_the_web_fills_the_rest_and_nothing_conflicts() {
        List<SeatLease> leasesA = usable(deskA);
        List<SeatLease> leasesB = usable(deskB);
        assertThat(leasesA.stream().filter(l -> l.locationId().equals("antwerpen"))).isNotEmpty();
        assertThat(leasesB.stream().filter(l -> l.locationId().equals("antwerpen"))).isNotEmpty();
        assertThat(leasesA.stream().filter(l -> !l.locationId().equals("antwerpen"))).isNotEmpty();

        server.stop();
        List<SeatLease> all = new ArrayList<>(leasesA);
        all.addAll(leasesB);
        int webBookings = 0;
        for (SeatLease lease : all) {
            webBookings += fillOnline(lease);
        }
        assertThat(webBookings).isPositive();

        List<BookingConfirmation> booked = new ArrayList<>();
        booked.addAll(bookEveryLease(deskA, leasesA));
        booked.addAll(bookEveryLease(deskB, leasesB));
        deskA.sync().syncOnce();
        assertThat(deskA.sync().status().phase()).isEqualTo(SyncPhase.OFFLINE);
        assertThat(booked).isNotEmpty().allSatisfy(b -> assertThat(b.provisional()).isFalse());

        server.start();
        deskB.sync().syncOnce();
        deskA.sync().syncOnce();
        deskB.sync().syncOnce();

        assertThat(conflictsOnServer()).isZero();
        for (DeskServices desk : List.of(deskA, deskB)) {
            assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
            assertThat(desk.agenda().outbox()).isEmpty();
        }
        for (BookingConfirmation b : booked) {
            Appointment stored = server.components.db().inSnapshot(c -> server.components.appointments()
                    .find(c, b.appointmentId())).orElseThrow().appointment();
            assertThat(stored.provisional()).isFalse();
            if (b.locationId().equals("antwerpen")) {
                for (DeskServices desk : List.of(deskA, deskB)) {
                    assertThat(desk.agenda().day(b.start().toLocalDate()))
                            .filteredOn(e -> e.appointment().id().equals(b.appointmentId())).singleElement()
                            .satisfies(e -> {
                                assertThat(e.mark()).isEqualTo(SyncMark.SYNCED);
                                assertThat(e.appointment().provisional()).isFalse();
                            });
                }
            }
        }
    }

    /** Books EID_APPLY at the start of each lease, checking the booking screen calls that moment certain. */
    private List<BookingConfirmation> bookEveryLease(DeskServices desk, List<SeatLease> leases) {
        List<BookingConfirmation> done = new ArrayList<>();
        for (SeatLease lease : leases) {
            Predicate<Slot> certain = desk.booking().certainty();
            List<Slot> offered = lease.locationId().equals("antwerpen")
                    ? desk.booking().proximity("antwerpen", "EID_APPLY", 6)
                    : desk.booking().flexibility("EID_APPLY", 6, false, false, 5000);
            Slot slot = offered.stream().filter(s -> s.locationId().equals(lease.locationId())
                    && s.start().equals(lease.start())).findFirst().orElse(null);
            if (slot == null) {
                continue;
            }
            assertThat(certain.test(slot)).as("the leased moment is offered as certain").isTrue();
            done.add(desk.booking().book(lease.locationId(), "EID_APPLY", lease.start(),
                    TestAppointments.anotherCitizen("Lea", "Peeters")));
        }
        return done;
    }

    private int fillOnline(SeatLease lease) {
        int booked = 0;
        while (booked < 50) {
            try {
                server.components.webAppointments().book(WEB, new BookingRequest(lease.locationId(), "EID_APPLY",
                        lease.start(), TestAppointments.anotherCitizen("Web", "Burger")));
                booked++;
            } catch (RuntimeException full) {
                assertThat(full.getMessage()).contains("no seat is left");
                return booked;
            }
        }
        throw new AssertionError("the web kept booking " + lease.start());
    }

    private int conflictsOnServer() {
        return server.components.db().inSnapshot(c -> Rows.one(c, "SELECT COUNT(*) FROM conflicts",
                rs -> rs.getInt(1)).orElse(0));
    }

    private List<SeatLease> usable(DeskServices desk) {
        return desk.store().database().inTransaction(c -> desk.store().seatLeases().usable(c, clock.instant()));
    }

    private DeskServices enrolled(Path dir, String code) {
        DeskServices desk = DeskAssembly.build(new ClientOptions(server.url(), null, dir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO), clock, scheduler, 1_000);
        desk.sync().stop();
        desk.enrollment().enroll(server.url(), code, "e2e-" + code);
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();
        assertThat(desk.sync().status().phase()).isEqualTo(SyncPhase.ONLINE);
        return desk;
    }
}
