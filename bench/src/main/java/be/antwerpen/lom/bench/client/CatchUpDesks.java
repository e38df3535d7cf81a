package be.antwerpen.lom.bench.client;

import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.agenda.SyncMark;
import be.antwerpen.lom.client.store.LocalDatabase;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.wiring.ServerComponents;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.sqlite.SQLiteConfig;

/**
 * The desks' side of {@link HeadlessCatchUpBenchMain}: the work made offline, the sync until every desk has
 * caught up, and the untimed check that each desk shows exactly what the server's database holds.
 */
final class CatchUpDesks {

    private CatchUpDesks() {
    }

    /** N/4 walk-ins, each registered, called, started and served: four commands each, all offline. */
    static List<UUID> makeOffline(DeskServices desk, int walkIns) {
        Citizen citizen = new Citizen(null, "Jan", "Janssens", null, null);
        for (int i = 0; i < walkIns; i++) {
            desk.actions().registerWalkIn("EID_APPLY", citizen);
        }
        List<UUID> ids = walkInIds(desk);
        for (UUID id : ids) {
            desk.actions().call(id);
            desk.actions().startService(id);
            desk.actions().markServed(id, "ok");
        }
        return ids;
    }

    /**
     * Every desk syncs on its own thread until it has nothing waiting and shows all {@code expected}
     * appointments of the day synced (the others' too: they are all at antwerpen). A desk whose own outbox is
     * empty but that still waits for the others' work polls every 10 ms. Returns the sync rounds of all desks.
     * A watcher notes two moments, reading each desk's file on a read-only connection of its own:
     * {@code everyPushAcknowledged}, when no desk has a command the server has not acknowledged (looked at every
     * 10 ms: every push answered with its receipts, the work durable at the server, which is where a PouchDB push
     * ends), and {@code everyOutboxSettled}, when every desk's outbox was first seen empty (every 20 ms: each
     * receipt also reflected in the desk's pull), while the desks' pulls go on.
     */
    static int catchUpAtOnce(List<BenchDesk> desks, LocalDate today, int expected, long deadline,
                             AtomicLong everyPushAcknowledged, AtomicLong everyOutboxSettled) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(desks.size() + 1);
        try {
            threads.submit(() -> {
                // the watcher reads each desk's file on a connection of its own (WAL: it never waits for the
                // desk); through the desk's store it would wait for every page the desk applies, and see late
                List<Connection> files = new ArrayList<>();
                try {
                    for (BenchDesk desk : desks) {
                        files.add(readOnly(desk));
                    }
                    while (anyInOutbox(files, "status = 'PENDING'")) {
                        Thread.sleep(10);
                    }
                    everyPushAcknowledged.compareAndSet(0, System.nanoTime());
                    while (anyInOutbox(files, "1 = 1")) {
                        Thread.sleep(20);
                    }
                    everyOutboxSettled.compareAndSet(0, System.nanoTime());
                } finally {
                    for (Connection file : files) {
                        file.close();
                    }
                }
                return null;
            });
            List<Future<Integer>> done = new ArrayList<>();
            for (BenchDesk bench : desks) {
                DeskServices desk = bench.services();
                done.add(threads.submit(() -> {
                    int rounds = 0;
                    while (!looksCaughtUp(desk, today, expected)) {
                        desk.sync().syncOnce();
                        rounds++;
                        checkDeadline(deadline);
                        if (desks.size() > 1 && inOutbox(desk) == 0) {
                            Thread.sleep(10);
                        }
                    }
                    return rounds;
                }));
            }
            int rounds = 0;
            for (Future<Integer> f : done) {
                rounds += f.get();
            }
            // the watcher's last look came after the end
            everyPushAcknowledged.compareAndSet(0, System.nanoTime());
            everyOutboxSettled.compareAndSet(0, System.nanoTime());
            return rounds;
        } finally {
            threads.shutdownNow();
        }
    }

    static void checkDeadline(long deadline) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("the desks did not catch up within 30 minutes");
        }
    }

    private static Connection readOnly(BenchDesk desk) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + desk.dataDir().resolve(LocalDatabase.FILE_NAME));
    }

    private static boolean anyInOutbox(List<Connection> files, String where) throws SQLException {
        for (Connection file : files) {
            try (PreparedStatement s = file.prepareStatement("SELECT EXISTS (SELECT 1 FROM outbox WHERE " + where + ")");
                 ResultSet rs = s.executeQuery()) {
                if (rs.next() && rs.getInt(1) == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    static int inOutbox(DeskServices desk) {
        // counts, not the outbox itself: with 100,000 queued commands the list alone would not fit a 256 MB heap
        return desk.store().database().inTransaction(c -> {
            int n = 0;
            for (OutboxStatus status : OutboxStatus.values()) {
                n += desk.store().outbox().count(c, status);
            }
            return n;
        });
    }

    /**
     * The look the timed loops take after every sync round: nothing in the outbox, and {@code expected}
     * appointments of the day SERVED in the desk's copy, counted in SQL. A desk that waits for the others' work
     * looks every 10 ms; reading the whole day through the agenda (every citizen's sealed data opened) each time
     * cost the waiting desks a tenth of the bench process's CPU, which the pushing desks then lacked. A real desk
     * does not poll like that, so the run should not measure it. {@link #caughtUp} is checked once after the run.
     */
    static boolean looksCaughtUp(DeskServices desk, LocalDate today, int expected) {
        if (inOutbox(desk) > 0) {
            return false;
        }
        return desk.store().database().inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM appointment"
                    + " WHERE start_at >= ? AND start_at < ? AND status = 'SERVED'")) {
                s.setString(1, today.atStartOfDay().toString());
                s.setString(2, today.plusDays(1).atStartOfDay().toString());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && rs.getInt(1) == expected;
                }
            }
        });
    }

    /** Untimed, after a run that {@link #looksCaughtUp}: what the desk shows is the end state, or the run fails. */
    static void checkShowsEndState(DeskServices desk, LocalDate today, int expected) {
        if (!caughtUp(desk, today, expected)) {
            throw new IllegalStateException("a desk that looked caught up does not show every appointment"
                    + " SERVED and synced");
        }
    }

    /**
     * Nothing in the outbox, and all {@code expected} appointments of the day shown SERVED and synced: the end
     * state of every walk-in. (Synced alone is not enough with several desks: another desk's appointment is
     * synced as soon as it is pulled, also in a state the other desk has not finished with.)
     */
    static boolean caughtUp(DeskServices desk, LocalDate today, int expected) {
        if (inOutbox(desk) > 0) {
            return false;
        }
        List<AgendaEntry> day = desk.agenda().day(today);
        return day.size() == expected && day.stream().allMatch(e -> e.mark() == SyncMark.SYNCED
                && e.appointment().status() == AppointmentStatus.SERVED);
    }

    /** The walk-ins made offline, read from the outbox's clear columns (not the whole outbox: heap-capped runs). */
    static List<UUID> walkInIds(DeskServices desk) {
        return desk.store().database().inTransaction(c -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT entity_id FROM outbox WHERE command_type = 'RegisterWalkIn' ORDER BY sequence");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(UUID.fromString(rs.getString(1)));
                }
            }
            return ids;
        });
    }

    /** Untimed: the server's own database (server stopped) holds exactly what the desk shows. */
    static void checkEqualsServer(DeskServices desk, ServerUnderTest serverUnderTest, LocalDate today,
                                          int expected) {
        Database db = serverUnderTest.openDatabase();
        try {
            ServerComponents server = new ServerComponents(db, ReferenceDataLoader.antwerpExample(),
                    Clock.systemUTC(), 1_000, Duration.ofHours(8));
            List<String> truth = db.inSnapshot(c -> server.appointments().atLocation(c, "antwerpen",
                    today.atStartOfDay(), today.plusDays(1).atStartOfDay())).stream()
                    .map((Appointment a) -> a.id() + " " + a.status() + " " + a.version()).toList();
            List<String> shown = desk.agenda().day(today).stream()
                    .map(e -> e.appointment().id() + " " + e.appointment().status() + " " + e.appointment().version())
                    .toList();
            if (truth.size() != expected || !new TreeSet<>(truth).equals(new TreeSet<>(shown))
                    || !truth.stream().allMatch(s -> s.contains(" SERVED "))) {
                throw new IllegalStateException("the desk does not equal the server: desk " + shown.size()
                        + " entries, server " + truth.size());
            }
        } finally {
            db.close();
        }
    }
}
