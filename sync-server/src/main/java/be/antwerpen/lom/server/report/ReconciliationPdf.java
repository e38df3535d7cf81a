package be.antwerpen.lom.server.report;

import be.antwerpen.lom.model.report.ReconciliationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The reconciliation report as an A4 PDF (ADR 0093), rendered on the server so the API and the desk
 * print the same document. DejaVu Sans is embedded (subset), so every Latin, Greek and Cyrillic name of a
 * desk prints. The report holds no personal data, and neither does the PDF.
 */
public final class ReconciliationPdf {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    // The same numeric date as on the desk's screens and its downtime pack PDFs (issue 18): 07/12/2026.
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final byte[] regularFont;
    private final byte[] boldFont;

    /** Reads the embedded fonts once. */
    public ReconciliationPdf() {
        this.regularFont = resource("/fonts/DejaVuSans.ttf");
        this.boldFont = resource("/fonts/DejaVuSans-Bold.ttf");
    }

    /** The report as PDF bytes; {@code locationName} is the location's display name. */
    public byte[] write(ReconciliationReport r, String locationName) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(ReconciliationLabels.TITLE + " " + locationName + " " + DAY.format(r.date()));
            info.setCreator("Loket op Maat");
            PdfPages pages = new PdfPages(document, PDType0Font.load(document, new ByteArrayInputStream(regularFont)),
                    PDType0Font.load(document, new ByteArrayInputStream(boldFont)),
                    ReconciliationLabels.TITLE + " " + locationName + " " + DAY.format(r.date()));
            header(pages, r, locationName);
            totals(pages, r);
            counts(pages, ReconciliationLabels.BY_STATUS, ReconciliationLabels.STATUS, r.byStatus(),
                    ReconciliationLabels.STATUSES);
            counts(pages, ReconciliationLabels.BY_ORIGIN, ReconciliationLabels.ORIGIN, r.byOrigin(),
                    ReconciliationLabels.ORIGINS);
            appointments(pages, ReconciliationLabels.OPEN_LINES, r.openLines());
            appointments(pages, ReconciliationLabels.DISPUTED_LINES, r.disputed());
            duplicates(pages, r);
            appointments(pages, ReconciliationLabels.PROVISIONAL, r.provisional());
            conflicts(pages, r);
            refused(pages, r);
            rewinds(pages, r);
            desks(pages, r);
            offline(pages, r.offlinePeriods());
            paper(pages, r.paperForms());
            pages.finish(ReconciliationLabels.PAGE, ReconciliationLabels.OF);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the reconciliation PDF", e);
        }
    }

    private static void header(PdfPages pages, ReconciliationReport r, String locationName) throws IOException {
        pages.title(ReconciliationLabels.TITLE + " " + locationName);
        pages.text(ReconciliationLabels.DATE + ": " + DAY.format(r.date()) + "    " + ReconciliationLabels.GENERATED
                + ": " + moment(r.generatedAt()), false);
    }

    private static void totals(PdfPages pages, ReconciliationReport r) throws IOException {
        ReconciliationReport.Totals t = r.totals();
        pages.heading(ReconciliationLabels.TOTALS);
        pages.table(new String[] {ReconciliationLabels.BOOKED, ReconciliationLabels.SERVED,
                        ReconciliationLabels.NO_SHOW, ReconciliationLabels.CANCELLED, ReconciliationLabels.STILL_OPEN,
                        ReconciliationLabels.DISPUTED, ReconciliationLabels.DIFFERENCE},
                new float[] {0.12f, 0.12f, 0.21f, 0.15f, 0.13f, 0.13f, 0.14f},
                List.<String[]>of(new String[] {Integer.toString(t.booked()), Integer.toString(t.served()),
                        Integer.toString(t.noShow()), Integer.toString(t.cancelled()),
                        Integer.toString(t.stillOpen()), Integer.toString(t.disputed()),
                        Integer.toString(t.difference())}), "");
        pages.gap(4f);
        if (t.addsUp()) {
            pages.text(ReconciliationLabels.ADDS_UP, true);
        } else if (t.reasons().isEmpty()) {
            pages.text(String.format(ReconciliationLabels.DOES_NOT_ADD_UP, t.difference()), true);
        } else {
            pages.text(ReconciliationLabels.DOES_NOT_ADD_UP_BECAUSE, true);
            for (ReconciliationReport.Reason reason : t.reasons()) {
                pages.text("\u2022 " + ReconciliationLabels.reason(reason.code(), readable(reason.parameters())), false);
            }
        }
    }

    private static void counts(PdfPages pages, String heading, String column, Map<String, Integer> counts,
                               Map<String, String> labels) throws IOException {
        pages.heading(heading);
        List<String[]> rows = new ArrayList<>();
        counts.forEach((code, n) -> rows.add(new String[] {ReconciliationLabels.of(labels, code), n.toString()}));
        pages.table(new String[] {column, ReconciliationLabels.COUNT}, new float[] {0.4f, 0.2f}, rows,
                ReconciliationLabels.NONE);
    }

    private static void appointments(PdfPages pages, String heading, List<ReconciliationReport.AppointmentLine> lines)
            throws IOException {
        pages.heading(heading + " (" + lines.size() + ")");
        List<String[]> rows = new ArrayList<>();
        for (ReconciliationReport.AppointmentLine a : lines) {
            rows.add(new String[] {a.code(), CLOCK.format(a.start()), a.productCode(),
                    ReconciliationLabels.of(ReconciliationLabels.STATUSES, a.status()),
                    ReconciliationLabels.of(ReconciliationLabels.ORIGINS, a.origin())});
        }
        pages.table(new String[] {ReconciliationLabels.CODE, ReconciliationLabels.START, ReconciliationLabels.PRODUCT,
                        ReconciliationLabels.STATUS, ReconciliationLabels.ORIGIN},
                new float[] {0.18f, 0.12f, 0.25f, 0.25f, 0.2f}, rows, ReconciliationLabels.NONE);
    }

    private static void duplicates(PdfPages pages, ReconciliationReport r) throws IOException {
        pages.heading(ReconciliationLabels.DUPLICATES + " (" + r.possibleDuplicates().size() + ")");
        List<String[]> rows = new ArrayList<>();
        for (ReconciliationReport.PossibleDuplicate p : r.possibleDuplicates()) {
            for (ReconciliationReport.DuplicateRecord d : p.records()) {
                rows.add(new String[] {p.maskedRegisterNumber(), ReconciliationLabels.of(ReconciliationLabels.RULES,
                        p.rule()), d.code(), d.locationId(), CLOCK.format(d.start()), d.productCode(),
                        ReconciliationLabels.of(ReconciliationLabels.STATUSES, d.status()),
                        d.deskName() == null ? "\u2013" : d.deskName()});
            }
        }
        pages.table(new String[] {ReconciliationLabels.CITIZEN, ReconciliationLabels.RULE, ReconciliationLabels.CODE,
                        ReconciliationLabels.LOCATION, ReconciliationLabels.START, ReconciliationLabels.PRODUCT,
                        ReconciliationLabels.STATUS, ReconciliationLabels.DESK},
                new float[] {0.16f, 0.17f, 0.1f, 0.11f, 0.08f, 0.13f, 0.13f, 0.12f}, rows, ReconciliationLabels.NONE);
    }

    private static void conflicts(PdfPages pages, ReconciliationReport r) throws IOException {
        pages.heading(ReconciliationLabels.CONFLICTS + " (" + r.openConflicts().size() + ")");
        List<String[]> rows = new ArrayList<>();
        for (ReconciliationReport.ConflictLine c : r.openConflicts()) {
            rows.add(new String[] {ReconciliationLabels.of(ReconciliationLabels.CONFLICT_KINDS, c.kind()),
                    moment(c.createdAt()), c.description()});
        }
        pages.table(new String[] {ReconciliationLabels.KIND, ReconciliationLabels.CREATED,
                ReconciliationLabels.DESCRIPTION}, new float[] {0.24f, 0.18f, 0.58f}, rows, ReconciliationLabels.NONE);
    }

    private static void refused(PdfPages pages, ReconciliationReport r) throws IOException {
        pages.heading(ReconciliationLabels.REFUSED + " (" + r.refusedCommands().size() + ")");
        List<String[]> rows = new ArrayList<>();
        for (ReconciliationReport.RefusedCommand c : r.refusedCommands()) {
            ReconciliationReport.RefusalSettlement settled = c.settlement();
            rows.add(new String[] {c.deskName(), Long.toString(c.sequence()), moment(c.madeAt()),
                    settled == null ? ReconciliationLabels.NOT_SETTLED
                            : ReconciliationLabels.of(ReconciliationLabels.OUTCOMES, settled.outcome().name()),
                    settled == null ? "" : settled.settledByName() + ", " + moment(settled.settledAt())});
        }
        pages.table(new String[] {ReconciliationLabels.DESK, ReconciliationLabels.NUMBER, ReconciliationLabels.MADE,
                        ReconciliationLabels.SETTLEMENT, ReconciliationLabels.SETTLED_BY},
                new float[] {0.2f, 0.08f, 0.18f, 0.3f, 0.24f}, rows, ReconciliationLabels.NONE);
    }

    /** Desks back from an earlier state without commands they had reported (ADR 0162); nothing when there are none. */
    private static void rewinds(PdfPages pages, ReconciliationReport r) throws IOException {
        if (r.deskRewinds().isEmpty()) {
            return;
        }
        pages.heading(ReconciliationLabels.CAME_BACK + " (" + r.deskRewinds().size() + ")");
        List<String[]> rows = new ArrayList<>();
        for (ReconciliationReport.DeskRewind w : r.deskRewinds()) {
            ReconciliationReport.RefusalSettlement settled = w.settlement();
            boolean copy = ReconciliationReport.DeskRewind.COPY_STOPPED.equals(w.kind());
            rows.add(new String[] {copy ? w.deskName() + " (" + ReconciliationLabels.COPY_STOPPED + ")" : w.deskName(),
                    copy ? "?" : Long.toString(w.lost()), moment(w.reportedAt()),
                    settled == null ? ReconciliationLabels.NOT_SETTLED
                            : ReconciliationLabels.of(ReconciliationLabels.OUTCOMES, settled.outcome().name()),
                    settled == null ? "" : settled.settledByName() + ", " + moment(settled.settledAt())});
        }
        pages.table(new String[] {ReconciliationLabels.DESK, ReconciliationLabels.LOST, ReconciliationLabels.REPORTED_AT,
                        ReconciliationLabels.SETTLEMENT, ReconciliationLabels.SETTLED_BY},
                new float[] {0.2f, 0.1f, 0.18f, 0.28f, 0.24f}, rows, ReconciliationLabels.NONE);
    }

    private static void desks(PdfPages pages, ReconciliationReport r) throws IOException {
        pages.heading(String.format(ReconciliationLabels.DESKS_SINCE, moment(r.notSyncedSince())));
        List<String[]> rows = new ArrayList<>();
        for (ReconciliationReport.DeskLine d : r.desks()) {
            // a desk revoked during or after the day is judged like any (ADR 0160): its name says it was revoked
            String state = !d.stale() ? (d.revoked() ? ReconciliationLabels.REVOKED : ReconciliationLabels.SYNCED)
                    : d.notUsed() != null ? String.format(ReconciliationLabels.NOT_USED, d.notUsed().confirmedByName(),
                            moment(d.notUsed().confirmedAt()))
                    : ReconciliationLabels.STALE;
            String desk = d.revoked() && d.stale() ? d.deskName() + " (" + ReconciliationLabels.REVOKED + ")"
                    : d.deskName();
            rows.add(new String[] {desk, d.lastSeenAt() == null ? ReconciliationLabels.NEVER
                    : moment(d.lastSeenAt()), state, d.reportedSequence() == null ? "\u2013"
                    : d.reportedSequence().toString(), Long.toString(d.receivedSequence())});
        }
        pages.table(new String[] {ReconciliationLabels.DESK, ReconciliationLabels.LAST_SEEN,
                        ReconciliationLabels.SYNC_STATE, ReconciliationLabels.REPORTED, ReconciliationLabels.RECEIVED},
                new float[] {0.28f, 0.2f, 0.3f, 0.11f, 0.11f}, rows, ReconciliationLabels.NONE);
    }

    private static void offline(PdfPages pages, ReconciliationReport.OfflinePeriods periods) throws IOException {
        pages.heading(ReconciliationLabels.OFFLINE);
        if (!periods.available()) {
            pages.text(String.format(ReconciliationLabels.NOT_AVAILABLE, periods.reason()), false);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (ReconciliationReport.OfflinePeriod p : periods.periods()) {
            rows.add(new String[] {p.deskName(), moment(p.from()), moment(p.to()), moment(p.reconnectedAt()),
                    Integer.toString(p.commands())});
        }
        pages.table(new String[] {ReconciliationLabels.DESK, ReconciliationLabels.FROM, ReconciliationLabels.TO,
                        ReconciliationLabels.RECONNECTED, ReconciliationLabels.COMMANDS},
                new float[] {0.24f, 0.19f, 0.19f, 0.22f, 0.16f}, rows, ReconciliationLabels.NONE);
    }

    private static void paper(PdfPages pages, ReconciliationReport.PaperForms forms) throws IOException {
        pages.heading(ReconciliationLabels.PAPER);
        if (!forms.available()) {
            pages.text(String.format(ReconciliationLabels.NOT_AVAILABLE, forms.reason()), false);
            return;
        }
        pages.text(String.format(ReconciliationLabels.REKEYED_TOTAL, forms.rekeyed()), false);
        boolean checkable = forms.ranges().stream().anyMatch(range -> range.highestRekeyed() != null);
        String gaps = !forms.missing().isEmpty()
                ? String.format(ReconciliationLabels.MISSING_TOTAL, forms.missing().size())
                : checkable ? ReconciliationLabels.NO_GAPS : ReconciliationLabels.NOTHING_CHECKED;
        pages.text(gaps, true);
        pages.gap(4f);
        List<String[]> rows = new ArrayList<>();
        for (ReconciliationReport.SerialRangeLine range : forms.ranges()) {
            rows.add(new String[] {range.deskName(), range.firstSerial() + " \u2013 " + range.lastSerial(),
                    DAY.format(range.leasedAt().atZone(BRUSSELS)), Integer.toString(range.rekeyed()),
                    range.highestRekeyed() == null ? "\u2013" : range.highestRekeyed(),
                    // nothing re-keyed: nothing to count gaps below, not "0 missing"
                    range.highestRekeyed() == null ? "\u2013" : Integer.toString(range.missing().size())});
        }
        pages.table(new String[] {ReconciliationLabels.DESK, ReconciliationLabels.RANGE, ReconciliationLabels.LEASED,
                        ReconciliationLabels.REKEYED, ReconciliationLabels.HIGHEST, ReconciliationLabels.MISSING},
                new float[] {0.13f, 0.32f, 0.13f, 0.12f, 0.15f, 0.15f}, rows, ReconciliationLabels.NONE);
        if (!forms.missing().isEmpty()) {
            pages.gap(6f);
            pages.text(ReconciliationLabels.MISSING_SERIALS + ":", true);
            pages.text(String.join(", ", forms.missing()), false);
        }
    }

    /** The parameters as the PDF shows them: a moment ({@code lastContact}) in Brussels time. */
    private static Map<String, String> readable(Map<String, String> parameters) {
        String contact = parameters.get("lastContact");
        if (contact == null || contact.isEmpty()) {
            return parameters;
        }
        Map<String, String> shown = new HashMap<>(parameters);
        shown.put("lastContact", moment(Instant.parse(contact)));
        return shown;
    }

    private static String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(BRUSSELS));
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReconciliationPdf.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from the server package");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the font " + name, e);
        }
    }
}
