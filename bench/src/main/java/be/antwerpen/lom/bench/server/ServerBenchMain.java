package be.antwerpen.lom.bench.server;

import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import be.antwerpen.lom.model.sync.PullResponse;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.demo.RegisterNumbers;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.sync.PushService;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Server benchmarks (a program, not a test): push-apply rate for 10,000 commands from one desk and
 * from 10 desks at once beside the raw limit (plain JDBC batched insert of the same rows on the same
 * engine), pull of a busy day's changes, and booking throughput over HTTP with 16 concurrent clients.
 * Runs on SQLite, and on PostgreSQL when LOM_TEST_PG_URL is set. See docs/perf-notes/server.md.
 */
public final class ServerBenchMain {

    private static final int COMMANDS = 10_000;
    private static final int BATCH = 500;
    private static final int STEPS = 5; // Book, CheckIn, Call, StartService, MarkServed

    private final ReferenceData reference = ReferenceDataLoader.antwerpExample();
    private final Random random = new Random(7);
    private final RegisterNumbers numbers = new RegisterNumbers(random);

    private ServerBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        ServerBenchMain bench = new ServerBenchMain();
        System.out.printf("machine: %d cores, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        bench.run("SQLITE", () -> Database.sqlite(Files.createTempDirectory("lom-bench").resolve("bench.db")));
        String pg = System.getenv("LOM_TEST_PG_URL");
        if (pg != null && !pg.isBlank()) {
            bench.run("POSTGRESQL", () -> Database.open(pg, System.getenv().getOrDefault("LOM_TEST_PG_USER", "lom"),
                    System.getenv().getOrDefault("LOM_TEST_PG_PASSWORD", "lom"),
                    "bench_" + UUID.randomUUID().toString().substring(0, 8)));
        }
    }

    @FunctionalInterface
    private interface Opener {
        Database open() throws Exception;
    }

    private void run(String engine, Opener opener) throws Exception {
        System.out.println("== " + engine);
        try (Database one = opener.open()) {
            ServerComponents server = components(one);
            double raw = rawInsertRate(one, COMMANDS);
            double single = pushRate(server, List.of("antwerpen"), COMMANDS);
            System.out.printf(Locale.ROOT, "push-apply, 1 desk, %d commands: %.0f commands/s; raw limit %.0f rows-of-a-command/s;"
                    + " ratio %.2f%n", COMMANDS, single, raw, single / raw);
            long start = System.nanoTime();
            int changes = pullAll(server, "antwerpen");
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "pull of the busy day at antwerpen: %d changes in %.0f ms (%.0f changes/s)%n",
                    changes, ms, changes / (ms / 1000));
        }
        try (Database ten = opener.open()) {
            ServerComponents server = components(ten);
            List<String> locations = reference.locations().stream().map(l -> l.id()).toList();
            double raw = rawInsertRate(ten, COMMANDS);
            double multi = pushRate(server, locations, COMMANDS);
            System.out.printf(Locale.ROOT, "push-apply, 10 desks at once, %d commands: %.0f commands/s; raw limit %.0f/s;"
                    + " ratio %.2f%n", COMMANDS, multi, raw, multi / raw);
        }
        try (Database http = opener.open()) {
            ServerComponents server = components(http);
            System.out.printf(Locale.ROOT, "booking over HTTP, 16 concurrent clients: %.0f bookings/s%n",
                    bookingRate(server, 16, 2_000));
        }
    }

    private ServerComponents components(Database db) {
        ServerComponents server = new ServerComponents(db, reference, Clock.systemUTC(), 1_000, Duration.ofHours(1));
        server.staffAdministration.create("bench", "Bench", StaffRole.ADMIN, Set.of(), "bench-password-123", true,
                "bench");
        return server;
    }

    /** Commands of {@code total / desks} each from one desk per location, pushed at once in batches. */
    private double pushRate(ServerComponents server, List<String> locations, int total) throws Exception {
        int perDesk = total / locations.size();
        List<Runnable> desks = new ArrayList<>();
        for (String location : locations) {
            String code = server.enrollment.issue(null, location, "Bench " + location, Duration.ofHours(1), "bench");
            EnrollmentResponse device = server.enrollment.enroll(new EnrollmentRequest(code, "bench"));
            List<SyncCommand> commands = deskDay(location, perDesk);
            List<ArrayNode> batches = new ArrayList<>();
            for (int i = 0; i < commands.size(); i += BATCH) {
                ArrayNode batch = server.json.createArrayNode();
                commands.subList(i, Math.min(i + BATCH, commands.size()))
                        .forEach(c -> batch.add(server.json.valueToTree(c)));
                batches.add(batch);
            }
            desks.add(() -> batches.forEach(b -> {
                var response = server.push.push(device.deviceId(), PushService.identities(b));
                if (response.expectedSequence() != null) {
                    throw new IllegalStateException("gap in the benchmark's own sequence");
                }
            }));
        }
        ExecutorService pool = Executors.newFixedThreadPool(desks.size());
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        desks.forEach(d -> running.add(pool.submit(d)));
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return perDesk * locations.size() / seconds;
    }

    /** A desk's busy day: appointments booked and served, STEPS commands each. */
    private List<SyncCommand> deskDay(String location, int count) {
        List<LocalDateTime> seats = SeatSupply.seats(reference, location, count / STEPS);
        List<SyncCommand> out = new ArrayList<>(count);
        long seq = 0;
        for (LocalDateTime start : seats) {
            UUID id = UUID.randomUUID();
            List<CommandPayload> steps = List.of(
                    new Commands.Book(id, "B" + (seq / STEPS), location, SeatSupply.PRODUCT, start, citizen(),
                            AppointmentOrigin.COUNTER),
                    new Commands.CheckIn(id, null), new Commands.Call(id, "Bench", null),
                    new Commands.StartService(id, null), new Commands.MarkServed(id, "ok", null));
            for (CommandPayload p : steps) {
                out.add(new SyncCommand(UUID.randomUUID(), ++seq, 1, Instant.now(), "bench", p));
            }
        }
        return out;
    }

    private Citizen citizen() {
        return new Citizen(numbers.next(), "Ayşe", "Yılmaz", "ayse@example.org", "+32 470 12 34 56");
    }

    /**
     * The raw limit: the rows one command writes besides its own effect row (receipt, change-log row,
     * audit line) plus an appointment row, inserted with plain JDBC batches of the same size, one
     * transaction per batch, on the same engine.
     */
    private double rawInsertRate(Database db, int count) throws Exception {
        try (Connection c = db.rawConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE raw_receipts (device_id TEXT, sequence BIGINT, command_id TEXT, outcome TEXT,"
                        + " change_seq BIGINT, applied_at BIGINT)");
                s.execute("CREATE TABLE raw_changes (seq BIGINT, entity_type TEXT, entity_id TEXT, location_id TEXT,"
                        + " data TEXT, committed_at BIGINT)");
                s.execute("CREATE TABLE raw_audit (id TEXT, at BIGINT, actor TEXT, device_id TEXT, action TEXT,"
                        + " entity_id TEXT, detail TEXT)");
                s.execute("CREATE TABLE raw_appointments (id TEXT, location_id TEXT, start_time TEXT, status TEXT,"
                        + " given_name TEXT, family_name TEXT, register_number TEXT)");
            }
            String json = "{\"id\":\"" + UUID.randomUUID() + "\",\"code\":\"B1\",\"locationId\":\"antwerpen\","
                    + "\"productCode\":\"EID_ACTIVATE\",\"start\":\"2026-12-01T09:00:00\",\"status\":\"BOOKED\","
                    + "\"citizen\":{\"givenName\":\"Ayşe\",\"familyName\":\"Yılmaz\"}}";
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement r = c.prepareStatement("INSERT INTO raw_receipts VALUES (?,?,?,?,?,?)");
                 PreparedStatement ch = c.prepareStatement("INSERT INTO raw_changes VALUES (?,?,?,?,?,?)");
                 PreparedStatement a = c.prepareStatement("INSERT INTO raw_audit VALUES (?,?,?,?,?,?,?)");
                 PreparedStatement ap = c.prepareStatement("INSERT INTO raw_appointments VALUES (?,?,?,?,?,?,?)")) {
                for (int i = 1; i <= count; i++) {
                    String id = UUID.randomUUID().toString();
                    r.setString(1, "dev");
                    r.setLong(2, i);
                    r.setString(3, id);
                    r.setString(4, "APPLIED");
                    r.setLong(5, i);
                    r.setLong(6, System.currentTimeMillis());
                    r.addBatch();
                    ch.setLong(1, i);
                    ch.setString(2, "APPOINTMENT");
                    ch.setString(3, id);
                    ch.setString(4, "antwerpen");
                    ch.setString(5, json);
                    ch.setLong(6, System.currentTimeMillis());
                    ch.addBatch();
                    a.setString(1, id);
                    a.setLong(2, System.currentTimeMillis());
                    a.setString(3, "bench");
                    a.setString(4, "dev");
                    a.setString(5, "Book");
                    a.setString(6, id);
                    a.setString(7, "APPLIED");
                    a.addBatch();
                    ap.setString(1, id);
                    ap.setString(2, "antwerpen");
                    ap.setString(3, "2026-12-01T09:00:00");
                    ap.setString(4, "BOOKED");
                    ap.setString(5, "Ayşe");
                    ap.setString(6, "Yılmaz");
                    ap.setString(7, "85073003328");
                    ap.addBatch();
                    if (i % BATCH == 0 || i == count) {
                        r.executeBatch();
                        ch.executeBatch();
                        a.executeBatch();
                        ap.executeBatch();
                        c.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            c.setAutoCommit(true);
            return count / seconds;
        }
    }

    private int pullAll(ServerComponents server, String location) {
        String code = server.enrollment.issue(null, location, "Reader", Duration.ofHours(1), "bench");
        EnrollmentResponse device = server.enrollment.enroll(new EnrollmentRequest(code, "reader"));
        long cursor = 0;
        int count = 0;
        PullResponse page;
        do {
            page = server.pull.pull(device.deviceId(), cursor, 1000);
            count += page.changes().size();
            cursor = page.nextCursor();
        } while (page.hasMore());
        return count;
    }

    private double bookingRate(ServerComponents server, int clients, int bookings) throws Exception {
        Javalin app = HttpApi.create(server, new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + app.port() + "/api/v1";
            String login = server.json.writeValueAsString(new LoginRequest("bench", "bench-password-123"));
            String token = server.json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/auth/login"))
                    .POST(HttpRequest.BodyPublishers.ofString(login)).build(), HttpResponse.BodyHandlers.ofString())
                    .body()).path("token").asText();
            ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>();
            List<String> locations = reference.locations().stream().map(l -> l.id()).toList();
            for (String location : locations) {
                for (LocalDateTime start : SeatSupply.seats(reference, location, bookings / locations.size())) {
                    bodies.add(server.json.writeValueAsString(new BookingRequest(location, SeatSupply.PRODUCT, start,
                            citizen())));
                }
            }
            int total = bodies.size();
            AtomicInteger failed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> {
                    for (String body = bodies.poll(); body != null; body = bodies.poll()) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/appointments"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        try {
                            if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 201) {
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
            pool.shutdown();
            if (failed.get() > 0) {
                System.out.println("  (" + failed.get() + " bookings failed)");
            }
            return (total - failed.get()) / seconds;
        } finally {
            app.stop();
        }
    }
}
