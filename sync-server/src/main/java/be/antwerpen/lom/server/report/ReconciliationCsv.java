package be.antwerpen.lom.server.report;

import be.antwerpen.lom.model.report.ReconciliationReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reconciliation report as CSV: one {@code section;key;value...} line per fact (semicolons, nl-BE Excel):
 * one {@code offlinePeriod} line per period (desk, from, to, reconnected at, commands), one {@code serialRange}
 * line per leased range (desk, first, last, leased at, re-keyed, highest re-keyed, missing count) followed by
 * one {@code missingSerial} line per missing serial; {@code totals;addsUp}, one {@code reason} line per check
 * that fails ({@code reason;CODE;key=value...}, ADR 0095), one {@code disputed} line per appointment in an open
 * conflict and one {@code possibleDuplicate} line per record of a citizen handled twice (ADR 0096).
 */
public final class ReconciliationCsv {

    public String write(ReconciliationReport r) {
        StringBuilder out = new StringBuilder();
        line(out, "report", "location", r.locationId());
        line(out, "report", "date", r.date().toString());
        line(out, "report", "generatedAt", ExcelCsv.at(r.generatedAt()));
        line(out, "report", "timeZone", ExcelCsv.ZONE.getId());
        for (Map.Entry<String, Integer> e : r.byStatus().entrySet()) {
            line(out, "status", e.getKey(), e.getValue().toString());
        }
        for (Map.Entry<String, Integer> e : r.byOrigin().entrySet()) {
            line(out, "origin", e.getKey(), e.getValue().toString());
        }
        ReconciliationReport.Totals t = r.totals();
        line(out, "totals", "booked", Integer.toString(t.booked()));
        line(out, "totals", "served", Integer.toString(t.served()));
        line(out, "totals", "noShow", Integer.toString(t.noShow()));
        line(out, "totals", "cancelled", Integer.toString(t.cancelled()));
        line(out, "totals", "stillOpen", Integer.toString(t.stillOpen()));
        line(out, "totals", "disputed", Integer.toString(t.disputed()));
        line(out, "totals", "difference", Integer.toString(t.difference()));
        line(out, "totals", "addsUp", Boolean.toString(t.addsUp()));
        for (ReconciliationReport.Reason reason : t.reasons()) {
            List<String> cells = new ArrayList<>(List.of("reason", reason.code()));
            new TreeMap<>(reason.parameters()).forEach((k, v) -> cells.add(k + "=" + v));
            line(out, cells.toArray(String[]::new));
        }
        for (ReconciliationReport.AppointmentLine a : r.openLines()) {
            line(out, "stillOpen", a.code(), ExcelCsv.at(a.start()), a.productCode(), a.status(), a.origin());
        }
        for (ReconciliationReport.AppointmentLine a : r.disputed()) {
            line(out, "disputed", a.code(), ExcelCsv.at(a.start()), a.productCode(), a.status(), a.origin());
        }
        for (ReconciliationReport.PossibleDuplicate p : r.possibleDuplicates()) {
            for (ReconciliationReport.DuplicateRecord d : p.records()) {
                line(out, "possibleDuplicate", p.maskedRegisterNumber(), p.rule(), d.code(), d.locationId(),
                        ExcelCsv.at(d.start()), d.productCode(), d.status(), d.origin(),
                        d.deskName() == null ? "" : d.deskName());
            }
        }
        for (ReconciliationReport.AppointmentLine a : r.provisional()) {
            line(out, "provisional", a.code(), ExcelCsv.at(a.start()), a.productCode(), a.status(), a.origin());
        }
        for (ReconciliationReport.ConflictLine c : r.openConflicts()) {
            line(out, "openConflict", c.conflictId(), c.kind(), ExcelCsv.at(c.createdAt()), c.description());
        }
        for (ReconciliationReport.DeskLine d : r.desks()) {
            line(out, "desk", d.deskName(), ExcelCsv.at(d.lastSeenAt()),
                    d.stale() ? "not synced since " + ExcelCsv.at(r.notSyncedSince()) : "synced", d.revoked() ? "revoked" : "",
                    d.reportedSequence() == null ? "" : d.reportedSequence().toString(),
                    Long.toString(d.receivedSequence()));
        }
        ReconciliationReport.OfflinePeriods offline = r.offlinePeriods();
        if (!offline.available()) {
            line(out, "offlinePeriods", "not available", offline.reason());
        }
        for (ReconciliationReport.OfflinePeriod p : offline.periods()) {
            line(out, "offlinePeriod", p.deskName(), ExcelCsv.at(p.from()), ExcelCsv.at(p.to()),
                    ExcelCsv.at(p.reconnectedAt()), Integer.toString(p.commands()));
        }
        ReconciliationReport.PaperForms paper = r.paperForms();
        if (!paper.available()) {
            line(out, "paperForms", "not available", paper.reason());
        } else {
            line(out, "paperForms", "rekeyed", Integer.toString(paper.rekeyed()));
            line(out, "paperForms", "missing", Integer.toString(paper.missing().size()));
        }
        for (ReconciliationReport.SerialRangeLine range : paper.ranges()) {
            line(out, "serialRange", range.deskName(), range.firstSerial(), range.lastSerial(),
                    ExcelCsv.at(range.leasedAt()), Integer.toString(range.rekeyed()),
                    range.highestRekeyed() == null ? "" : range.highestRekeyed(),
                    Integer.toString(range.missing().size()));
            for (String serial : range.missing()) {
                line(out, "missingSerial", serial, range.deskName());
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    private static String cell(String v) {
        if (v == null) {
            return "";
        }
        String safe = v.startsWith("=") || v.startsWith("+") || v.startsWith("-") || v.startsWith("@")
                ? "'" + v : v;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
