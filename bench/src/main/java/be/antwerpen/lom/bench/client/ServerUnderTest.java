package be.antwerpen.lom.bench.client;

import be.antwerpen.lom.bench.measure.JitPlan;
import be.antwerpen.lom.server.ServerMain;
import be.antwerpen.lom.server.db.Database;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The real sync server for a client benchmark: its data folder and database (SQLite in the folder, or a fresh
 * schema of a PostgreSQL database), its command-line tools run as their own JVMs ({@link #run}), and its
 * serving process on a loopback port ({@link #serve}), started with the bench's class path.
 *
 * <p>{@code -Dlom.bench.server.pg=jdbc:postgresql://host/db} (user and password from LOM_TEST_PG_USER and
 * LOM_TEST_PG_PASSWORD, default lom/lom) puts the server on PostgreSQL ({@link #fromSystemProperties});
 * {@code -Dlom.bench.server.jvm="OPTIONS"} passes JVM options to the serving process. Every server JVM starts with
 * the product's JIT plan as its launcher does ({@link JitPlan}, ADR 0135); {@code -Dlom.bench.server.jit=default}
 * starts them with the JVM's defaults instead.
 */
final class ServerUnderTest {

    private static final String PG_USER = System.getenv().getOrDefault("LOM_TEST_PG_USER", "lom");
    private static final String PG_PASSWORD = System.getenv().getOrDefault("LOM_TEST_PG_PASSWORD", "lom");

    private final Path data;
    /** The PostgreSQL URL with its schema, or null for SQLite in {@link #data}. */
    private final String postgres;
    private final int port;

    private ServerUnderTest(Path data, String postgres, int port) {
        this.data = data;
        this.postgres = postgres;
        this.port = port;
    }

    /** SQLite in {@code data}, or PostgreSQL (a new schema) if {@code -Dlom.bench.server.pg} is given. */
    static ServerUnderTest fromSystemProperties(Path data) throws Exception {
        String pg = System.getProperty("lom.bench.server.pg", "").strip();
        String postgres = null;
        if (!pg.isEmpty()) {
            String schema = "bench_" + UUID.randomUUID().toString().substring(0, 8);
            try (Connection c = DriverManager.getConnection(pg, PG_USER, PG_PASSWORD);
                 Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            postgres = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            System.out.println("server on PostgreSQL, schema " + schema);
        } else {
            System.out.println("server on SQLite");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        return new ServerUnderTest(data, postgres, port);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String engine() {
        return postgres == null ? "SQLite" : "PostgreSQL";
    }

    /** Runs one of the server's command-line tools to its end; fails on a non-zero exit code. */
    void run(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java(args)).inheritIO();
        builder.environment().putAll(env);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("server command " + args[0] + " failed with exit code " + exit);
        }
    }

    /** Starts the serving process, its output in {@code log}, and returns once its health check answers. */
    Process serve(Path log) throws Exception {
        Process process = new ProcessBuilder(java("serve", "--host", "127.0.0.1", "--port", String.valueOf(port)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited: " + Files.readString(log));
            }
            try {
                HttpURLConnection health = (HttpURLConnection) URI.create(url() + "/api/v1/health").toURL()
                        .openConnection();
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

    /**
     * Drops the PostgreSQL schema this run made (after the end check), so that runs do not pile up schemas in the
     * bench database; nothing on SQLite, whose folder is a temporary one.
     */
    void dropPostgresSchema() throws Exception {
        if (postgres == null) {
            return;
        }
        String schema = postgres.substring(postgres.lastIndexOf("currentSchema=") + "currentSchema=".length());
        if (!schema.matches("bench_[0-9a-f]{8}")) {
            throw new IllegalStateException("not a bench schema: " + schema);
        }
        String url = postgres.substring(0, postgres.lastIndexOf("currentSchema=") - 1);
        try (Connection c = DriverManager.getConnection(url, PG_USER, PG_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    static void stop(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
    }

    /** The server's database, for untimed checks while the serving process is stopped. */
    Database openDatabase() {
        return postgres == null ? Database.sqlite(data.resolve("lom-server.db"))
                : Database.open(postgres, PG_USER, PG_PASSWORD, null);
    }

    /** The serving process's own account of its sync requests (its request log: "... -> 200 in N ms"). */
    static String syncHandlerTime(Path log) throws IOException {
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

    private List<String> java(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JitPlan.options("lom.bench.server.jit"));
        String jvmOptions = System.getProperty("lom.bench.server.jvm", "").strip();
        if (args[0].equals("serve") && !jvmOptions.isEmpty()) {
            command.addAll(List.of(jvmOptions.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ServerMain.class.getName()));
        command.add(args[0]);
        command.add("--data-dir");
        command.add(data.toString());
        if (postgres != null) {
            command.addAll(List.of("--db", postgres, "--db-user", PG_USER, "--db-password", PG_PASSWORD));
        }
        command.addAll(List.of(args).subList(1, args.length));
        return command;
    }
}
