package be.antwerpen.lom.server;

import be.antwerpen.lom.model.architecture.ArchitectureExemption;
import be.antwerpen.lom.model.reference.DemoClock;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.server.audit.AuditHeadSchedule;
import be.antwerpen.lom.server.audit.AuditSigningKey;
import be.antwerpen.lom.server.auth.PasswordHasher;
import be.antwerpen.lom.server.cli.AdminCommands;
import be.antwerpen.lom.server.cli.DrillCommands;
import be.antwerpen.lom.server.cli.Options;
import be.antwerpen.lom.server.cli.ServerCommandLine;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.demo.DemoSeed;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.http.ListenPolicy;
import be.antwerpen.lom.server.http.TlsSettings;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.seatlease.LeaseSweepSchedule;
import be.antwerpen.lom.server.wiring.ServerComponents;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The sync server program and its one composition root. The command line is read by
 * {@link ServerCommandLine} (picocli, ADR 0107; {@code --help} lists every command and option):
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

    private static final String DEMO_PASSWORD = "demo";
    private static final String DEMO_LOCATION = "antwerpen";
    private static final int DEMO_DAYS = 15;

    private ServerMain() {
    }

    public static void main(String[] args) {
        try {
            Optional<ServerCommandLine.Invocation> invocation = new ServerCommandLine(System.getenv())
                    .parse(args, System.out);
            if (invocation.isPresent()) {
                run(invocation.get().command(), invocation.get().options());
            }
        } catch (Refusal refused) {
            System.err.println("Error: " + refused.sentence());
            System.exit(ServerCommandLine.BAD_USAGE);
        } catch (IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(ServerCommandLine.BAD_USAGE);
        }
    }

    private static final int DEFAULT_AUDIT_SIGN_MINUTES = 5;

    private static void run(String command, Options o) {
        boolean demo = command.equals("serve") && o.flag("demo");
        Path dataDir = dataDir(o, demo);
        ReferenceData reference = o.get("reference", null) == null ? ReferenceDataLoader.antwerpExample()
                : new ReferenceDataLoader().fromFile(Path.of(o.get("reference", null)));
        String url = o.get("db", o.get("db-url", "jdbc:sqlite:" + dataDir.resolve("lom-server.db").toAbsolutePath()));
        Database db = Database.open(url, o.get("db-user", null), o.get("db-password", null), null);
        // A demo on a closed day runs on the next open day (ADR 0118); the desk gets the same offset.
        Duration demoOffset = demo ? DemoClock.offset(Clock.systemUTC().instant(), reference, DEMO_LOCATION)
                : Duration.ZERO;
        if (demo) {
            System.out.println("Demo date: " + LocalDate.now(DemoClock.shifted(Clock.systemUTC(), demoOffset)
                    .withZone(ZoneId.of("Europe/Brussels"))) + (demoOffset.isZero() ? " (today)"
                    : " (the counters are closed today; the demo shows the next open day)")
                    + "; demo clock offset: " + demoOffset.toSeconds() + " s");
        }
        ServerComponents server = new ServerComponents(db, reference, DemoClock.shifted(Clock.systemUTC(), demoOffset),
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
                case "drill start", "drill cancel", "drill list" -> new DrillCommands(server.drills(), System.out)
                        .run(command.substring("drill ".length()), o);
                default -> throw new IllegalArgumentException("unknown command " + command);
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

    /** How often the server gives back the seats of leases past their release moment, desks syncing or not. */
    private static final Duration LEASE_SWEEP_INTERVAL = Duration.ofMinutes(1);

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
        LeaseSweepSchedule leaseSweep = new LeaseSweepSchedule(server.seatLeases(), server.clock(),
                LEASE_SWEEP_INTERVAL);
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
            leaseSweep.close();
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
        int count = new DemoSeed(server).seed(DEMO_PASSWORD, DEMO_DAYS, line -> System.out.println("  " + line));
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
}
