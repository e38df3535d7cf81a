package be.antwerpen.lom.client.ui.report;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.report.ReconciliationReport;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Why a day does not add up, in the user's language (ADR 0095, 0147): each reason code of the server with its
 * parameters, desks by name and moments in Brussels time, never a code or an id.
 */
final class ReasonWording {

    private final Messages messages;
    private final DateTimeFormatter moment;

    ReasonWording(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.moment = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", messages.locale()).withZone(zone);
    }

    String reason(ReconciliationReport.Reason reason) {
        Map<String, String> p = reason.parameters();
        return switch (reason.code()) {
            case ReconciliationReport.Reason.TOTALS_DIFFER ->
                    messages.get("report.reason.TOTALS_DIFFER", p.get("difference"));
            case ReconciliationReport.Reason.COMMANDS_NOT_ARRIVED, ReconciliationReport.Reason.DESK_BEHIND_SERVER ->
                    messages.get("report.reason." + reason.code(), p.get("deskName"), p.get("reported"),
                            p.get("received"), p.get("missing"));
            case ReconciliationReport.Reason.DESK_NOT_SYNCED -> messages.get("report.reason.DESK_NOT_SYNCED",
                    p.get("deskName"), moment(p.get("lastContact")));
            case ReconciliationReport.Reason.DISPUTED -> messages.get("report.reason.DISPUTED", p.get("count"));
            case ReconciliationReport.Reason.PAPER_FORMS_MISSING ->
                    messages.get("report.reason.PAPER_FORMS_MISSING", p.get("count"), p.get("serials"));
            case ReconciliationReport.Reason.POSSIBLE_DUPLICATES ->
                    messages.get("report.reason.POSSIBLE_DUPLICATES", p.get("count"), p.get("extraRecords"));
            case ReconciliationReport.Reason.COMMANDS_REFUSED -> messages.get("report.reason.COMMANDS_REFUSED",
                    p.get("deskName"), p.get("count"));
            case ReconciliationReport.Reason.UNREADABLE_COMMANDS ->
                    messages.get("report.reason.UNREADABLE_COMMANDS", p.get("count"));
            case ReconciliationReport.Reason.DESK_CAME_BACK -> messages.get("report.reason.DESK_CAME_BACK",
                    p.get("deskName"), p.get("lost"));
            case ReconciliationReport.Reason.DESK_COPY_STOPPED -> messages.get("report.reason.DESK_COPY_STOPPED",
                    p.get("deskName"), moment(p.get("stoppedAt")));
            default -> messages.get("report.reason.other", reason.code());
        };
    }

    private String moment(String instant) {
        try {
            return instant == null || instant.isEmpty() ? messages.get("report.desk.never")
                    : moment.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return messages.get("report.desk.never");
        }
    }
}
