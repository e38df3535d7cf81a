package be.antwerpen.lom.bench.client;

import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.agenda.SyncMark;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.ServerMain;
import be.antwerpen.lom.server.db.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Headless catch-up (issue 16): the real sync server in its own JVM over plain HTTP on loopback, one
 * real desk wiring ({@link DeskAssembly}) that makes N commands offline (N/4 walk-ins, each registered,
 * called, started and served), then the server comes back and the desk pushes, settles the receipts and
 * pulls until it equals the server. Timed from the moment the server answers its health check until the
 * desk has nothing waiting, nothing left in its outbox and every entry of the day marked synced; after
 * that the server is stopped and its database is compared with the desk, entry by entry (untimed).
 *
 * <p>In the same run, the PouchDB peer ({@code /work/shared/peers/pouchdb}, or {@code -Dlom.peer.dir})
 * does its scenario b (one client pushes N documents) and d (a fresh client pulls N documents); the ratio
 * peer time / desk time is printed. Skipped with a message if {@code node} or the peer's
 * {@code node_modules} is missing. {@code -Dlom.bench.jfr=FILE} records the catch-up (desk side) with JFR;
 * {@code -Dlom.bench.server.jvm="OPTIONS"} passes JVM options to the serving server process (e.g. its own
 * {@code -XX:StartFlightRecording=filename=server.jfr}).
 *
 * <p>Usage: {@code HeadlessCatchUpBenchMain N} (default 10,000). With {@code -Dlom.bench.window=true} the desk's
 * real window (needs a display) shows Today during the catch-up, its own background sync catches up, and an
 * event-thread probe measures the longest stall ({@link OpenWindow}). See docs/performance.md.
 */
public final class HeadlessCatchUpBenchMain {

    private static final String PASSWORD = "correct horse battery";
    private static final String CODE = "BENCH-CATCHUP-1";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** {@code -Dlom.bench.window=true}: the desk's real window is open on Today during the catch-up. */
    private static final boolean WINDOW = Boolean.getBoolean("lom.bench.window");
    /**
     * {@code -Dlom.bench.server.pg=jdbc:postgresql://host/db} (user and password from LOM_TEST_PG_USER and
     * LOM_TEST_PG_PASSWORD, default lom/lom): the server runs on PostgreSQL, in a fresh schema of that database.
     */
    private static final String PG = System.getProperty("lom.bench.server.pg", "").strip();
    private static final String PG_USER = System.getenv().getOrDefault("LOM_TEST_PG_USER", "lom");
    private static final String PG_PASSWORD = System.getenv().getOrDefault("LOM_TEST_PG_PASSWORD", "lom");
    private static String serverDb;

    private HeadlessCatchUpBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int walkIns = Math.max(1, commands / 4);
        Path dir = Files.createTempDirectory("lom-bench-headless");
        Path serverData = dir.resolve("server");
        if (!PG.isEmpty()) {
            String schema = "bench_" + UUID.randomUUID().toString().substring(0, 8);
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(PG, PG_USER, PG_PASSWORD);
                 java.sql.Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            serverDb = PG + (PG.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            System.out.println("server on PostgreSQL, schema " + schema);
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;

        runServerCommand(serverData, Map.of("LOM_NEW_PASSWORD", PASSWORD), "create-staff", "--username",
                "agent.antwerpen", "--role", "AGENT", "--locations", "antwerpen");
        runServerCommand(serverData, Map.of(), "issue-enrollment-code", "--location", "antwerpen", "--desk",
                "Loket 1", "--code", CODE);
        Process server = startServer(serverData, port, dir.resolve("server-1.log"));

        Clock clock = Clock.system(BRUSSELS);
        DeskServices desk = DeskAssembly.build(new ClientOptions(url, null, dir.resolve("desk"), null, "", "nl",
                Duration.ofHours(72), Duration.ZERO), clock, DeskAssembly.syncScheduler(), 1_000);
        desk.sync().stop();
        System.out.printf("max heap %d MB%s%n", Runtime.getRuntime().maxMemory() >> 20,
                WINDOW ? "; the desk's window is opened on Today before the server returns" : "");
        desk.enrollment().enroll(url, CODE, "bench");
        desk.login().login("agent.antwerpen", PASSWORD.toCharArray());
        desk.sync().syncOnce();
        stopServer(server);

        LocalDate today = LocalDate.now(clock);
        long made = System.nanoTime();
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
        int waiting = desk.agenda().waitingCommands();
        System.out.printf("made %d commands offline (%d walk-ins) in %.1f s%n", waiting, ids.size(),
                (System.nanoTime() - made) / 1e9);

        OpenWindow window = WINDOW ? OpenWindow.open(desk, PASSWORD, ids.size()) : null;

        server = startServer(serverData, port, dir.resolve("server-2.log"));
        Recording recording = startRecording();
        double serverCpu = cpuSeconds(server.pid());
        double deskCpu = cpuSeconds(ProcessHandle.current().pid());
        long start = System.nanoTime();
        int rounds = 0;
        if (window != null) {
            // the window's own background sync catches up; "sync now" as soon as the server answers
            desk.sync().requestSync();
            while (!caughtUp(desk, today, ids.size())) {
                Thread.sleep(20);
                if (System.nanoTime() - start > Duration.ofMinutes(30).toNanos()) {
                    throw new IllegalStateException("the desk did not catch up within 30 minutes");
                }
            }
        } else {
            while (!caughtUp(desk, today, ids.size())) {
                desk.sync().syncOnce();
                rounds++;
                if (System.nanoTime() - start > Duration.ofMinutes(30).toNanos()) {
                    throw new IllegalStateException("the desk did not catch up within 30 minutes");
                }
            }
        }
        double deskSeconds = (System.nanoTime() - start) / 1e9;
        if (window != null) {
            System.out.println(window.finish(ids.size()));
        }
        serverCpu = cpuSeconds(server.pid()) - serverCpu;
        deskCpu = cpuSeconds(ProcessHandle.current().pid()) - deskCpu;
        stopRecording(recording);
        stopServer(server);
        checkEqualsServer(desk, serverData, today, ids.size());
        System.out.printf("catch-up of %d commands: %.2f s (%d sync rounds; desk equals the server: %d appointments,"
                + " all SERVED and synced)%n", waiting, deskSeconds, rounds, ids.size());
        System.out.println(serverTime(dir.resolve("server-2.log")));
        if (serverCpu >= 0 && deskCpu >= 0) {
            System.out.printf("CPU during the catch-up: server process %.2f s, desk process %.2f s%n", serverCpu,
                    deskCpu);
        }
        desk.store().close();

        peer(waiting).ifPresent(peerSeconds -> System.out.printf(
                "PouchDB peer, same run, N=%d: push 1 client + pull 1 fresh client = %.2f s; ratio peer/desk = %.2f"
                        + " (goal >= %d%s)%n", waiting, peerSeconds, peerSeconds / deskSeconds, WINDOW ? 2 : 3,
                WINDOW ? ", window open" : ""));
        System.exit(0);
    }

    private static boolean caughtUp(DeskServices desk, LocalDate today, int expected) {
        // counts, not the outbox itself: with 100,000 queued commands the list alone would not fit a 256 MB heap
        int inOutbox = desk.store().database().inTransaction(c -> {
            int n = 0;
            for (OutboxStatus status : OutboxStatus.values()) {
                n += desk.store().outbox().count(c, status);
            }
            return n;
        });
        if (inOutbox > 0) {
            return false;
        }
        List<AgendaEntry> day = desk.agenda().day(today);
        return day.size() == expected && day.stream().allMatch(e -> e.mark() == SyncMark.SYNCED);
    }

    /** The walk-ins made offline, read from the outbox's clear columns (not the whole outbox: heap-capped runs). */
    private static List<UUID> walkInIds(DeskServices desk) {
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
    private static void checkEqualsServer(DeskServices desk, Path serverData, LocalDate today, int expected) {
        Database db = serverDb == null ? Database.sqlite(serverData.resolve("lom-server.db"))
                : Database.open(serverDb, PG_USER, PG_PASSWORD, null);
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

    // ---- the server process --------------------------------------------------------------------------

    private static List<String> serverJava(Path data, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jvmOptions = System.getProperty("lom.bench.server.jvm", "").strip();
        if (args[0].equals("serve") && !jvmOptions.isEmpty()) {
            command.addAll(List.of(jvmOptions.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ServerMain.class.getName()));
        command.add(args[0]);
        command.add("--data-dir");
        command.add(data.toString());
        if (serverDb != null) {
            command.addAll(List.of("--db", serverDb, "--db-user", PG_USER, "--db-password", PG_PASSWORD));
        }
        command.addAll(List.of(args).subList(1, args.length));
        return command;
    }

    static void runServerCommand(Path data, Map<String, String> env, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(serverJava(data, args)).inheritIO();
        builder.environment().putAll(env);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("server command " + args[0] + " failed with exit code " + exit);
        }
    }

    static Process startServer(Path data, int port, Path log) throws Exception {
        Process process = new ProcessBuilder(serverJava(data, "serve", "--host", "127.0.0.1", "--port",
                String.valueOf(port))).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited: " + Files.readString(log));
            }
            try {
                HttpURLConnection health = (HttpURLConnection) URI.create("http://127.0.0.1:" + port
                        + "/api/v1/health").toURL().openConnection();
                health.setConnectTimeout(200);
                if (health.getResponseCode() == 200) {
                    health.disconnect();
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the server did not answer within 2 minutes");
    }

    static void stopServer(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
    }

    /** The serving process's own account of its sync requests (its request log: "... -> 200 in N ms"). */
    private static String serverTime(Path log) throws IOException {
        StringBuilder out = new StringBuilder("server time in its sync handlers:");
        for (String endpoint : List.of("/sync/push", "/sync/pull")) {
            List<Long> ms = Files.readAllLines(log).stream().filter(l -> l.contains(endpoint + " -> "))
                    .map(l -> Long.parseLong(l.replaceAll(".* in (\\d+) ms.*", "$1"))).sorted().toList();
            if (!ms.isEmpty()) {
                out.append(String.format(" %s %d requests, %.2f s in all (median %d ms, max %d ms);", endpoint,
                        ms.size(), ms.stream().mapToLong(Long::longValue).sum() / 1e3, ms.get(ms.size() / 2),
                        ms.get(ms.size() - 1)));
            }
        }
        return out.toString();
    }

    /** User + system CPU seconds of a process from /proc (Linux; -1 elsewhere), like the peer reports. */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    // ---- JFR ------------------------------------------------------------------------------------------

    private static Recording startRecording() throws Exception {
        String file = System.getProperty("lom.bench.jfr");
        if (file == null) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setDestination(Path.of(file));
        recording.start();
        return recording;
    }

    private static void stopRecording(Recording recording) throws IOException {
        if (recording != null) {
            recording.stop();
            recording.close();
            System.out.println("JFR recording of the catch-up written to " + System.getProperty("lom.bench.jfr"));
        }
    }

    // ---- the PouchDB peer -----------------------------------------------------------------------------

    private static Optional<Double> peer(int n) throws Exception {
        Path peerDir = Path.of(System.getProperty("lom.peer.dir", "/work/shared/peers/pouchdb"));
        if (!Files.isDirectory(peerDir.resolve("node_modules"))) {
            System.out.println("PouchDB peer skipped: " + peerDir + "/node_modules is missing (run npm ci"
                    + " --ignore-scripts there, or give -Dlom.peer.dir)");
            return Optional.empty();
        }
        Path out = Files.createTempFile("pouchdb-peer", ".json");
        Process node;
        try {
            node = new ProcessBuilder("node", "bench.js", "--n", String.valueOf(n), "--reps", "1", "--clients", "1",
                    "--out", out.toString()).directory(peerDir.toFile()).inheritIO().start();
        } catch (IOException e) {
            System.out.println("PouchDB peer skipped: node is not on the PATH (" + e.getMessage() + ")");
            return Optional.empty();
        }
        if (node.waitFor() != 0) {
            System.out.println("PouchDB peer skipped: bench.js exited with " + node.exitValue());
            return Optional.empty();
        }
        JsonNode results = new ObjectMapper().readTree(out.toFile()).path("results");
        double push = results.path("b_push_1").path("median_ms").asDouble() / 1000;
        double pull = results.path("d_pull_1").path("median_ms").asDouble() / 1000;
        System.out.printf("PouchDB peer: b. push 1 client %.2f s, d. pull 1 fresh client %.2f s%n", push, pull);
        return Optional.of(push + pull);
    }
}
