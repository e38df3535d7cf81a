package be.antwerpen.lom.server.report;

import be.antwerpen.lom.model.report.ReconciliationReport;

import java.util.Map;

/** The reconciliation report as CSV: one {@code section;key;value...} line per fact (semicolons, nl-BE Excel). */
public final class ReconciliationCsv {

    public String write(ReconciliationReport r) {
        StringBuilder out = new StringBuilder();
        line(out, "report", "location", r.locationId());
        line(out, "report", "date", r.date().toString());
        line(out, "report", "generatedAt", r.generatedAt().toString());
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
        line(out, "totals", "difference", Integer.toString(t.difference()));
        for (ReconciliationReport.AppointmentLine a : r.openLines()) {
            line(out, "stillOpen", a.code(), a.start().toString(), a.productCode(), a.status(), a.origin());
        }
        for (ReconciliationReport.AppointmentLine a : r.provisional()) {
            line(out, "provisional", a.code(), a.start().toString(), a.productCode(), a.status(), a.origin());
        }
        for (ReconciliationReport.ConflictLine c : r.openConflicts()) {
            line(out, "openConflict", c.conflictId(), c.kind(), c.createdAt().toString(), c.description());
        }
        for (ReconciliationReport.DeskLine d : r.desks()) {
            line(out, "desk", d.deskName(), d.lastSeenAt() == null ? "" : d.lastSeenAt().toString(),
                    d.stale() ? "not synced since " + r.notSyncedSince() : "synced", d.revoked() ? "revoked" : "");
        }
        line(out, "offlinePeriods", r.offlinePeriods().available() ? "available" : "not available",
                r.offlinePeriods().reason());
        line(out, "paperForms", r.paperForms().available() ? "available" : "not available", r.paperForms().reason());
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
