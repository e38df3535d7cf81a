package be.antwerpen.lom.server.report;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.report.ReconciliationReport;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.validation.TimeRange;
import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.JsonBodies;
import be.antwerpen.lom.server.http.Params;
import be.antwerpen.lom.server.refusal.Refusal;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * GET /locations/{locationId}/reconciliation?date=YYYY-MM-DD[&amp;format=json|csv|pdf][&amp;notSyncedSince=ISO instant]:
 * supervisors of the location and administrators. Desks count as not synced when their last contact is
 * before {@code notSyncedSince} (default: the location's closing time that day, or 15 minutes ago while that is earlier), and
 * then the day does not add up (ADR 0147).
 *
 * <p>POST /locations/{locationId}/desk-rewinds/{rewindId}/settlement {@code {"outcome": ...}}: the same for the
 * commands a desk lost when it came back from an earlier state (ADR 0162).
 *
 * <p>POST /locations/{locationId}/refused-commands/{commandId}/settlement {@code {"outcome": ...}}: a supervisor of
 * the location says how a refused command's citizen was accounted for (ADR 0152); the supervisor is the session's.
 *
 * <p>POST /locations/{locationId}/desks/{deviceId}/not-used {@code {"date": ...}}: a supervisor of the location
 * confirms that a desk not heard of was not used that day after its last contact (ADR 0154).
 */
public final class ReconciliationController implements EndpointGroup {

    private static final Set<String> FORMATS = Set.of("json", "csv", "pdf");

    private final ReconciliationService service;
    private final ReconciliationCsv csv;
    private final ReconciliationPdf pdf;
    private final ReferenceData reference;
    private final RequestAuth auth;
    private final RefusalSettlements settlements;
    private final NotUsedDesks notUsed;
    private final JsonBodies bodies;

    public ReconciliationController(ReconciliationService service, ReconciliationCsv csv, ReconciliationPdf pdf,
                                    ReferenceData reference, RequestAuth auth, RefusalSettlements settlements,
                                    NotUsedDesks notUsed, JsonBodies bodies) {
        this.settlements = settlements;
        this.notUsed = notUsed;
        this.bodies = bodies;
        this.service = service;
        this.csv = csv;
        this.pdf = pdf;
        this.reference = reference;
        this.auth = auth;
    }

    public void report(Context ctx) {
        String location = ctx.pathParam("locationId");
        Location place = reference.location(location).orElseThrow(() -> Refusal.notFound("the location"));
        auth.staffAt(ctx, StaffRole.SUPERVISOR, location);
        LocalDate date = Params.date(ctx, "date");
        String format = format(ctx);
        Instant since = since(ctx, location, date);
        ReconciliationReport report = service.report(location, date, since);
        String file = "reconciliation-" + location + "-" + date;
        switch (format) {
            case "csv" -> ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"")
                    .result(csv.write(report));
            case "pdf" -> ctx.contentType("application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".pdf\"")
                    .result(pdf.write(report, place.name()));
            default -> ctx.json(report);
        }
    }

    public void settle(Context ctx) throws Exception {
        String location = knownLocation(ctx);
        StaffMember supervisor = auth.staffAt(ctx, StaffRole.SUPERVISOR, location);
        String command = Params.id(ctx, "commandId").toString();
        ReconciliationReport.SettleRefusal body = bodies.read(ctx, ReconciliationReport.SettleRefusal.class);
        ctx.json(settlements.settle(supervisor, location, command, body.outcome()));
    }

    public void settleRewind(Context ctx) throws Exception {
        String location = knownLocation(ctx);
        StaffMember supervisor = auth.staffAt(ctx, StaffRole.SUPERVISOR, location);
        String rewind = Params.id(ctx, "rewindId").toString();
        ReconciliationReport.SettleRefusal body = bodies.read(ctx, ReconciliationReport.SettleRefusal.class);
        ctx.json(settlements.settleRewind(supervisor, location, rewind, body.outcome()));
    }

    /** The location the path names; 404 when the reference data has none by that id. */
    private String knownLocation(Context ctx) {
        String location = ctx.pathParam("locationId");
        reference.location(location).orElseThrow(() -> Refusal.notFound("the location"));
        return location;
    }

    public void confirmNotUsed(Context ctx) throws Exception {
        String location = knownLocation(ctx);
        StaffMember supervisor = auth.staffAt(ctx, StaffRole.SUPERVISOR, location);
        ReconciliationReport.ConfirmNotUsed body = bodies.read(ctx, ReconciliationReport.ConfirmNotUsed.class);
        LocalDate day = body.date();
        ctx.json(notUsed.confirm(supervisor, location, ctx.pathParam("deviceId"), day,
                day == null ? null : service.notSyncedSince(location, day),
                day == null ? null : service.closingTime(location, day)));
    }

    /** {@code format}, or else what the Accept header asks for; JSON by default. */
    private static String format(Context ctx) {
        String format = ctx.queryParam("format");
        if (format == null) {
            String accept = ctx.header("Accept");
            if (accept != null && accept.contains("text/csv")) {
                return "csv";
            }
            if (accept != null && accept.contains("application/pdf")) {
                return "pdf";
            }
            return "json";
        }
        if (!FORMATS.contains(format)) {
            throw Refusal.invalid("format", "format is json, csv or pdf");
        }
        return format;
    }

    private Instant since(Context ctx, String locationId, LocalDate date) {
        String text = ctx.queryParam("notSyncedSince");
        if (text == null || text.isBlank()) {
            return service.notSyncedSince(locationId, date);
        }
        Instant since;
        try {
            since = Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("notSyncedSince", "notSyncedSince is an ISO instant like 2026-05-04T16:00:00Z");
        }
        return TimeRange.require(since, "notSyncedSince");
    }

    /** The routes of this feature, under {@link HttpApi#BASE}. */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> {
            get("/locations/{locationId}/reconciliation", this::report);
            post("/locations/{locationId}/refused-commands/{commandId}/settlement", this::settle);
            post("/locations/{locationId}/desk-rewinds/{rewindId}/settlement", this::settleRewind);
            post("/locations/{locationId}/desks/{deviceId}/not-used", this::confirmNotUsed);
        });
    }
}
