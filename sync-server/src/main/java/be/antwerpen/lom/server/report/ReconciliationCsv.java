package be.antwerpen.lom.server.report;

import be.antwerpen.lom.model.refusal.Refusal;
import be.antwerpen.lom.model.report.ReconciliationReport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reconciliation report as CSV: one {@code section;key;value...} line per fact (semicolons, nl-BE Excel):
 * one {@code offlinePeriod} line per period (desk, from, to, reconnected at, commands), one {@code serialRange}
 * line per leased range (desk, first, last, leased at, re-keyed, highest re-keyed, missing count) followed by
 * one {@code missingSerial} line per missing serial; {@code totals;addsUp}, one {@code reason} line per check
 * that fails ({@code reason;CODE;key=value...}, ADR 0095), one {@code disputed} line per appointment in an open
 * conflict, one {@code possibleDuplicate} line per record of a citizen handled twice (ADR 0096) and one
 * {@code refusedCommand} line per refused command (desk, sequence, made at, reason code, settlement, by, at;
 * ADR 0152) and one {@code deskCameBack} line per desk back from an earlier state (desk, reported before, received,
 * reported at, seen at, settlement, by, at; ADR 0162), or {@code deskCopyStopped} for a stopped copy of a desk (the
 * same fields; the sequences 0, both moments when it was stopped).
 */
public final class ReconciliationCsv {

    private final SpreadsheetCsv csv = new SpreadsheetCsv();

    public String write(ReconciliationReport r) {
        List<List<Object>> out = new ArrayList<>();
        line(out, "report", "location", r.locationId());
        line(out, "report", "date", r.date().toString());
        line(out, "report", "generatedAt", SpreadsheetCsv.moment(r.generatedAt()));
        line(out, "report", "timeZone", SpreadsheetCsv.ZONE.getId());
        for (Map.Entry<String, Integer> e : r.byStatus().entrySet()) {
            line(out, "status", e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Integer> e : r.byOrigin().entrySet()) {
            line(out, "origin", e.getKey(), e.getValue());
        }
        ReconciliationReport.Totals t = r.totals();
        line(out, "totals", "booked", t.booked());
        line(out, "totals", "served", t.served());
        line(out, "totals", "noShow", t.noShow());
        line(out, "totals", "cancelled", t.cancelled());
        line(out, "totals", "stillOpen", t.stillOpen());
        line(out, "totals", "disputed", t.disputed());
        line(out, "totals", "difference", t.difference());
        line(out, "totals", "addsUp", t.addsUp());
        for (ReconciliationReport.Reason reason : t.reasons()) {
            List<Object> cells = new ArrayList<>(List.of("reason", reason.code()));
            // a moment in the spreadsheet's Brussels time, like every other moment of the file
            new TreeMap<>(reason.parameters()).forEach((k, v) -> cells.add(k + "=" + (k.equals("lastContact")
                    && !v.isEmpty() ? SpreadsheetCsv.moment(Instant.parse(v)) : v)));
            out.add(cells);
        }
        for (ReconciliationReport.AppointmentLine a : r.openLines()) {
            line(out, "stillOpen", a.code(), SpreadsheetCsv.moment(a.start()), a.productCode(), a.status(), a.origin());
        }
        for (ReconciliationReport.AppointmentLine a : r.disputed()) {
            line(out, "disputed", a.code(), SpreadsheetCsv.moment(a.start()), a.productCode(), a.status(), a.origin());
        }
        for (ReconciliationReport.PossibleDuplicate p : r.possibleDuplicates()) {
            for (ReconciliationReport.DuplicateRecord d : p.records()) {
                line(out, "possibleDuplicate", p.maskedRegisterNumber(), p.rule(), d.code(), d.locationId(),
                        SpreadsheetCsv.moment(d.start()), d.productCode(), d.status(), d.origin(),
                        d.deskName() == null ? "" : d.deskName());
            }
        }
        for (ReconciliationReport.RefusedCommand refused : r.refusedCommands()) {
            ReconciliationReport.RefusalSettlement settled = refused.settlement();
            line(out, "refusedCommand", refused.deskName(), refused.sequence(), SpreadsheetCsv.moment(refused.madeAt()),
                    Refusal.decode(refused.reason()).code(), settled == null ? "open" : settled.outcome().name(),
                    settled == null ? "" : settled.settledByName(),
                    settled == null ? "" : SpreadsheetCsv.moment(settled.settledAt()));
        }
        for (ReconciliationReport.DeskRewind w : r.deskRewinds()) {
            ReconciliationReport.RefusalSettlement settled = w.settlement();
            line(out, ReconciliationReport.DeskRewind.COPY_STOPPED.equals(w.kind()) ? "deskCopyStopped" : "deskCameBack",
                    w.deskName(), w.reportedBefore(), w.received(),
                    SpreadsheetCsv.moment(w.reportedAt()), SpreadsheetCsv.moment(w.detectedAt()),
                    settled == null ? "open" : settled.outcome().name(), settled == null ? "" : settled.settledByName(),
                    settled == null ? "" : SpreadsheetCsv.moment(settled.settledAt()));
        }
        for (ReconciliationReport.AppointmentLine a : r.provisional()) {
            line(out, "provisional", a.code(), SpreadsheetCsv.moment(a.start()), a.productCode(), a.status(), a.origin());
        }
        for (ReconciliationReport.ConflictLine c : r.openConflicts()) {
            line(out, "openConflict", c.conflictId(), c.kind(), SpreadsheetCsv.moment(c.createdAt()), c.description());
        }
        for (ReconciliationReport.DeskLine d : r.desks()) {
            String state = !d.stale() ? "synced" : d.notUsed() != null
                    ? "not used after last contact, confirmed by " + d.notUsed().confirmedByName() + " at "
                            + SpreadsheetCsv.moment(d.notUsed().confirmedAt())
                    : "not synced since " + SpreadsheetCsv.moment(r.notSyncedSince());
            line(out, "desk", d.deskName(), SpreadsheetCsv.moment(d.lastSeenAt()), state,
                    d.revoked() ? "revoked" : "", d.reportedSequence(), d.receivedSequence());
        }
        ReconciliationReport.OfflinePeriods offline = r.offlinePeriods();
        if (!offline.available()) {
            line(out, "offlinePeriods", "not available", offline.reason());
        }
        for (ReconciliationReport.OfflinePeriod p : offline.periods()) {
            line(out, "offlinePeriod", p.deskName(), SpreadsheetCsv.moment(p.from()), SpreadsheetCsv.moment(p.to()),
                    SpreadsheetCsv.moment(p.reconnectedAt()), p.commands());
        }
        ReconciliationReport.PaperForms paper = r.paperForms();
        if (!paper.available()) {
            line(out, "paperForms", "not available", paper.reason());
        } else {
            line(out, "paperForms", "rekeyed", paper.rekeyed());
            line(out, "paperForms", "missing", paper.missing().size());
        }
        for (ReconciliationReport.SerialRangeLine range : paper.ranges()) {
            line(out, "serialRange", range.deskName(), range.firstSerial(), range.lastSerial(),
                    SpreadsheetCsv.moment(range.leasedAt()), range.rekeyed(),
                    range.highestRekeyed() == null ? "" : range.highestRekeyed(),
                    range.missing().size());
            for (String serial : range.missing()) {
                line(out, "missingSerial", serial, range.deskName());
            }
        }
        return csv.write(out);
    }

    private static void line(List<List<Object>> out, Object... cells) {
        out.add(Arrays.asList(cells));
    }
}
