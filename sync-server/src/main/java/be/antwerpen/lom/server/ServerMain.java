package be.antwerpen.lom.server;

import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.auth.PasswordHasher;
import be.antwerpen.lom.server.cli.AdminCommands;
import be.antwerpen.lom.server.cli.Options;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.demo.DemoAgenda;
import be.antwerpen.lom.server.error.ApiProblem;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.http.ListenPolicy;
import be.antwerpen.lom.server.http.TlsSettings;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The sync server program and its one composition root.
 *
 * <pre>
 * serve [--host 127.0.0.1] [--port 8080] [--data-dir DIR] [--db JDBC_URL --db-user U --db-password P]
 *       [--demo] [--keystore FILE --keystore-password P] [--allow-plain-http] [--reference FILE]
 * create-staff --username U --role AGENT|SUPERVISOR|ADMIN --locations a,b [--display-name N]
 * reset-password --username U
 * issue-enrollment-code --location L --desk "Loket 1" [--valid-hours 24] [--code CODE]
 * list-devices
 * revoke-device --device ID
 * </pre>
 * Every option also reads from an environment variable: LOM_HOST, LOM_PORT, LOM_DATA_DIR, LOM_DB (or LOM_DB_URL),
 * LOM_DB_USER, LOM_DB_PASSWORD, LOM_KEYSTORE, LOM_KEYSTORE_PASSWORD, LOM_NEW_PASSWORD, ...
 */
public final class ServerMain {

    private static final Set<String> FLAGS = Set.of("demo", "allow-plain-http");
    private static final String DEMO_PASSWORD = "demo";
    private static final int DEMO_DAYS = 22;

    private ServerMain() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            usage();
            return;
        }
        try {
            Options options = new Options(Arrays.asList(args).subList(1, args.length), FLAGS, System.getenv());
            run(args[0], options);
        } catch (IllegalArgumentException | ApiProblem e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(2);
        }
    }

    private static final Set<String> COMMANDS = Set.of("serve", "create-staff", "reset-password",
            "issue-enrollment-code", "issue-enrollment-codes", "list-devices", "revoke-device", "verify-audit");

    private static void run(String command, Options o) {
        if (!COMMANDS.contains(command)) {
            usage();
            throw new IllegalArgumentException("unknown command " + command);
        }
        boolean demo = command.equals("serve") && o.flag("demo");
        Path dataDir = dataDir(o, demo);
        ReferenceData reference = o.get("reference", null) == null ? ReferenceDataLoader.antwerpExample()
                : new ReferenceDataLoader().fromFile(Path.of(o.get("reference", null)));
        String url = o.get("db", o.get("db-url", "jdbc:sqlite:" + dataDir.resolve("lom-server.db").toAbsolutePath()));
        Database db = Database.open(url, o.get("db-user", null), o.get("db-password", null), null);
        ServerComponents server = new ServerComponents(db, reference, Clock.systemUTC(),
                o.intValue("pbkdf2-iterations", PasswordHasher.DEFAULT_ITERATIONS), Duration.ofHours(12));
        AdminCommands admin = new AdminCommands(server, System.out);
        boolean auditIntact = true;
        try {
            switch (command) {
                case "serve" -> serve(server, o, demo);
                case "create-staff" -> admin.createStaff(o);
                case "reset-password" -> admin.resetPassword(o);
                case "issue-enrollment-code" -> admin.issueEnrollmentCode(o);
                case "list-devices" -> admin.listDevices(o);
                case "issue-enrollment-codes" -> admin.issueEnrollmentCodes(o);
                case "revoke-device" -> admin.revokeDevice(o);
                case "verify-audit" -> auditIntact = admin.verifyAudit();
                default -> {
                    usage();
                    throw new IllegalArgumentException("unknown command " + command);
                }
            }
        } finally {
            if (!command.equals("serve")) {
                db.close();
            }
        }
        if (!auditIntact) {
            System.exit(1);
        }
    }

    private static void serve(ServerComponents server, Options o, boolean demo) {
        String host = o.get("host", "127.0.0.1");
        int port = o.intValue("port", 8080);
        Duration reloadCheck = Duration.ofSeconds(o.intValue("tls-reload-seconds",
                (int) TlsSettings.DEFAULT_RELOAD_CHECK.toSeconds()));
        Optional<TlsSettings> tls = Optional.ofNullable(o.get("keystore", null))
                .map(k -> new TlsSettings(Path.of(k), o.require("keystore-password"), null, null, reloadCheck))
                .or(() -> Optional.ofNullable(o.get("tls-cert", null))
                        .map(cert -> TlsSettings.pem(Path.of(cert), Path.of(o.require("tls-key")), reloadCheck)));
        HttpSettings settings = new HttpSettings(host, port, tls, demo,
                Optional.ofNullable(o.get("metrics-token", null)).filter(t -> !t.isBlank()));
        ListenPolicy.check(settings, o.flag("allow-plain-http"));
        if (demo) {
            loadDemo(server);
        }
        Javalin app = HttpApi.create(server, settings).start();
        String scheme = tls.isPresent() ? "https" : "http";
        System.out.println("Loket op Maat sync server on " + scheme + "://" + host + ":" + app.port() + "/api/v1 ("
                + server.db.engine() + ")");
        if (demo) {
            System.out.println("Demo mode: log in as agent.<location>, supervisor.<location> or admin with password '"
                    + DEMO_PASSWORD + "'");
            System.out.println("  locations: " + String.join(", ", server.reference.locations().stream()
                    .map(l -> l.id()).toList()));
            System.out.println("  desk enrollment code: DEMO-ANTWERPEN-1 (antwerpen, Loket 1)");
            System.out.println("  client: --server " + scheme + "://" + host + ":" + app.port()
                    + " --enroll-code DEMO-ANTWERPEN-1");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            server.db.close();
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void loadDemo(ServerComponents server) {
        boolean fresh = server.db.inTransaction(c -> server.staff.find(c, "admin")).isEmpty();
        if (!fresh) {
            System.out.println("Demo data already present in this data directory; not generated again.");
            return;
        }
        System.out.println("Generating the demo agenda (about 70% booked, " + DEMO_DAYS + " days)...");
        // Demo only: one PBKDF2 hash of the demo password, shared by the demo users, so start-up stays quick.
        String hash = server.staffAdministration.hash(DEMO_PASSWORD);
        for (var location : server.reference.locations()) {
            server.staffAdministration.createWithHash("agent." + location.id(), "Agent " + location.name(),
                    StaffRole.AGENT, Set.of(location.id()), hash, "demo");
            server.staffAdministration.createWithHash("supervisor." + location.id(), "Supervisor " + location.name(),
                    StaffRole.SUPERVISOR, Set.of(location.id()), hash, "demo");
        }
        server.staffAdministration.createWithHash("admin", "Administrator", StaffRole.ADMIN, Set.of(), hash, "demo");
        server.enrollment.issue("DEMO-ANTWERPEN-1", "antwerpen", "Loket 1", Duration.ofDays(30), "demo");
        int count = new DemoAgenda(server, new Random()).generate(DEMO_DAYS);
        System.out.println("  " + count + " appointments booked.");
    }

    private static Path dataDir(Options o, boolean demo) {
        try {
            String dir = o.get("data-dir", null);
            Path path = dir != null ? Path.of(dir)
                    : demo ? Files.createTempDirectory("lom-demo-") : Path.of("lom-data");
            Files.createDirectories(path);
            return path;
        } catch (IOException e) {
            throw new IllegalArgumentException("the data directory cannot be created: " + e.getMessage(), e);
        }
    }

    private static void usage() {
        List.of("Usage: java -jar sync-server-all.jar <command> [options]",
                "  serve [--host 127.0.0.1] [--port 8080] [--data-dir DIR] [--db JDBC_URL --db-user U --db-password P]",
                "        [--demo] [--keystore FILE --keystore-password P] [--allow-plain-http] [--reference FILE]",
                "        [--tls-cert server.crt --tls-key server.key] (PEM; renewed files are picked up without a restart)",
                "        [--metrics-token T]  (GET /metrics needs 'Authorization: Bearer T'; without it: this machine only)",
                "  create-staff --username U --role AGENT|SUPERVISOR|ADMIN --locations a,b [--display-name N]",
                "  reset-password --username U",
                "  issue-enrollment-code --location L --desk \"Loket 1\" [--valid-hours 24] [--code CODE]",
                "  issue-enrollment-codes --csv desks.csv [--valid-hours 72] [--format csv|json]",
                "        (one code per line 'location,desk' after a header; all or nothing)",
                "  list-devices [--format table|csv|json]",
                "  revoke-device --device ID",
                "  verify-audit   (checks the audit hash chain; exit code 1 and the first broken line if tampered)",
                "Options also come from LOM_<OPTION> environment variables (LOM_PORT, LOM_DB, LOM_DATA_DIR, ...).",
                "New passwords are asked on the console, or taken from LOM_NEW_PASSWORD.")
                .forEach(System.out::println);
    }
}
