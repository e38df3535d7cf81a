package be.antwerpen.lom.server.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.db.WallClock;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.TestEngine;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Never overbooked: many threads, and two server instances on one database, race for the last seats. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BookingConcurrencyContract {

    private static final StaffMember ADMIN = new StaffMember("admin", "Admin", StaffRole.ADMIN, Set.of());

    private String location;
    private Database first;
    private Database second;
    private ServerComponents one;
    private ServerComponents two;

    abstract TestEngine engine();

    @BeforeAll
    void open(@TempDir Path tempDir) {
        engine().assumeAvailable();
        location = engine().newLocation(tempDir);
        first = engine().open(location);
        second = engine().open(location);
        one = Fixture.components(first);
        two = Fixture.components(second);
    }

    @AfterAll
    void close() {
        if (first != null) {
            first.close();
            second.close();
            engine().drop(location);
        }
    }

    @Test
    void many_threads_booking_the_last_seats_get_exactly_the_capacity() throws Exception {
        LocalDateTime start = Fixture.openMorning("antwerpen").plusMinutes(30);
        int capacity = Fixture.capacity("antwerpen", start);

        int booked = race(start, capacity * 3, List.of(one));

        assertThat(booked).isEqualTo(capacity);
        assertThat(seatHolders(start)).isEqualTo(capacity);
    }

    @Test
    void two_server_instances_on_one_database_never_overbook() throws Exception {
        LocalDateTime start = Fixture.openMorning("antwerpen").plusHours(2);
        int capacity = Fixture.capacity("antwerpen", start);

        int booked = race(start, capacity * 3, List.of(one, two));

        assertThat(booked).isEqualTo(capacity);
        assertThat(seatHolders(start)).isEqualTo(capacity);
    }

    /**
     * ADR 0130: a web booking's row is inserted with its group's, at the end; the same citizen booked many
     * times at once into one slot (bookings of others among them) is still booked once, the others refused
     * {@code already_booked}, on one instance and on two.
     */
    @Test
    void one_citizen_booked_many_times_at_once_into_one_slot_is_booked_once() throws Exception {
        for (List<ServerComponents> instances : List.of(List.of(one), List.of(one, two))) {
            LocalDateTime start = Fixture.openMorning("antwerpen").plusMinutes(30 + 30 * instances.size());
            var citizen = Fixture.citizen("Lotte", "Peeters");
            int others = Math.min(Fixture.capacity("antwerpen", start) - 1, 3);
            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> same = new ArrayList<>();
            List<Future<String>> other = new ArrayList<>();
            try {
                for (int i = 0; i < 12; i++) {
                    ServerComponents instance = instances.get(i % instances.size());
                    same.add(pool.submit(() -> bookOrCode(go, instance, start, citizen)));
                    if (i < others) {
                        other.add(pool.submit(() -> bookOrCode(go, instance, start, Fixture.citizen("Ann", "Claes"))));
                    }
                }
                go.countDown();
                List<String> answers = new ArrayList<>();
                for (Future<String> f : same) {
                    answers.add(f.get());
                }
                assertThat(answers).filteredOn("booked"::equals).hasSize(1);
                assertThat(answers).filteredOn(a -> !"booked".equals(a)).hasSize(11).containsOnly("already_booked");
                for (Future<String> f : other) {
                    assertThat(f.get()).isEqualTo("booked");
                }
                assertThat(seatHolders(start)).isEqualTo(1 + others);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static String bookOrCode(CountDownLatch go, ServerComponents instance, LocalDateTime start,
                                     be.antwerpen.lom.model.citizen.Citizen citizen) throws InterruptedException {
        go.await();
        try {
            instance.webAppointments().book(ADMIN, new BookingRequest("antwerpen", "EID_APPLY", start, citizen));
            return "booked";
        } catch (Refusal r) {
            return r.code();
        }
    }

    private int race(LocalDateTime start, int attempts, List<ServerComponents> instances) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(attempts, 24));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                ServerComponents instance = instances.get(i % instances.size());
                Callable<Boolean> attempt = () -> {
                    go.await();
                    try {
                        instance.webAppointments().book(ADMIN, new BookingRequest("antwerpen", "EID_APPLY", start,
                                Fixture.citizen("Ana", "Silva")));
                        return true;
                    } catch (Refusal p) {
                        assertThat(p.code()).isEqualTo("slot_full");
                        return false;
                    }
                };
                results.add(pool.submit(attempt));
            }
            go.countDown();
            int ok = 0;
            for (Future<Boolean> f : results) {
                ok += f.get() ? 1 : 0;
            }
            return ok;
        } finally {
            pool.shutdownNow();
        }
    }

    private long seatHolders(LocalDateTime start) {
        return first.inTransaction(c -> Rows.one(c, "SELECT COUNT(*) FROM appointments WHERE location_id = ?"
                + " AND start_time = ? AND holds_seat = 1", rs -> rs.getLong(1), "antwerpen",
                WallClock.text(start)).orElse(0L));
    }
}
