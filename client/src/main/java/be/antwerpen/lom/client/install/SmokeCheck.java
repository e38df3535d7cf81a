package be.antwerpen.lom.client.install;

import be.antwerpen.lom.client.downtime.DowntimePackRenderer;
import be.antwerpen.lom.client.downtime.DowntimePackRequest;
import be.antwerpen.lom.client.downtime.PackManifest;
import be.antwerpen.lom.client.downtime.RenderedPack;
import be.antwerpen.lom.client.downtime.SerialRange;
import be.antwerpen.lom.client.store.LocalDatabase;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.sync.ProtocolJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The packaged launcher's {@code --smoke} mode: proves on the installed runtime, without a display,
 * that the desk can open (create, migrate) its SQLite database in its data folder and render a PDF
 * with the downtime-pack renderer and its embedded fonts. Nothing is sent to a server and the test
 * pack goes to {@code <data-dir>/smoke-check/}, never among the real downtime packs.
 */
public final class SmokeCheck {

    /** Folder under the data directory that receives the test pack. */
    public static final String FOLDER_NAME = "smoke-check";
    /** Start of the error line. */
    public static final String FAILED = "loket-op-maat smoke FAILED: ";
    private static final String DEFAULT_LOCATION = "antwerpen";

    private final Clock clock;

    public SmokeCheck(Clock clock) {
        this.clock = clock;
    }

    /** Whether the program was started with {@code --smoke}. */
    public static boolean requested(String[] args) {
        return List.of(args).contains(DeskConfiguration.SMOKE_FLAG);
    }

    /**
     * Entry for the launcher: loads the desk configuration from {@code args}, runs the check, prints one
     * line to {@code out} (or a readable error to {@code err}) and returns the exit code: 0 OK, 1 failed.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        DeskConfiguration config;
        try {
            config = DeskConfiguration.load(args);
        } catch (DeskConfigurationException e) {
            err.println(FAILED + e.getMessage());
            return 1;
        }
        return run(config, out, err);
    }

    /** Same as {@link #run(String[], PrintStream, PrintStream)} with the configuration already loaded. */
    public static int run(DeskConfiguration config, PrintStream out, PrintStream err) {
        System.setProperty("java.awt.headless", "true");
        try {
            SmokeReport report = new SmokeCheck(Clock.system(ZoneId.of("Europe/Brussels"))).check(config);
            out.println(report.line());
            return 0;
        } catch (RuntimeException e) {
            err.println(FAILED + describe(e));
            return 1;
        }
    }

    /** Opens and migrates the database, then renders a tiny test pack; throws on the first failure. */
    public SmokeReport check(DeskConfiguration config) {
        long started = System.nanoTime();
        Path dataDir = config.dataDir();
        String schema;
        int pending;
        try (LocalStore store = LocalStore.open(dataDir, ProtocolJson.newMapper())) {
            schema = store.database().inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT version FROM flyway_schema_history "
                        + "WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1");
                     ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "none";
                }
            });
            pending = store.database().inTransaction(c -> store.outbox().count(c, OutboxStatus.PENDING));
        }
        RenderedPack pack = DowntimePackRenderer.withEmbeddedFonts()
                .render(testRequest(config), dataDir.resolve(FOLDER_NAME));
        List<PackManifest.PackFile> files = pack.manifest().files();
        int pages = files.stream().mapToInt(PackManifest.PackFile::pages).sum();
        return new SmokeReport(dataDir.resolve(LocalDatabase.FILE_NAME), schema, pending,
                pack.file(files.get(0).name()), files.size(), pages, (System.nanoTime() - started) / 1_000_000);
    }

    /** One fictitious appointment and two blank walk-in forms at the configured (or the first) location. */
    DowntimePackRequest testRequest(DeskConfiguration config) {
        ReferenceData reference = ReferenceDataLoader.antwerpExample();
        String locationId = config.locationId() == null ? DEFAULT_LOCATION : config.locationId();
        Location location = reference.location(locationId).orElseThrow(() -> new DeskConfigurationException(
                "location " + locationId + " is not in the reference data"));
        Product product = reference.products().stream()
                .filter(p -> p.offeredAt().contains(location.kind()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no product is offered at " + locationId));
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        LocalDate day = now.toLocalDate();
        LocalDateTime start = day.atTime(9, 0);
        Citizen citizen = new Citizen(fictitiousRegisterNumber(day), "Rook", "Test", null, null);
        Appointment appointment = new Appointment(UUID.nameUUIDFromBytes("smoke-check".getBytes(StandardCharsets.UTF_8)),
                "SMOKE-1", locationId, product.code(), start, start.plusMinutes(product.durationMinutes()), citizen,
                AppointmentStatus.BOOKED, AppointmentOrigin.COUNTER, false, 1);
        String desk = config.deskName() == null ? "Smoke" : config.deskName();
        return new DowntimePackRequest(location, desk, day, now, now, List.of(appointment), reference.products(),
                new SerialRange("SMOKE", 1, 10), List.of(product.code()), 2);
    }

    /** A register number that is valid in form (check digits) for someone born on 1 January 1980. */
    private static NationalRegisterNumber fictitiousRegisterNumber(LocalDate today) {
        String firstNine = "800101" + "997";
        int check = (int) (97 - Long.parseLong(firstNine) % 97);
        return NationalRegisterNumber.parse(firstNine + String.format("%02d", check), today);
    }

    private static String describe(Throwable failure) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.add(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        }
        return String.join(": ", new ArrayList<>(messages));
    }
}
