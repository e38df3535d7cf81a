package be.antwerpen.lom.server.report;

import be.antwerpen.lom.model.report.ReconciliationReport;

import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.error.ApiProblem;
import be.antwerpen.lom.server.http.Params;
import be.antwerpen.lom.server.http.RequestAuth;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * GET /locations/{locationId}/reconciliation?date=YYYY-MM-DD[&amp;format=csv][&amp;notSyncedSince=ISO instant]:
 * supervisors of the location and administrators. Desks count as not synced when their last contact is
 * before {@code notSyncedSince} (default: the end of the day, or now when the day is not over).
 */
public final class ReconciliationController {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final ReconciliationService service;
    private final ReconciliationCsv csv;
    private final ReferenceData reference;
    private final RequestAuth auth;
    private final Clock clock;

    public ReconciliationController(ReconciliationService service, ReconciliationCsv csv, ReferenceData reference,
                                    RequestAuth auth, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.csv = csv;
        this.reference = reference;
        this.auth = auth;
    }

    public void report(Context ctx) {
        String location = ctx.pathParam("locationId");
        if (reference.location(location).isEmpty()) {
            throw ApiProblem.notFound("the location");
        }
        auth.staffAt(ctx, StaffRole.SUPERVISOR, location);
        LocalDate date = Params.date(ctx, "date");
        Instant since = since(ctx, date);
        ReconciliationReport report = service.report(location, date, since);
        String format = ctx.queryParam("format");
        String accept = ctx.header("Accept");
        if ("csv".equals(format) || (format == null && accept != null && accept.contains("text/csv"))) {
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"reconciliation-" + location + "-" + date
                            + ".csv\"")
                    .result(csv.write(report));
        } else if (format == null || "json".equals(format)) {
            ctx.json(report);
        } else {
            throw ApiProblem.invalid("format", "format is json or csv");
        }
    }

    private Instant since(Context ctx, LocalDate date) {
        String text = ctx.queryParam("notSyncedSince");
        if (text == null || text.isBlank()) {
            Instant endOfDay = date.plusDays(1).atStartOfDay(BRUSSELS).toInstant();
            Instant now = clock.instant();
            return endOfDay.isBefore(now) ? endOfDay : now.minusSeconds(15 * 60);
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("notSyncedSince", "notSyncedSince is an ISO instant like 2026-05-04T16:00:00Z");
        }
    }
}
