package be.antwerpen.lom.bench.server;

import be.antwerpen.lom.bench.measure.CpuSeconds;
import be.antwerpen.lom.bench.measure.ThreadCpu;
import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.wiring.ServerComponents;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Issue 16's booking goal: booking over HTTP with 16 concurrent clients beside bare one-row commits by
 * 16 threads on the same engine and settings (the server's own transaction path, one INSERT each),
 * alternately, on fresh databases; the booking rate should be at least half the bare rate. Prints the
 * rates, the ratio of every round and the CPU seconds this process (server and clients) used for each side.
 */
final class BookingComparison {

    static final int CLIENTS = 16;
    static final int OPERATIONS = 2_000;

    private final ReferenceData reference;
    private final Function<Database, ServerComponents> components;
    private final Supplier<Citizen> citizens;

    BookingComparison(ReferenceData reference, Function<Database, ServerComponents> components,
                      Supplier<Citizen> citizens) {
        this.reference = reference;
        this.components = components;
        this.citizens = citizens;
    }

    /** A rate and the CPU this process used while reaching it. */
    record Rate(double perSecond, double cpuSeconds, int done) {
        double cpuMillisEach() {
            return cpuSeconds * 1000 / done;
        }
    }

    /**
     * {@code warmUps} rounds of both sides first, printed but not counted (a server runs for days: its
     * code is compiled by then), then {@code rounds} counted rounds and their median ratio.
     */
    void compare(ServerBenchMain.Opener opener, int warmUps, int rounds) throws Exception {
        List<Double> ratios = new ArrayList<>();
        for (int round = 1 - warmUps; round <= rounds; round++) {
            Rate bare;
            try (Database db = opener.open()) {
                bare = bareCommitRate(db);
            }
            Rate booking;
            try (Database db = opener.open()) {
                booking = bookingRate(components.apply(db));
            }
            double ratio = booking.perSecond() / bare.perSecond();
            if (round > 0) {
                ratios.add(ratio);
            }
            String name = round > 0 ? "round " + round : "warm-up (not counted)";
            System.out.printf(Locale.ROOT, "%s: booking over HTTP, %d concurrent clients: %.0f bookings/s"
                    + " (%.1f CPU s, %.2f CPU ms each); bare one-row commits, %d threads: %.0f commits/s (%.1f CPU s,"
                    + " %.2f CPU ms each); ratio %.2f%n", name, CLIENTS, booking.perSecond(), booking.cpuSeconds(),
                    booking.cpuMillisEach(), CLIENTS, bare.perSecond(), bare.cpuSeconds(), bare.cpuMillisEach(), ratio);
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "booking / bare commits: median ratio %.2f (min %.2f, max %.2f; goal >= 0.5)%n",
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    /** Bare one-row commits: each a transaction of its own through {@link Database#inTransaction}, 16 at once. */
    Rate bareCommitRate(Database db) throws Exception {
        db.inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.execute("CREATE TABLE bench_bare (id VARCHAR(36) PRIMARY KEY, created_at BIGINT NOT NULL,"
                        + " body VARCHAR(200) NOT NULL)");
            }
            return null;
        });
        AtomicInteger left = new AtomicInteger(OPERATIONS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        double cpu = CpuSeconds.ofThisProcess();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            running.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    db.inTransaction(c -> {
                        try (PreparedStatement s = c.prepareStatement(
                                "INSERT INTO bench_bare (id, created_at, body) VALUES (?, ?, ?)")) {
                            s.setString(1, UUID.randomUUID().toString());
                            s.setLong(2, System.currentTimeMillis());
                            s.setString(3, "a booking-sized row of about a hundred characters, written and committed");
                            s.executeUpdate();
                        }
                        return null;
                    });
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuUsed = CpuSeconds.ofThisProcess() - cpu;
        pool.shutdown();
        return new Rate(OPERATIONS / seconds, cpuUsed, OPERATIONS);
    }

    /** How many commits the bookings took (ADR 0125); nothing for a server from before group commit (A/B runs). */
    private static void printCommits(ServerComponents server) {
        try {
            var commits = server.webAppointments().commits();
            System.out.printf(Locale.ROOT, "  (%d bookings in %d commits: %.1f per commit)%n", commits.works(),
                    commits.groups(), (double) commits.works() / Math.max(1, commits.groups()));
        } catch (NoSuchMethodError olderServer) {
            System.out.println("  (a server without group commit: one commit per booking)");
        }
    }

    /** The bench account's token, from a real login over the JDK's client (not timed). */
    private static String login(ServerComponents server, String base) throws Exception {
        String login = server.json().writeValueAsString(new LoginRequest("bench", "bench-password-123"));
        return server.json().readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                + "/auth/login")).POST(HttpRequest.BodyPublishers.ofString(login)).build(),
                HttpResponse.BodyHandlers.ofString()).body()).path("token").asText();
    }

    /** Bookings through the real HTTP API (login, then POST /appointments), 16 clients at once. */
    Rate bookingRate(ServerComponents server) throws Exception {
        Javalin app = server.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
        try {
            BookingClients http = BookingClients.chosen(CLIENTS);
            String base = "http://127.0.0.1:" + app.port() + "/api/v1";
            String token = login(server, base);
            ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>();
            List<String> locations = reference.locations().stream().map(l -> l.id()).toList();
            for (String location : locations) {
                for (LocalDateTime start : SeatSupply.seats(reference, location, OPERATIONS / locations.size())) {
                    bodies.add(server.json().writeValueAsString(new BookingRequest(location, SeatSupply.PRODUCT, start,
                            citizens.get())));
                }
            }
            int total = bodies.size();
            AtomicInteger failed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            double cpu = CpuSeconds.ofThisProcess();
            ThreadCpu threadsBefore = ThreadCpu.byName(ProcessHandle.current().pid());
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                running.add(pool.submit(() -> {
                    for (String body = bodies.poll(); body != null; body = bodies.poll()) {
                        try {
                            if (http.post(base + "/appointments", token, body) != 201) {
                                failed.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuUsed = CpuSeconds.ofThisProcess() - cpu;
            System.out.println("  clients: " + http + "; CPU by thread: " + ThreadCpu.byName(ProcessHandle.current().pid())
                    .since(threadsBefore, 8));
            pool.shutdown();
            if (failed.get() > 0) {
                System.out.println("  (" + failed.get() + " bookings failed)");
            }
            printCommits(server);
            int done = total - failed.get();
            return new Rate(done / seconds, cpuUsed, Math.max(done, 1));
        } finally {
            app.stop();
        }
    }
}
