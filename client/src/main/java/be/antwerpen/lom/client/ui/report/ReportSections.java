package be.antwerpen.lom.client.ui.report;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.RefusalWording;
import be.antwerpen.lom.model.report.ReconciliationReport;
import be.antwerpen.lom.model.report.ReconciliationReport.AppointmentLine;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes the report's sections as simple HTML for the screen: counts by status and origin, open and
 * provisional appointments, appointments in an open conflict, possible duplicates, open conflicts, refused
 * commands (open ones marked), desks
 * (stale ones and those whose commands have not all arrived marked), offline periods and paper forms,
 * or the server's reason why a section is not available.
 */
final class ReportSections {

    private final Messages messages;
    private final DateTimeFormatter dayTime;
    private final DateTimeFormatter time;
    private final String staleColour;

    /** @param staleColour CSS colour of desks that have not synced, e.g. {@code #a4000f} */
    private java.util.function.Function<String, String> productName = code -> code;
    private java.util.function.Function<String, String> locationName = id -> id;

    /** Names instead of codes for products and locations (issue 18). */
    ReportSections named(java.util.function.Function<String, String> products,
                         java.util.function.Function<String, String> locations) {
        this.productName = products;
        this.locationName = locations;
        return this;
    }

    ReportSections(Messages messages, ZoneId zone, String staleColour) {
        this.messages = messages;
        this.time = messages.time();
        this.dayTime = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", messages.locale()).withZone(zone);
        this.staleColour = staleColour;
    }

    String html(ReconciliationReport r) {
        StringBuilder h = new StringBuilder("<html><body>");
        counts(h, messages.get("report.section.byStatus"), r.byStatus(), "status.");
        counts(h, messages.get("report.section.byOrigin"), r.byOrigin(), "origin.");
        lines(h, messages.get("report.section.open"), r.openLines());
        lines(h, messages.get("report.section.disputed"), r.disputed());
        duplicates(h, r.possibleDuplicates());
        lines(h, messages.get("report.section.provisional"), r.provisional());
        heading(h, messages.get("report.section.conflicts"));
        if (r.openConflicts() == null || r.openConflicts().isEmpty()) {
            none(h);
        } else {
            h.append("<ul>");
            for (ReconciliationReport.ConflictLine c : r.openConflicts()) {
                item(h, escape(messages.get("report.conflict", messages.get("inbox.kind." + c.kind()),
                        when(c.createdAt()), c.deviceId() == null ? "-" : c.deviceId(), c.description())));
            }
            h.append("</ul>");
        }
        refused(h, r.refusedCommands());
        rewinds(h, r.deskRewinds());
        heading(h, messages.get("report.section.desks", when(r.notSyncedSince())));
        if (r.desks() == null || r.desks().isEmpty()) {
            none(h);
        } else {
            h.append("<ul>");
            for (ReconciliationReport.DeskLine d : r.desks()) {
                String seen = d.lastSeenAt() == null ? messages.get("report.desk.never") : when(d.lastSeenAt());
                String text = escape(messages.get("report.desk", name(d.deskName(), d.deviceId()), seen));
                if (d.revoked()) {
                    text += " (" + escape(messages.get("report.desk.revoked")) + ")";
                }
                if (d.stale() && d.notUsed() != null) {
                    // a supervisor's word (ADR 0154): not red, but said
                    text += " \u2013 " + escape(messages.get("report.desk.notUsed", d.notUsed().confirmedByName(),
                            when(d.notUsed().confirmedAt())));
                } else if (d.stale()) {
                    text = "<b><font color='" + staleColour + "'>" + text + " \u2013 "
                            + escape(messages.get("report.desk.stale")) + "</font></b>";
                }
                if (d.reportedSequence() != null) {
                    boolean same = d.reportedSequence() == d.receivedSequence();
                    String sequences = escape(messages.get("report.desk.sequences", d.reportedSequence(),
                            d.receivedSequence()));
                    text += " \u2013 " + (same ? sequences
                            : "<b><font color='" + staleColour + "'>" + sequences + "</font></b>");
                }
                h.append("<li>").append(text).append("</li>");
            }
            h.append("</ul>");
        }
        offlinePeriods(h, r.offlinePeriods());
        paperForms(h, r.paperForms());
        return h.append("</body></html>").toString();
    }

    /** Every refused command of the day (ADR 0152): open ones marked, settled ones with how, by whom and when. */
    private void refused(StringBuilder h, List<ReconciliationReport.RefusedCommand> refused) {
        heading(h, messages.get("report.section.refused") + " (" + refused.size() + ")");
        if (refused.isEmpty()) {
            none(h);
            return;
        }
        h.append("<ul>");
        for (ReconciliationReport.RefusedCommand c : refused) {
            String line = escape(messages.get("report.refusal.summary", name(c.deskName(), c.deviceId()),
                    String.valueOf(c.sequence()), when(c.madeAt()),
                    RefusalWording.stored(messages, c.reason(), "refusal.unknown")));
            h.append("<li>").append(line).append(" \u2013 ").append(settlement(c.settlement())).append("</li>");
        }
        h.append("</ul>");
    }

    /** Desk work the server cannot account for: back from an earlier state, stopped copies (ADR 0162). */
    private void rewinds(StringBuilder h, List<ReconciliationReport.DeskRewind> rewinds) {
        if (rewinds.isEmpty()) {
            return;
        }
        heading(h, messages.get("report.section.rewinds") + " (" + rewinds.size() + ")");
        h.append("<ul>");
        for (ReconciliationReport.DeskRewind w : rewinds) {
            String line = escape(ReconciliationReport.DeskRewind.COPY_STOPPED.equals(w.kind())
                    ? messages.get("report.rewind.copy", name(w.deskName(), w.deviceId()), when(w.detectedAt()))
                    : messages.get("report.rewind", name(w.deskName(), w.deviceId()), String.valueOf(w.lost()),
                            when(w.reportedAt())));
            h.append("<li>").append(line).append(" \u2013 ").append(settlement(w.settlement())).append("</li>");
        }
        h.append("</ul>");
    }

    /** How a refusal or a loss was settled, or a red "not settled yet". */
    private String settlement(ReconciliationReport.RefusalSettlement settled) {
        return settled == null
                ? "<b><font color='" + staleColour + "'>" + escape(messages.get("report.refusal.open")) + "</font></b>"
                : escape(messages.get("report.refusal.settledBy",
                        messages.get("report.refusal.outcome." + settled.outcome().name()), settled.settledByName(),
                        when(settled.settledAt())));
    }

    private void offlinePeriods(StringBuilder h, ReconciliationReport.OfflinePeriods offline) {
        heading(h, messages.get("report.section.offline"));
        if (offline == null || !offline.available()) {
            notAvailable(h, offline == null ? null : offline.reason());
            return;
        }
        if (offline.periods() == null || offline.periods().isEmpty()) {
            none(h);
            return;
        }
        h.append("<ul>");
        for (ReconciliationReport.OfflinePeriod p : offline.periods()) {
            item(h, escape(messages.get("report.offlinePeriod", name(p.deskName(), p.deviceId()), when(p.from()),
                    when(p.to()), p.commands(), when(p.reconnectedAt()))));
        }
        h.append("</ul>");
    }

    /**
     * Paper forms re-keyed and the gaps below the highest re-keyed serial of each range: forms after it cannot be
     * checked (ADR 0093), so the section claims no more than that, and nothing when no form of a range was re-keyed.
     */
    private void paperForms(StringBuilder h, ReconciliationReport.PaperForms paper) {
        heading(h, messages.get("report.section.paper"));
        if (paper == null || !paper.available()) {
            notAvailable(h, paper == null ? null : paper.reason());
            return;
        }
        List<String> missing = paper.missing() == null ? List.of() : paper.missing();
        List<ReconciliationReport.SerialRangeLine> ranges = paper.ranges() == null ? List.of() : paper.ranges();
        boolean checkable = ranges.stream().anyMatch(range -> range.highestRekeyed() != null);
        String summary;
        if (!missing.isEmpty()) {
            summary = messages.get("report.paperGaps", paper.rekeyed(), String.join(", ", missing));
        } else if (checkable) {
            summary = messages.get("report.paperNoGaps", paper.rekeyed());
        } else {
            summary = messages.get("report.paperNothingChecked", paper.rekeyed());
        }
        h.append("<p>").append(missing.isEmpty() ? escape(summary) : "<b><font color='" + staleColour + "'>"
                + escape(summary) + "</font></b>").append("</p>");
        if (!ranges.isEmpty()) {
            h.append("<ul>");
            for (ReconciliationReport.SerialRangeLine range : ranges) {
                item(h, escape(rangeLine(range)));
            }
            h.append("</ul>");
        }
    }

    private String rangeLine(ReconciliationReport.SerialRangeLine range) {
        String desk = name(range.deskName(), range.deviceId());
        List<String> missing = range.missing() == null ? List.of() : range.missing();
        if (range.highestRekeyed() == null) {
            return messages.get("report.paperRangeNothing", desk, range.firstSerial(), range.lastSerial());
        }
        if (missing.isEmpty()) {
            return messages.get("report.paperRangeNoGaps", desk, range.firstSerial(), range.lastSerial(),
                    range.rekeyed(), range.highestRekeyed());
        }
        return messages.get("report.paperRangeGaps", desk, range.firstSerial(), range.lastSerial(), range.rekeyed(),
                range.highestRekeyed(), String.join(", ", missing));
    }

    private void duplicates(StringBuilder h, List<ReconciliationReport.PossibleDuplicate> duplicates) {
        heading(h, messages.get("report.section.duplicates") + " (" + (duplicates == null ? 0 : duplicates.size())
                + ")");
        if (duplicates == null || duplicates.isEmpty()) {
            none(h);
            return;
        }
        h.append("<ul>");
        for (ReconciliationReport.PossibleDuplicate p : duplicates) {
            h.append("<li>").append(escape(messages.get("report.duplicate", p.maskedRegisterNumber(),
                    messages.get("report.duplicate." + p.rule())))).append("<ul>");
            for (ReconciliationReport.DuplicateRecord d : p.records()) {
                item(h, escape(messages.get("report.duplicateRecord", d.start() == null ? "-"
                        : time.format(d.start()), d.code(), locationName.apply(d.locationId()),
                        productName.apply(d.productCode()),
                        messages.get("status." + d.status()), messages.get("origin." + d.origin()),
                        d.deskName() == null ? messages.get("report.duplicate.web") : d.deskName())));
            }
            h.append("</ul></li>");
        }
        h.append("</ul>");
    }

    private void counts(StringBuilder h, String title, Map<String, Integer> counts, String keyPrefix) {
        heading(h, title);
        if (counts == null || counts.isEmpty()) {
            none(h);
            return;
        }
        h.append("<table>");
        counts.forEach((key, count) -> h.append("<tr><td>").append(escape(messages.get(keyPrefix + key)))
                .append("</td><td align='right'>").append(count).append("</td></tr>"));
        h.append("</table>");
    }

    private void lines(StringBuilder h, String title, List<AppointmentLine> lines) {
        heading(h, title + " (" + (lines == null ? 0 : lines.size()) + ")");
        if (lines == null || lines.isEmpty()) {
            none(h);
            return;
        }
        h.append("<ul>");
        for (AppointmentLine line : lines) {
            item(h, escape(messages.get("report.line", line.start() == null ? "-" : time.format(line.start()),
                    line.code(), productName.apply(line.productCode()), messages.get("status." + line.status()),
                    messages.get("origin." + line.origin()))));
        }
        h.append("</ul>");
    }

    private void heading(StringBuilder h, String title) {
        h.append("<h3>").append(escape(title)).append("</h3>");
    }

    private void none(StringBuilder h) {
        h.append("<p>").append(escape(messages.get("report.none"))).append("</p>");
    }

    private void notAvailable(StringBuilder h, String reason) {
        h.append("<p><i>").append(escape(messages.get("report.notAvailable", reason == null ? "-" : reason)))
                .append("</i></p>");
    }

    private static void item(StringBuilder h, String escaped) {
        h.append("<li>").append(escaped).append("</li>");
    }

    private String when(Instant instant) {
        return instant == null ? "-" : dayTime.format(instant);
    }

    private static String name(String deskName, String deviceId) {
        return deskName == null || deskName.isBlank() ? String.valueOf(deviceId) : deskName;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
