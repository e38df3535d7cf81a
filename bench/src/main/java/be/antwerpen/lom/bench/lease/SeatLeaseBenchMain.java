package be.antwerpen.lom.bench.lease;

import be.antwerpen.lom.model.lease.SeatDayCapacity;
import be.antwerpen.lom.model.lease.SeatLease;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.Device;
import java.nio.file.Files;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Seat leases under the default policy (a program, not a test; docs/performance.md): 4 desks at each
 * regional counter and 2 at each city counter sync, in random order, at the start of a Monday; prints the share of each day's seats held in
 * leases per counter, then the time a sync's lease call takes once leases are in place (extend only,
 * the steady state) and when it has to grant (first sync of a desk). SQLite, and PostgreSQL when
 * LOM_TEST_PG_URL is set.
 */
public final class SeatLeaseBenchMain {

    private static final int DESKS_AT_A_REGIONAL_COUNTER = 4;
    private static final int DESKS_AT_A_CITY_COUNTER = 2;
    private static final int STEADY_CALLS = 400;

    private final ReferenceData reference = ReferenceDataLoader.antwerpExample();

    private SeatLeaseBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        SeatLeaseBenchMain bench = new SeatLeaseBenchMain();
        System.out.printf("machine: %d cores, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        try (Database db = Database.sqlite(Files.createTempDirectory("lom-lease-bench").resolve("bench.db"))) {
            bench.run("SQLITE", db);
        }
        String pg = System.getenv("LOM_TEST_PG_URL");
        if (pg != null && !pg.isBlank()) {
            String schema = "bench_" + UUID.randomUUID().toString().substring(0, 8);
            try (Database db = Database.open(pg, System.getenv().getOrDefault("LOM_TEST_PG_USER", "lom"),
                    System.getenv().getOrDefault("LOM_TEST_PG_PASSWORD", "lom"), schema)) {
                bench.run("POSTGRESQL", db);
            }
        }
    }

    private void run(String engine, Database db) {
        System.out.println("== " + engine);
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant morning = monday.atTime(7, 30).atZone(SlotEngine.BRUSSELS).toInstant();
        ServerComponents server = new ServerComponents(db, reference, Clock.fixed(morning, ZoneId.of("UTC")), 1_000,
                Duration.ofHours(8));
        List<Device> desks = new ArrayList<>();
        for (Location location : reference.locations()) {
            int deskCount = location.kind().name().equals("REGIO") ? DESKS_AT_A_REGIONAL_COUNTER : DESKS_AT_A_CITY_COUNTER;
            for (int i = 1; i <= deskCount; i++) {
                String code = server.enrollment().issue(null, location.id(), "Loket " + i, Duration.ofHours(1), "bench");
                String id = server.enrollment().enroll(new EnrollmentRequest(code, "bench")).deviceId();
                desks.add(server.db().inTransaction(c -> server.devices().find(c, id).orElseThrow()));
            }
        }
        long[] grantNanos = new long[desks.size()];
        int leases = 0;
        int fewestOwn = Integer.MAX_VALUE;
        java.util.Collections.shuffle(desks, new java.util.Random(14));
        for (int i = 0; i < desks.size(); i++) {
            long start = System.nanoTime();
            Device desk = desks.get(i);
            List<SeatLease> held = server.seatLeases().topUp(desk);
            grantNanos[i] = System.nanoTime() - start;
            leases += held.size();
            int own = (int) held.stream().filter(l -> l.locationId().equals(desk.locationId())).count();
            int openDays = 0;
            for (int d = 0; d <= 2; d++) {
                openDays += new SlotEngine(reference).dayCapacity(desk.locationId(), monday.plusDays(d), List.of())
                        .slots() > 0 ? 1 : 0;
            }
            int wanted = 3 * openDays;
            if (wanted > 0) {
                fewestOwn = Math.min(fewestOwn, 100 * own / wanted);
            }
        }
        System.out.printf("desks sync in random order; the worst-served desk got %d%% of the own-counter leases"
                + " the policy gives it (3 a day on the days its counter is open)%n", fewestOwn);
        System.out.printf(Locale.ROOT, "%d desks hold %d leases (%.1f each)%n", desks.size(), leases,
                leases / (double) desks.size());
        System.out.println("share of the day's seats (desk x 10-minute cell) held in leases, per counter:");
        System.out.printf("%-14s %-11s %9s %7s %7s%n", "COUNTER", "DAY", "CAPACITY", "LEASED", "SHARE");
        int totalCapacity = 0;
        int totalLeased = 0;
        for (Location location : reference.locations()) {
            for (SeatDayCapacity day : server.seatLeases().capacity(location.id(), monday, monday.plusDays(2))) {
                totalCapacity += day.capacity();
                totalLeased += day.leased();
                System.out.printf(Locale.ROOT, "%-14s %-11s %9d %7d %6.1f%%%n", location.id(), day.day(),
                        day.capacity(), day.leased(), day.capacity() == 0 ? 0 : 100.0 * day.leased() / day.capacity());
            }
        }
        System.out.printf(Locale.ROOT, "all counters, 3 days: %d of %d seats leased (%.1f%%)%n", totalLeased,
                totalCapacity, 100.0 * totalLeased / totalCapacity);
        long[] steady = new long[STEADY_CALLS];
        for (int i = 0; i < STEADY_CALLS; i++) {
            long start = System.nanoTime();
            server.seatLeases().topUp(desks.get(i % desks.size()));
            steady[i] = System.nanoTime() - start;
        }
        report("lease call of a first sync (grants)", grantNanos);
        report("lease call of a steady-state sync (extends, grants nothing)", steady);
    }

    private static void report(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d calls)%n", label,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
