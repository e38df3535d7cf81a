package be.antwerpen.lom.server;

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
import be.antwerpen.lom.server.command.IdempotencyKeyRepository;
import be.antwerpen.lom.server.command.WebAppointments;
import be.antwerpen.lom.server.conflict.ConflictRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.DeviceRepository;
import be.antwerpen.lom.server.deskstatus.DeskStatusRepository;
import be.antwerpen.lom.server.deskstatus.DeskStatusService;
import be.antwerpen.lom.server.drill.DrillReports;
import be.antwerpen.lom.server.drill.DrillRepository;
import be.antwerpen.lom.server.report.ReconciliationService;
import be.antwerpen.lom.server.drill.DrillService;
import be.antwerpen.lom.server.seatlease.LeaseClaims;
import be.antwerpen.lom.server.seatlease.SeatLeasePolicyRepository;
import be.antwerpen.lom.server.seatlease.SeatLeaseRepository;
import be.antwerpen.lom.server.seatlease.SeatLeaseService;
import be.antwerpen.lom.server.serial.SerialLeaseRepository;
import be.antwerpen.lom.server.serial.SerialLeaseService;
import be.antwerpen.lom.server.serial.SerialPrefixes;
import be.antwerpen.lom.server.monitoring.ServerMetrics;
import be.antwerpen.lom.server.sync.ChangeLogRepository;
import be.antwerpen.lom.server.sync.CommandAuthors;
import be.antwerpen.lom.server.sync.DeskSequenceReports;
import be.antwerpen.lom.server.sync.PullService;
import be.antwerpen.lom.server.sync.DeskInstances;
import be.antwerpen.lom.server.sync.PushService;
import be.antwerpen.lom.server.sync.ReceiptRepository;
import be.antwerpen.lom.server.sync.SnapshotService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * The server's object graph over one database, built by the composition root ({@code ServerMain})
 * and by tests and benchmarks the same way. Holds no global state.
 */
public final class ServerComponents {

    public final Database db;
    public final ReferenceData reference;
    public final Clock clock;
    public final ObjectMapper json;
    public final TimeOrderedUuid ids;
    public final SlotEngine engine;
    public final SeatGrid grid;
    public final AppointmentRepository appointments = new AppointmentRepository();
    public final SeatRepository seats = new SeatRepository();
    public final DeviceRepository devices = new DeviceRepository();
    public final ReceiptRepository receipts = new ReceiptRepository();
    public final AuditRepository audit = new AuditRepository();
    public final SignedHeadRepository signedHeads = new SignedHeadRepository();
    public final StaffRepository staff = new StaffRepository();
    public final SessionRepository sessions = new SessionRepository();
    public final LoginThrottleRepository throttle = new LoginThrottleRepository();
    public final EnrollmentCodeRepository enrollmentCodes = new EnrollmentCodeRepository();
    public final ChangeLogRepository changeLog;
    public final ConflictRepository conflicts;
    public final CommandApplier applier;
    public final AppointmentWriter writer;
    public final Conflicts conflictFactory;
    public final PushService push;
    public final DeskInstances deskInstances;
    public final PullService pull;
    public final SnapshotService snapshot;
    public final DeskSequenceReports deskSequences;
    public final WebAppointments webAppointments;
    public final PasswordHasher hasher;
    public final Secrets secrets;
    public final LoginService login;
    public final Authenticator authenticator;
    public final EnrollmentService enrollment;
    public final StaffAdministration staffAdministration;
    public final SerialLeaseService serialLeases;
    public final ActorKeys actorKeys;
    public final DeskEscrowKeys deskEscrowKeys;
    public final ServerMetrics metrics;
    public final AuditHeadSigner auditHeads;
    public final SeatLeaseRepository seatLeaseRows = new SeatLeaseRepository();
    public final LeaseClaims seatLeaseClaims;
    public final SeatLeaseService seatLeases;
    public final DrillRepository drillRows = new DrillRepository();
    public final DrillService drills;
    public final DeskStatusService deskStatus;
    public final DrillReports drillReports;

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
        this.applier = new CommandApplier(new BookingCommands(writer, grid, conflictFactory, seatLeaseClaims),
                new LifecycleCommands(writer, conflictFactory), new ContactCommands(writer, conflictFactory),
                new ConflictCommands(conflicts, writer, grid), writer, audit, changeLog, ids, new CommandPolicy());
        this.actorKeys = new ActorKeys(db, new ActorKeyRepository(), random, clock);
        this.deskEscrowKeys = new DeskEscrowKeys(db, new DeskEscrowKeyRepository(), random, clock);
        this.metrics = new ServerMetrics(db, conflicts, devices, clock);
        this.push = new PushService(db, devices, receipts, applier, writer, conflictFactory, json, clock,
                new CommandAuthors(staff, actorKeys));
        this.deskInstances = new DeskInstances(db, devices, audit, ids, clock);
        this.pull = new PullService(db, changeLog, receipts, devices, clock, signedHeads);
        this.snapshot = new SnapshotService(db, changeLog, appointments, devices, conflicts, reference, clock);
        this.deskSequences = new DeskSequenceReports(db, devices, clock);
        this.webAppointments = new WebAppointments(db, applier, appointments, new AppointmentCodes(random), ids, clock,
                new IdempotencyKeyRepository());
        this.hasher = new PasswordHasher(passwordIterations, random);
        this.secrets = new Secrets(random);
        this.login = new LoginService(db, staff, sessions, new LoginThrottle(throttle),
                new LoginPseudonyms(db, secrets), audit, hasher, secrets, ids, clock, tokenLifetime);
        this.authenticator = new Authenticator(db, sessions, staff, devices, clock);
        this.enrollment = new EnrollmentService(db, enrollmentCodes, devices, audit, secrets, ids, clock);
        this.staffAdministration = new StaffAdministration(db, staff, sessions, throttle, audit, hasher, ids, clock);
        this.seatLeases = new SeatLeaseService(db, seatLeaseRows, new SeatLeasePolicyRepository(), seats, reference,
                engine, ids, clock);
        this.serialLeases = new SerialLeaseService(db, new SerialLeaseRepository(), new SerialPrefixes(), ids, clock);
        this.auditHeads = new AuditHeadSigner(db, signedHeads, auditKey, json, clock);
        this.drills = new DrillService(db, drillRows, devices, audit, reference, ids, clock);
        this.deskStatus = new DeskStatusService(db, new DeskStatusRepository(), devices, drills, clock);
        this.drillReports = new DrillReports(db, drillRows, drills, new ReconciliationService(db, appointments,
                conflicts, devices, clock), clock);
    }
}
