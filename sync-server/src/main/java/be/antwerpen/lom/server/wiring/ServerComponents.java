package be.antwerpen.lom.server.wiring;

import be.antwerpen.lom.model.architecture.ArchitectureExemption;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.server.appointment.AppointmentCodes;
import be.antwerpen.lom.server.appointment.AppointmentRepository;
import be.antwerpen.lom.server.appointment.SeatGrid;
import be.antwerpen.lom.server.appointment.SeatRepository;
import be.antwerpen.lom.server.audit.AuditHeadSigner;
import be.antwerpen.lom.server.audit.AuditRepository;
import be.antwerpen.lom.server.audit.AuditSigningKey;
import be.antwerpen.lom.server.audit.SignedHeadRepository;
import be.antwerpen.lom.server.auth.ActorKeyRepository;
import be.antwerpen.lom.server.auth.ActorKeys;
import be.antwerpen.lom.server.auth.DeskEscrowKeyRepository;
import be.antwerpen.lom.server.auth.DeskEscrowKeys;
import be.antwerpen.lom.server.auth.Authenticator;
import be.antwerpen.lom.server.auth.EnrollmentCodeRepository;
import be.antwerpen.lom.server.auth.EnrollmentService;
import be.antwerpen.lom.server.auth.LoginPseudonyms;
import be.antwerpen.lom.server.auth.LoginService;
import be.antwerpen.lom.server.auth.LoginThrottle;
import be.antwerpen.lom.server.auth.LoginThrottleRepository;
import be.antwerpen.lom.server.auth.PasswordHasher;
import be.antwerpen.lom.server.auth.Secrets;
import be.antwerpen.lom.server.auth.SessionRepository;
import be.antwerpen.lom.server.auth.StaffAdministration;
import be.antwerpen.lom.server.auth.StaffRepository;
import be.antwerpen.lom.server.command.AppointmentWriter;
import be.antwerpen.lom.server.command.BookingCommands;
import be.antwerpen.lom.server.command.CommandApplier;
import be.antwerpen.lom.server.command.CommandPolicy;
import be.antwerpen.lom.server.command.ConflictCommands;
import be.antwerpen.lom.server.command.Conflicts;
import be.antwerpen.lom.server.command.ContactCommands;
import be.antwerpen.lom.server.command.LifecycleCommands;
import be.antwerpen.lom.server.command.MootDoubleBookings;
import be.antwerpen.lom.server.booking.IdempotencyKeyRepository;
import be.antwerpen.lom.server.booking.WebAppointments;
import be.antwerpen.lom.server.conflict.ConflictRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.GroupCommit;
import be.antwerpen.lom.server.device.DeviceRepository;
import be.antwerpen.lom.server.deskstatus.DeskStatusController;
import be.antwerpen.lom.server.deskstatus.DeskStatusRepository;
import be.antwerpen.lom.server.deskstatus.DeskStatusService;
import be.antwerpen.lom.server.drill.DrillController;
import be.antwerpen.lom.server.drill.DrillReports;
import be.antwerpen.lom.server.drill.DrillRepository;
import be.antwerpen.lom.server.drill.DrillService;
import be.antwerpen.lom.server.seatlease.LeaseClaims;
import be.antwerpen.lom.server.seatlease.SeatLeasePolicyRepository;
import be.antwerpen.lom.server.seatlease.SeatLeaseRepository;
import be.antwerpen.lom.server.seatlease.SeatLeaseService;
import be.antwerpen.lom.server.serial.SerialLeaseRepository;
import be.antwerpen.lom.server.serial.SerialLeaseService;
import be.antwerpen.lom.server.serial.SerialPrefixes;
import be.antwerpen.lom.server.monitoring.ServerMetrics;
import be.antwerpen.lom.server.changelog.ChangeLogRepository;
import be.antwerpen.lom.server.sync.CommandAuthors;
import be.antwerpen.lom.server.sync.DeskSequenceReports;
import be.antwerpen.lom.server.sync.PullService;
import be.antwerpen.lom.server.sync.DeskInstances;
import be.antwerpen.lom.server.sync.PushService;
import be.antwerpen.lom.server.sync.ReceiptRepository;
import be.antwerpen.lom.server.sync.SnapshotService;
import be.antwerpen.lom.server.appointment.Agenda;
import be.antwerpen.lom.server.appointment.AgendaController;
import be.antwerpen.lom.server.audittrail.AuditAnchorController;
import be.antwerpen.lom.server.audittrail.AuditController;
import be.antwerpen.lom.server.audittrail.AuditTrail;
import be.antwerpen.lom.server.auth.ActorKeyController;
import be.antwerpen.lom.server.auth.AuthController;
import be.antwerpen.lom.server.auth.DeskEscrowKeyController;
import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.booking.AppointmentController;
import be.antwerpen.lom.server.conflictinbox.ConflictInbox;
import be.antwerpen.lom.server.conflictinbox.ConflictInboxRoutes;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.http.JsonBodies;
import be.antwerpen.lom.server.monitoring.MonitoringController;
import be.antwerpen.lom.server.monitoring.RequestMetrics;
import be.antwerpen.lom.server.reference.ReferenceController;
import be.antwerpen.lom.server.report.ReconciliationController;
import be.antwerpen.lom.server.report.NotUsedDesks;
import be.antwerpen.lom.server.report.RefusalSettlements;
import be.antwerpen.lom.server.report.ReconciliationCsv;
import be.antwerpen.lom.server.report.ReconciliationPdf;
import be.antwerpen.lom.server.report.ReconciliationService;
import be.antwerpen.lom.server.seatlease.SeatLeaseController;
import be.antwerpen.lom.server.serial.SerialLeaseController;
import be.antwerpen.lom.server.slot.FreeSlots;
import be.antwerpen.lom.server.slot.SlotController;
import be.antwerpen.lom.server.sync.SyncController;
import io.javalin.Javalin;
import io.javalin.apibuilder.EndpointGroup;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * The server's object graph over one database, built by the composition root ({@code ServerMain})
 * and by tests and benchmarks the same way. Holds no global state. It builds each feature and hands it
 * its dependencies through the constructor; the web edge gets the features' routes ({@link #routes})
 * and knows none of them (ADR 0100).
 */
@ArchitectureExemption(rules = ArchitectureExemption.WEB_FRAMEWORK_AT_THE_EDGE,
        reason = "the object graph hands every feature's routes to the web edge and returns the built server")
public final class ServerComponents {

    /** How long the health check waits for the database to answer. */
    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    private final Database db;
    private final ReferenceData reference;
    private final Clock clock;
    private final ObjectMapper json;
    private final TimeOrderedUuid ids;
    private final SlotEngine engine;
    private final SeatGrid grid;
    private final AppointmentRepository appointments = new AppointmentRepository();
    private final SeatRepository seats = new SeatRepository();
    private final DeviceRepository devices = new DeviceRepository();
    private final ReceiptRepository receipts = new ReceiptRepository();
    private final AuditRepository audit = new AuditRepository();
    private final SignedHeadRepository signedHeads = new SignedHeadRepository();
    private final StaffRepository staff = new StaffRepository();
    private final SessionRepository sessions = new SessionRepository();
    private final LoginThrottleRepository throttle = new LoginThrottleRepository();
    private final EnrollmentCodeRepository enrollmentCodes = new EnrollmentCodeRepository();
    private final ChangeLogRepository changeLog;
    private final ConflictRepository conflicts;
    private final CommandApplier applier;
    private final AppointmentWriter writer;
    private final Conflicts conflictFactory;
    private final PushService push;
    private final DeskInstances deskInstances;
    private final PullService pull;
    private final SnapshotService snapshot;
    private final DeskSequenceReports deskSequences;
    private final WebAppointments webAppointments;
    private final PasswordHasher hasher;
    private final Secrets secrets;
    private final LoginService login;
    private final Authenticator authenticator;
    private final EnrollmentService enrollment;
    private final StaffAdministration staffAdministration;
    private final SerialLeaseService serialLeases;
    private final ActorKeys actorKeys;
    private final DeskEscrowKeys deskEscrowKeys;
    private final ServerMetrics metrics;
    private final AuditHeadSigner auditHeads;
    private final SeatLeaseRepository seatLeaseRows = new SeatLeaseRepository();
    private final LeaseClaims seatLeaseClaims;
    private final SeatLeaseService seatLeases;
    private final DrillRepository drillRows = new DrillRepository();
    private final DrillService drills;
    private final DeskStatusService deskStatus;
    private final DrillReports drillReports;

    /**
     * @param passwordIterations PBKDF2 iterations for new password hashes ({@link PasswordHasher#DEFAULT_ITERATIONS}
     *                           in production; tests pass a small number to stay fast)
     */
    public ServerComponents(Database db, ReferenceData reference, Clock clock, int passwordIterations,
                            Duration tokenLifetime) {
        this(db, reference, clock, passwordIterations, tokenLifetime, AuditSigningKey.generate());
    }

    /**
     * @param auditKey the key that signs audit chain heads (ADR 0094): the server's key file in
     *                 production; the shorter constructor gives tests and benchmarks an in-memory key
     */
    public ServerComponents(Database db, ReferenceData reference, Clock clock, int passwordIterations,
                            Duration tokenLifetime, AuditSigningKey auditKey) {
        this.db = db;
        this.reference = reference;
        this.clock = clock;
        SecureRandom random = new SecureRandom();
        this.json = ProtocolJson.newMapper();
        this.ids = new TimeOrderedUuid(clock, random);
        this.engine = new SlotEngine(reference);
        this.grid = new SeatGrid(reference, engine);
        this.changeLog = new ChangeLogRepository(json);
        this.conflicts = new ConflictRepository(json);
        this.writer = new AppointmentWriter(appointments, seats, conflicts, changeLog, reference.slotMinutes());
        this.conflictFactory = new Conflicts(json, ids);
        this.seatLeaseClaims = new LeaseClaims(seatLeaseRows, seats, reference.slotMinutes());
        MootDoubleBookings moot = new MootDoubleBookings(conflicts, writer, ids);
        this.applier = new CommandApplier(new BookingCommands(writer, grid, conflictFactory, seatLeaseClaims),
                new LifecycleCommands(writer, conflictFactory, moot), new ContactCommands(writer, conflictFactory),
                new ConflictCommands(conflicts, writer, grid, moot), writer, audit, changeLog, ids, new CommandPolicy(),
                conflictFactory);
        ActorKeyRepository actorKeyRows = new ActorKeyRepository();
        this.actorKeys = new ActorKeys(db, actorKeyRows, random, clock);
        this.deskEscrowKeys = new DeskEscrowKeys(db, new DeskEscrowKeyRepository(), random, clock);
        this.metrics = new ServerMetrics(db, conflicts, devices, clock);
        SerialLeaseRepository serialLeaseRows = new SerialLeaseRepository();
        this.push = new PushService(db, devices, receipts, applier, json, clock,
                new CommandAuthors(staff, actorKeys), new SerialPrefixes());
        this.deskInstances = new DeskInstances(db, devices, audit, ids, clock);
        this.pull = new PullService(db, changeLog, receipts, devices, clock, signedHeads);
        this.snapshot = new SnapshotService(db, changeLog, appointments, devices, conflicts, reference, clock);
        this.deskSequences = new DeskSequenceReports(db, devices, clock);
        this.webAppointments = new WebAppointments(db, GroupCommit.forEngine(db), applier, appointments,
                new AppointmentCodes(random), ids, clock, new IdempotencyKeyRepository());
        this.hasher = new PasswordHasher(passwordIterations, random);
        this.secrets = new Secrets(random);
        this.login = new LoginService(db, staff, sessions, new LoginThrottle(throttle),
                new LoginPseudonyms(db, secrets), audit, hasher, secrets, ids, clock, tokenLifetime);
        this.authenticator = new Authenticator(db, staff, devices, clock);
        this.enrollment = new EnrollmentService(db, enrollmentCodes, devices, sessions, audit, secrets, ids, clock);
        this.staffAdministration = new StaffAdministration(db, staff, sessions, throttle, audit, hasher, ids, clock,
                actorKeyRows);
        this.seatLeases = new SeatLeaseService(db, seatLeaseRows, new SeatLeasePolicyRepository(), seats, reference,
                engine, ids, clock, audit, appointments);
        this.serialLeases = new SerialLeaseService(db, serialLeaseRows, new SerialPrefixes(), ids, clock, audit);
        this.auditHeads = new AuditHeadSigner(db, signedHeads, auditKey, json, clock);
        this.drills = new DrillService(db, drillRows, devices, audit, reference, ids, clock);
        this.deskStatus = new DeskStatusService(db, new DeskStatusRepository(), devices, drills, clock,
                reference);
        this.drillReports = new DrillReports(db, drillRows, drills, new ReconciliationService(db, appointments,
                conflicts, devices, clock, json, reference), clock);
    }

    // What programs (ServerMain, cli, demo, bench) and tests read of the graph; features get theirs
    // through their constructors.

    public Database db() {
        return db;
    }

    public ReferenceData reference() {
        return reference;
    }

    public Clock clock() {
        return clock;
    }

    public ObjectMapper json() {
        return json;
    }

    public TimeOrderedUuid ids() {
        return ids;
    }

    public SlotEngine engine() {
        return engine;
    }

    public AppointmentRepository appointments() {
        return appointments;
    }

    public SeatRepository seats() {
        return seats;
    }

    public DeviceRepository devices() {
        return devices;
    }

    public ReceiptRepository receipts() {
        return receipts;
    }

    public AuditRepository audit() {
        return audit;
    }

    public SignedHeadRepository signedHeads() {
        return signedHeads;
    }

    public StaffRepository staff() {
        return staff;
    }

    public ChangeLogRepository changeLog() {
        return changeLog;
    }

    public ConflictRepository conflicts() {
        return conflicts;
    }

    public CommandApplier applier() {
        return applier;
    }

    public PushService push() {
        return push;
    }

    public DeskInstances deskInstances() {
        return deskInstances;
    }

    public PullService pull() {
        return pull;
    }

    public SnapshotService snapshot() {
        return snapshot;
    }

    public WebAppointments webAppointments() {
        return webAppointments;
    }

    public LoginService login() {
        return login;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    public EnrollmentService enrollment() {
        return enrollment;
    }

    public StaffAdministration staffAdministration() {
        return staffAdministration;
    }

    public SerialLeaseService serialLeases() {
        return serialLeases;
    }

    public DeskEscrowKeys deskEscrowKeys() {
        return deskEscrowKeys;
    }

    public DeskSequenceReports deskSequences() {
        return deskSequences;
    }

    public ActorKeys actorKeys() {
        return actorKeys;
    }

    public AuditHeadSigner auditHeads() {
        return auditHeads;
    }

    public SeatLeaseRepository seatLeaseRows() {
        return seatLeaseRows;
    }

    public SeatLeaseService seatLeases() {
        return seatLeases;
    }

    public DrillService drills() {
        return drills;
    }

    public DrillReports drillReports() {
        return drillReports;
    }

    /**
     * The routes of every feature, each feature's own {@link EndpointGroup} built with just what it
     * needs; {@code settings} say what the health answer tells and who may read the metrics.
     */
    public List<EndpointGroup> routes(HttpSettings settings) {
        JsonBodies bodies = new JsonBodies(json);
        RequestAuth auth = new RequestAuth(authenticator);
        return List.of(
                new MonitoringController(() -> db.answers(DATABASE_TIMEOUT_SECONDS), metrics, () -> Map.of(
                        "engine", db.engine().name(), "referenceData", reference.version(), "demo", settings.demo()),
                        settings.metricsToken(), clock),
                new AuthController(login, authenticator, enrollment, bodies),
                new ActorKeyController(actorKeys, auth),
                new DeskEscrowKeyController(deskEscrowKeys, auth),
                new ReferenceController(reference, auth),
                new AgendaController(new Agenda(db, appointments, grid, engine), auth),
                new SlotController(new FreeSlots(db, appointments, engine, reference, seatLeaseRows), auth),
                new AppointmentController(webAppointments, auth, bodies),
                new SyncController(push, deskInstances, pull, snapshot, auth, bodies, metrics::pushed, deskSequences),
                new ConflictInboxRoutes(new ConflictInbox(db, conflicts, appointments, applier, engine, reference, ids,
                        clock), auth, bodies),
                new ReconciliationController(new ReconciliationService(db, appointments, conflicts, devices, clock, json, reference),
                        new ReconciliationCsv(), new ReconciliationPdf(), reference, auth,
                        new RefusalSettlements(db, audit, ids, clock), new NotUsedDesks(db, devices, audit, ids, clock),
                        bodies),
                new AuditController(new AuditTrail(db, audit, appointments, devices), auth, bodies),
                new AuditAnchorController(auditHeads, auth),
                new SerialLeaseController(serialLeases, auth, bodies),
                new SeatLeaseController(seatLeases, auth, bodies),
                new DrillController(drills, drillReports, auth, bodies),
                new DeskStatusController(deskStatus, auth, bodies));
    }

    /** The HTTP API over this object graph: the web edge with every feature's routes (not started). */
    public Javalin httpApi(HttpSettings settings) {
        return HttpApi.create(settings, json, new RequestMetrics(metrics), routes(settings));
    }

}
