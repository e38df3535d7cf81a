package be.antwerpen.lom.bench.server;

import be.antwerpen.lom.bench.measure.JitPlan;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import be.antwerpen.lom.model.sync.PullResponse;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.db.WallClock;
import be.antwerpen.lom.server.demo.RegisterNumbers;
import be.antwerpen.lom.server.sync.PushService;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import com.fasterxml.jackson.databind.ObjectMapper;
import be.antwerpen.lom.model.sync.ProtocolJson;

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
    private static final int ROUNDS = Integer.getInteger("lom.bench.rounds", 3);

    private final ReferenceData reference = ReferenceDataLoader.antwerpExample();
    private final Random random = new Random(7);
    private final RegisterNumbers numbers = new RegisterNumbers(random);
    private final ObjectMapper json = ProtocolJson.newMapper();

    private ServerBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        ServerBenchMain bench = new ServerBenchMain();
        System.out.println("server in the bench's JVM: " + JitPlan.ofThisJvm());
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
    interface Opener {
        Database open() throws Exception;
    }

    private void run(String engine, Opener opener) throws Exception {
        System.out.println("== " + engine);
        BookingComparison booking = new BookingComparison(reference, this::components, this::citizen);
        if ("booking".equals(System.getProperty("lom.bench.only"))) {
            booking.compare(opener::open, Integer.getInteger("lom.bench.warmup", 1), ROUNDS);
            return;
        }
        List<DeskDay> oneDesk = List.of(new DeskDay("antwerpen", deskDay("antwerpen", COMMANDS)));
        List<String> locations = reference.locations().stream().map(l -> l.id()).toList();
        List<DeskDay> tenDesks = new ArrayList<>();
        for (String location : locations) {
            tenDesks.add(new DeskDay(location, deskDay(location, COMMANDS / locations.size())));
        }
        comparePush("1 desk", opener, oneDesk);
        comparePush("10 desks at once", opener, tenDesks);
        try (Database one = opener.open()) {
            ServerComponents server = components(one);
            pushRate(server, oneDesk);
            long start = System.nanoTime();
            int changes = pullAll(server, "antwerpen");
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "pull of the busy day at antwerpen: %d changes in %.0f ms (%.0f changes/s)%n",
                    changes, ms, changes / (ms / 1000));
        }
        try (Database city = opener.open()) {
            ServerComponents server = components(city);
            pushRate(server, tenDesks);
            long start = System.nanoTime();
            int changes = pullAll(server, "antwerpen");
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "pull at antwerpen after a busy day in every location (own changes"
                    + " + other locations' seats): %d changes in %.0f ms (%.0f changes/s)%n",
                    changes, ms, changes / (ms / 1000));
        }
        try (Database http = opener.open()) {
            ServerComponents server = components(http);
            System.out.printf(Locale.ROOT, "booking over HTTP, 16 concurrent clients: %.0f bookings/s%n",
                    booking.bookingRate(server).perSecond());
        }
    }

    /**
     * Raw limit and push-apply, alternately, ROUNDS times, each on fresh databases, so both see the
     * same load on this shared machine; prints every round's ratio and the median.
     */
    private void comparePush(String label, Opener opener, List<DeskDay> days) throws Exception {
        int total = days.stream().mapToInt(d -> d.commands().size()).sum();
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            double raw;
            try (Database rawDb = opener.open()) {
                raw = rawInsertRate(rawDb, days);
            }
            double push;
            try (Database db = opener.open()) {
                push = pushRate(components(db), days);
            }
            ratios.add(push / raw);
            System.out.printf(Locale.ROOT, "push-apply, %s, %d commands, round %d: %.0f commands/s; raw limit %.0f"
                    + " commands/s; ratio %.2f%n", label, total, round, push, raw, push / raw);
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "push-apply, %s: median ratio %.2f (min %.2f, max %.2f)%n", label,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    /** One desk's queued commands. */
    private record DeskDay(String location, List<SyncCommand> commands) {
    }

    private ServerComponents components(Database db) {
        ServerComponents server = new ServerComponents(db, reference, Clock.systemUTC(), 1_000, Duration.ofHours(1));
        server.staffAdministration().create("bench", "Bench", StaffRole.ADMIN, Set.of(), "bench-password-123", true,
                "bench");
        return server;
    }

    /** Every desk pushes its commands at the same time, in batches of BATCH, each desk on its own thread. */
    private double pushRate(ServerComponents server, List<DeskDay> days) throws Exception {
        List<Runnable> desks = new ArrayList<>();
        int total = 0;
        for (DeskDay day : days) {
            String code = server.enrollment().issue(null, day.location(), "Bench " + day.location(), Duration.ofHours(1),
                    "bench");
            EnrollmentResponse device = server.enrollment().enroll(new EnrollmentRequest(code, "bench"));
            var session = server.db().inSnapshot(c -> server.staff().find(c, "bench")).orElseThrow().member();
            List<ArrayNode> batches = new ArrayList<>();
            for (int i = 0; i < day.commands().size(); i += BATCH) {
                ArrayNode batch = server.json().createArrayNode();
                day.commands().subList(i, Math.min(i + BATCH, day.commands().size()))
                        .forEach(c -> batch.add(server.json().valueToTree(c)));
                batches.add(batch);
            }
            total += day.commands().size();
            desks.add(() -> batches.forEach(b -> {
                var response = server.push().push(session, device.deviceId(), PushService.identities(b));
                if (response.expectedSequence() != null) {
                    throw new IllegalStateException("gap in the benchmark's own sequence");
                }
                if (response.receipts().stream().anyMatch(r -> r.outcome() != CommandOutcome.APPLIED)) {
                    throw new IllegalStateException("a benchmark command was not simply applied");
                }
            }));
        }
        return runAtOnce(desks, total);
    }

    private static double runAtOnce(List<Runnable> desks, int total) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(desks.size());
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        desks.forEach(d -> running.add(pool.submit(d)));
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return total / seconds;
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
     * The raw limit: the rows the push of these commands leaves in the database, inserted with plain
     * JDBC batches into the server's own tables of a fresh database with the same engine settings
     * (migrated schema: same keys, indexes, constraints; SQLite WAL + synchronous=FULL): per command
     * a receipt, a change-log row holding the appointment's JSON and an audit line; per Book the
     * appointment row and, once per grid cell, its seat-cell row. One transaction per
     * {@link PushService#chunkOn} commands (the server's commit granularity on the engine), every desk on its own
     * connection at the same time, as in the push. Not done: business rules, reads, the change
     * counter and device row updates: that is the server's overhead being measured.
     */
    private double rawInsertRate(Database db, List<DeskDay> days) throws Exception {
        AtomicLong changeSeq = new AtomicLong();
        long enrolled = System.currentTimeMillis();
        List<Runnable> desks = new ArrayList<>();
        int total = 0;
        for (DeskDay day : days) {
            String deviceId = "raw-" + day.location();
            try (Connection c = db.rawConnection(); PreparedStatement d = c.prepareStatement("INSERT INTO devices (id,"
                    + " secret_hash, location_id, desk_name, device_name, enrolled_at) VALUES (?, 'x', ?, 'Raw', 'raw', ?)")) {
                d.setString(1, deviceId);
                d.setString(2, day.location());
                d.setLong(3, enrolled);
                d.executeUpdate();
            }
            total += day.commands().size();
            desks.add(() -> {
                try {
                    insertRaw(db, deviceId, day, changeSeq);
                } catch (Exception e) {
                    throw new IllegalStateException("raw insert failed", e);
                }
            });
        }
        return runAtOnce(desks, total);
    }

    private void insertRaw(Database db, String deviceId, DeskDay day, AtomicLong changeSeq) throws Exception {
        int chunk = PushService.chunkOn(db.engine());
        Map<String, Integer> seatsPerCell = new HashMap<>();
        for (SyncCommand command : day.commands()) {
            if (command.payload() instanceof Commands.Book b) {
                seatsPerCell.merge(WallClock.text(b.start()), 1, Integer::sum);
            }
        }
        Set<String> cellsWritten = new HashSet<>();
        Map<UUID, String> appointmentJson = new HashMap<>();
        try (Connection c = db.rawConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement r = c.prepareStatement("INSERT INTO command_receipts (device_id, sequence, command_id,"
                    + " outcome, reason, conflict_id, change_seq, applied_at, device_time)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement ch = c.prepareStatement("INSERT INTO change_log (seq, entity_type, entity_id,"
                    + " location_id, data, committed_at) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement a = c.prepareStatement("INSERT INTO audit_log (id, at, actor, device_id, action,"
                    + " entity_type, entity_id, location_id, detail) VALUES (?,?,?,?,?,?,?,?,?)");
                 PreparedStatement ap = c.prepareStatement("INSERT INTO appointments (id, code, location_id,"
                    + " product_code, start_time, end_time, status, origin, provisional, holds_seat, version, updated_at,"
                    + " email_changed_seq, email_changed_by, phone_changed_seq, phone_changed_by, register_number,"
                    + " given_name, family_name, email, phone) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement seat = c.prepareStatement("INSERT INTO seat_cells (location_id, cell_start,"
                    + " capacity, used) VALUES (?, ?, ?, ?)")) {
                int i = 0;
                for (SyncCommand command : day.commands()) {
                    i++;
                    long now = System.currentTimeMillis();
                    CommandPayload payload = command.payload();
                    UUID id = payload instanceof Commands.Book book ? book.appointmentId()
                            : ((Commands.AppointmentCommand) payload).appointmentId();
                    if (payload instanceof Commands.Book b) {
                        Appointment booked = new Appointment(id, b.code(), b.locationId(), b.productCode(), b.start(),
                                b.start().plusMinutes(10), b.citizen(), AppointmentStatus.BOOKED, b.origin(), false, 1);
                        appointmentJson.put(id, json.writeValueAsString(booked));
                        Rows.bind(ap, id, b.code(), b.locationId(), b.productCode(), WallClock.text(b.start()),
                                WallClock.text(b.start().plusMinutes(10)), "SERVED", b.origin().name(), false, true, 5L, now,
                                0L, null, 0L, null, b.citizen().nationalRegisterNumber().digits(),
                                b.citizen().givenName(), b.citizen().familyName(), b.citizen().email(),
                                b.citizen().phone());
                        ap.addBatch();
                        String cell = WallClock.text(b.start());
                        if (cellsWritten.add(cell)) {
                            Rows.bind(seat, b.locationId(), cell, seatsPerCell.get(cell), seatsPerCell.get(cell));
                            seat.addBatch();
                        }
                    }
                    long seq = changeSeq.incrementAndGet();
                    Rows.bind(r, deviceId, command.sequence(), command.commandId(), "APPLIED", null, null, seq, now,
                            command.deviceTime().toEpochMilli());
                    r.addBatch();
                    Rows.bind(ch, seq, "APPOINTMENT", id, day.location(), appointmentJson.get(id), now);
                    ch.addBatch();
                    Rows.bind(a, UUID.randomUUID(), now, "bench", deviceId, payload.getClass().getSimpleName(),
                            "APPOINTMENT", id, day.location(), "APPLIED");
                    a.addBatch();
                    if (i % chunk == 0 || i == day.commands().size()) {
                        ap.executeBatch();
                        seat.executeBatch();
                        r.executeBatch();
                        ch.executeBatch();
                        a.executeBatch();
                        c.commit();
                    }
                }
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private int pullAll(ServerComponents server, String location) {
        String code = server.enrollment().issue(null, location, "Reader", Duration.ofHours(1), "bench");
        EnrollmentResponse device = server.enrollment().enroll(new EnrollmentRequest(code, "reader"));
        long cursor = 0;
        int count = 0;
        PullResponse page;
        do {
            page = server.pull().pull(device.deviceId(), cursor, 1000);
            count += page.changes().size();
            cursor = page.nextCursor();
        } while (page.hasMore());
        return count;
    }
}
