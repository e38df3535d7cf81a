package be.antwerpen.lom.server.http;

import be.antwerpen.lom.server.ServerComponents;
import be.antwerpen.lom.server.appointment.AgendaController;
import be.antwerpen.lom.server.audit.AuditAnchorController;
import be.antwerpen.lom.server.audit.AuditController;
import be.antwerpen.lom.server.auth.ActorKeyController;
import be.antwerpen.lom.server.auth.DeskEscrowKeyController;
import be.antwerpen.lom.server.auth.AuthController;
import be.antwerpen.lom.server.monitoring.MonitoringController;
import be.antwerpen.lom.server.command.AppointmentController;
import be.antwerpen.lom.server.command.ConflictResolutionController;
import be.antwerpen.lom.server.conflict.ConflictController;
import be.antwerpen.lom.server.conflict.ConflictProposalController;
import be.antwerpen.lom.server.deskstatus.DeskStatusController;
import be.antwerpen.lom.server.deskstatus.DeskStatusRoutes;
import be.antwerpen.lom.server.drill.DrillController;
import be.antwerpen.lom.server.drill.DrillRoutes;
import be.antwerpen.lom.server.report.ReconciliationController;
import be.antwerpen.lom.server.report.ReconciliationCsv;
import be.antwerpen.lom.server.report.ReconciliationPdf;
import be.antwerpen.lom.server.report.ReconciliationService;
import be.antwerpen.lom.server.error.ApiProblem;
import be.antwerpen.lom.server.reference.ReferenceController;
import be.antwerpen.lom.server.seatlease.SeatLeaseController;
import be.antwerpen.lom.server.serial.SerialLeaseController;
import be.antwerpen.lom.server.slot.SlotController;
import be.antwerpen.lom.server.sync.SyncController;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The REST and sync API under /api/v1: routes, body limit, request log, and the one error mapping. */
public final class HttpApi {

    public static final String BASE = "/api/v1";
    /** Largest accepted request body; a push batch of 1000 commands stays well below it. */
    public static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    private HttpApi() {
    }

    public static Javalin create(ServerComponents s, HttpSettings settings) {
        JsonBodies bodies = new JsonBodies(s.json);
        RequestAuth auth = new RequestAuth(s.authenticator);
        AuthController authController = new AuthController(s.login, s.authenticator, s.enrollment, bodies);
        ActorKeyController actorKeys = new ActorKeyController(s.actorKeys, auth);
        DeskEscrowKeyController deskEscrowKeys = new DeskEscrowKeyController(s.deskEscrowKeys, auth);
        ReferenceController reference = new ReferenceController(s.reference, auth);
        AgendaController agenda = new AgendaController(s.db, s.appointments, s.grid, s.engine, auth);
        SlotController slots = new SlotController(s.db, s.appointments, s.engine, s.reference, auth,
                s.seatLeaseRows);
        AppointmentController appointments = new AppointmentController(s.webAppointments, auth, bodies);
        SyncController sync = new SyncController(s.push, s.deskInstances, s.pull, s.snapshot, auth, bodies,
                s.metrics::pushed, s.deskSequences);
        MonitoringController monitoring = new MonitoringController(s.db, s.metrics, () -> Map.of(
                "engine", s.db.engine().name(), "referenceData", s.reference.version(), "demo", settings.demo()),
                settings.metricsToken(), s.clock);
        ConflictController conflicts = new ConflictController(s.db, s.conflicts, auth);
        ConflictResolutionController resolutions = new ConflictResolutionController(s.db, s.applier, conflicts, auth,
                bodies, s.ids, s.clock);
        ConflictProposalController proposals = new ConflictProposalController(s.db, s.conflicts, conflicts,
                s.appointments, s.engine, s.reference, auth, s.clock);
        ReconciliationController reconciliation = new ReconciliationController(new ReconciliationService(s.db,
                s.appointments, s.conflicts, s.devices, s.clock), new ReconciliationCsv(), new ReconciliationPdf(), s.reference, auth, s.clock);
        DrillController drills = new DrillController(s.drills, s.drillReports, auth, s.authenticator, bodies);
        AuditController audit = new AuditController(s.db, s.audit, s.appointments, s.devices, auth, bodies);
        AuditAnchorController auditAnchors = new AuditAnchorController(s.auditHeads, auth);
        SerialLeaseController serials = new SerialLeaseController(s.serialLeases, auth, bodies);
        SeatLeaseController seatLeases = new SeatLeaseController(s.seatLeases, auth, bodies);
        byte[] openApi = openApiDocument();

        return Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(s.json, false));
            cfg.http.maxRequestSize = MAX_BODY_BYTES;
            cfg.jetty.host = settings.host();
            cfg.jetty.port = settings.port();
            cfg.startup.showJavalinBanner = false;
            settings.tls().ifPresent(tls -> TlsConnector.install(cfg, settings.host(), settings.port(), tls));
            cfg.requestLogger.http((ctx, ms) -> {
                String route = RouteNames.of(ctx);
                s.metrics.request(ctx.method().name(), route, ctx.statusCode(), ms);
                if (route.equals(BASE + "/auth/login") && (ctx.statusCode() == 401 || ctx.statusCode() == 429)) {
                    s.metrics.loginFailed(ctx.statusCode() == 429 ? "throttled" : "wrong_credentials");
                }
                if (RouteNames.probe(route)) {
                    LOG.debug("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
                } else {
                    LOG.info("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
                }
            });
            ErrorMapping.install(cfg);
            cfg.routes.before(ctx -> {
                String length = ctx.header("Content-Length");
                if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY_BYTES) {
                    throw new ApiProblem(413, "body_too_large",
                            "the request body is larger than " + MAX_BODY_BYTES + " bytes", null);
                }
                ctx.header("Cache-Control", "no-store");
            });
            cfg.routes.get(BASE + "/health", monitoring::health);
            cfg.routes.get("/metrics", monitoring::metrics);
            cfg.routes.get(BASE + "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            cfg.routes.post(BASE + "/auth/login", authController::login);
            cfg.routes.post(BASE + "/devices/enroll", authController::enroll);
            cfg.routes.post(BASE + "/auth/actor-key", actorKeys::issue);
            cfg.routes.post(BASE + "/auth/desk-escrow-key", deskEscrowKeys::issue);
            cfg.routes.get(BASE + "/reference-data", reference::get);
            cfg.routes.get(BASE + "/locations/{locationId}/agenda", agenda::agenda);
            cfg.routes.get(BASE + "/locations/{locationId}/capacity", agenda::capacity);
            cfg.routes.get(BASE + "/slots/proximity", slots::proximity);
            cfg.routes.get(BASE + "/slots/flexibility", slots::flexibility);
            cfg.routes.post(BASE + "/appointments", appointments::book);
            cfg.routes.get(BASE + "/appointments/{appointmentId}", appointments::get);
            cfg.routes.post(BASE + "/appointments/{appointmentId}/reschedule", appointments::reschedule);
            cfg.routes.post(BASE + "/appointments/{appointmentId}/cancel", appointments::cancel);
            cfg.routes.post(BASE + "/sync/push", sync::push);
            cfg.routes.get(BASE + "/sync/pull", sync::pull);
            cfg.routes.get(BASE + "/sync/snapshot", sync::snapshot);
            cfg.routes.get(BASE + "/conflicts", conflicts::list);
            cfg.routes.get(BASE + "/conflicts/{conflictId}", conflicts::get);
            cfg.routes.post(BASE + "/conflicts/{conflictId}/resolve", resolutions::resolve);
            cfg.routes.get(BASE + "/conflicts/{conflictId}/proposals", proposals::proposals);
            cfg.routes.get(BASE + "/locations/{locationId}/conflict-counts", proposals::counts);
            cfg.routes.get(BASE + "/locations/{locationId}/reconciliation", reconciliation::report);
            cfg.routes.post(BASE + "/audit/search", audit::search);
            cfg.routes.get(BASE + "/audit/public-key", auditAnchors::publicKey);
            cfg.routes.get(BASE + "/audit/signed-heads", auditAnchors::signedHeads);
            cfg.routes.post(BASE + "/serials/lease", serials::lease);
            cfg.routes.get(BASE + "/serials/leases", serials::list);
            cfg.routes.post(BASE + "/sync/seat-leases", seatLeases::topUp);
            cfg.routes.get(BASE + "/locations/{locationId}/seat-lease-policy", seatLeases::policy);
            cfg.routes.put(BASE + "/locations/{locationId}/seat-lease-policy", seatLeases::setPolicy);
            cfg.routes.get(BASE + "/locations/{locationId}/seat-capacity", seatLeases::capacity);
            DrillRoutes.install(cfg.routes, BASE, drills);
            DeskStatusRoutes.install(cfg.routes, BASE, new DeskStatusController(s.deskStatus, auth, bodies));
        });
    }

    private static byte[] openApiDocument() {
        try (InputStream in = HttpApi.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the server jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("openapi.json could not be read", e);
        }
    }
}
