package be.antwerpen.lom.server;

import be.antwerpen.lom.model.architecture.ArchitectureExemption;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.audit.AuditHeadSchedule;
import be.antwerpen.lom.server.audit.AuditSigningKey;
import be.antwerpen.lom.server.auth.PasswordHasher;
import be.antwerpen.lom.server.cli.AdminCommands;
import be.antwerpen.lom.server.cli.DrillCommands;
import be.antwerpen.lom.server.cli.Options;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.demo.DemoSeed;
import be.antwerpen.lom.server.refusal.Refusal;
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
 * verify-audit [--anchors FILE,FILE] [--public-key KEY|FILE] [--anchors-since TIME]
 * sign-audit-head
 * export-audit-anchors --out FILE
 * </pre>
 * {@code serve} and {@code sign-audit-head} use the audit signing key in {@code --audit-key-file}
 * (default {@code DATA_DIR/audit-signing.key}, created 0600 on first start; ADR 0094) and
 * {@code serve} signs the audit head every {@code --audit-sign-minutes} (default 5).
 * Every option also reads from an environment variable: LOM_HOST, LOM_PORT, LOM_DATA_DIR, LOM_DB (or LOM_DB_URL),
 * LOM_DB_USER, LOM_DB_PASSWORD, LOM_KEYSTORE, LOM_KEYSTORE_PASSWORD, LOM_NEW_PASSWORD, ...
 */
@ArchitectureExemption(rules = ArchitectureExemption.WEB_FRAMEWORK_AT_THE_EDGE,
        reason = "the composition root starts and stops the web server")
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
            boolean drill = args[0].equals("drill") && args.length > 1 && !args[1].startsWith("--");
            Options options = new Options(Arrays.asList(args).subList(drill ? 2 : 1, args.length), FLAGS, System.getenv());
            run(drill ? "drill-" + args[1] : args[0], options);
        } catch (Refusal refused) {
            System.err.println("Error: " + refused.sentence());
            System.exit(2);
        } catch (IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(2);
        }
    }

    private static final Set<String> COMMANDS = Set.of("serve", "create-staff", "reset-password",
            "issue-enrollment-code", "issue-enrollment-codes", "list-devices", "revoke-device", "verify-audit",
            "sign-audit-head", "export-audit-anchors", "set-seat-lease-policy", "seat-capacity",
            "drill-start", "drill-cancel", "drill-list");
    private static final int DEFAULT_AUDIT_SIGN_MINUTES = 5;

    private static void run(String command, Options o) {
        if (!COMMANDS.contains(command)) {
            usage();
            throw new IllegalArgumentException("unknown command " + command);
        }
        boolean demo = command.equals("serve") && o.flag("demo");
        Path dataDir = dataDir(o, demo);
        ReferenceData reference = o.get("reference", null) == null ? ReferenceDataLoader.antwerpExample()
                : new ReferenceDataLoader().fromFile(Path.of(o.get("reference", null)));
        String url = o.get("db", o.get("db-url", "jdbc:sqlite:" + dataDir.resolve("lom-server.db()").toAbsolutePath()));
        Database db = Database.open(url, o.get("db-user", null), o.get("db-password", null), null);
        ServerComponents server = new ServerComponents(db, reference, Clock.systemUTC(),
                o.intValue("pbkdf2-iterations", PasswordHasher.DEFAULT_ITERATIONS), Duration.ofHours(12),
                auditKey(o, dataDir, command));
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
                case "verify-audit" -> auditIntact = admin.verifyAudit(o);
                case "sign-audit-head" -> admin.signAuditHead();
                case "export-audit-anchors" -> admin.exportAuditAnchors(o);
                case "set-seat-lease-policy" -> admin.setSeatLeasePolicy(o);
                case "seat-capacity" -> admin.seatCapacity(o);
                case "drill-start", "drill-cancel", "drill-list" -> new DrillCommands(server.drills(), System.out)
                        .run(command.substring("drill-".length()), o);
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
        AuditHeadSchedule auditHeads = new AuditHeadSchedule(server.auditHeads(),
                Duration.ofMinutes(o.intValue("audit-sign-minutes", DEFAULT_AUDIT_SIGN_MINUTES)));
        Javalin app = server.httpApi(settings).start();
        String scheme = tls.isPresent() ? "https" : "http";
        System.out.println("Loket op Maat sync server on " + scheme + "://" + host + ":" + app.port() + "/api/v1 ("
                + server.db().engine() + ")");
        if (demo) {
            System.out.println("Demo mode: log in as agent.<location>, supervisor.<location> or admin with password '"
                    + DEMO_PASSWORD + "'");
            System.out.println("  locations: " + String.join(", ", server.reference().locations().stream()
                    .map(l -> l.id()).toList()));
            System.out.println("  desk enrollment code: " + DemoSeed.ENROLLMENT_CODE + " (antwerpen, Loket 1)");
            System.out.println("  client: --server " + scheme + "://" + host + ":" + app.port()
                    + " --enroll-code " + DemoSeed.ENROLLMENT_CODE);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            auditHeads.close();
            server.db().close();
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void loadDemo(ServerComponents server) {
        System.out.println("Preparing the demo data (about 70% booked, " + DEMO_DAYS + " days)...");
        int count = new DemoSeed(server).seed(DEMO_PASSWORD, DEMO_DAYS);
        if (count < 0) {
            System.out.println("Demo data already present in this database; not generated again.");
        } else {
            System.out.println("  " + count + " appointments booked.");
        }
    }

    /**
     * The audit signing key (ADR 0094): read from, or on first use created in, the key file for the
     * commands that sign; the other commands only read it when it exists (verify-audit then trusts it).
     */
    private static AuditSigningKey auditKey(Options o, Path dataDir, String command) {
        Path file = Path.of(o.get("audit-key-file", dataDir.resolve("audit-signing.key").toString()));
        if (command.equals("serve") || command.equals("sign-audit-head") || command.equals("export-audit-anchors")) {
            return AuditSigningKey.loadOrCreate(file);
        }
        return Files.exists(file) ? AuditSigningKey.load(file) : AuditSigningKey.generate();
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
                "  verify-audit [--anchors FILE,FILE] [--public-key KEY|FILE] [--anchors-since 2026-12-01T10:00:00Z]",
                "        (checks the audit hash chain, and against signed heads kept outside the database: desk",
                "         database files, server logs, anchor exports; exit code 1 and the first problem if tampered)",
                "  sign-audit-head   (signs the audit chain head now and prints it as an anchor line)",
                "  export-audit-anchors --out FILE   (public key and every signed audit head, as JSON)",
                "  serve, sign-audit-head: [--audit-key-file FILE] (default DATA_DIR/audit-signing.key)",
                "        [--audit-sign-minutes 5]",
                "  set-seat-lease-policy --location L [--days-ahead 2] [--own-seats 3] [--other-seats 1]",
                "        [--max-share-percent 15] [--lease-minutes 30] [--return-minutes-before 120] [--silence-hours 24]",
                "  seat-capacity --location L [--from YYYY-MM-DD] [--to YYYY-MM-DD]   (capacity, booked, leased, free)",
                "  drill start [--scope DESK|LOCATION|ALL] [--desk ID | --location L] [--starts-at 2027-03-01T09:00:00Z]",
                "        [--minutes 30]   (an outage drill: the desks cut their own connection; ADR 0110)",
                "  drill cancel --drill ID    drill list",
                "Options also come from LOM_<OPTION> environment variables (LOM_PORT, LOM_DB, LOM_DATA_DIR, ...).",
                "New passwords are asked on the console, or taken from LOM_NEW_PASSWORD.")
                .forEach(System.out::println);
    }
}
