package be.antwerpen.lom.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.report.ReconciliationReport;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The day-end PDF's paper forms claim only what is checked (ADR 0093): gaps below the highest re-keyed serial of a
 * range, nothing after it, and nothing at all while no form of a range was re-keyed.
 */
class ReconciliationPdfTest {

    private static final Instant AT = Instant.parse("2026-12-01T17:00:00Z");

    @Test
    void a_lease_of_which_no_form_was_re_keyed_says_nothing_can_be_checked_yet_not_that_none_is_missing()
            throws IOException {
        String text = text(new ReconciliationReport.PaperForms(true, null, List.of(range(0, null)), 0, List.of()));

        assertThat(text).doesNotContainIgnoringCase("geen ontbrekende")
                .contains("Nog geen formulier van een uitgegeven reeks ingevoerd: of er formulieren ontbreken, is nog"
                        + " niet te controleren.");
    }

    @Test
    void without_gaps_the_pdf_claims_only_the_serials_below_the_highest_re_keyed_one() throws IOException {
        String text = text(new ReconciliationReport.PaperForms(true, null, List.of(range(2, "ANT-W-000102")), 2,
                List.of()));

        assertThat(text).doesNotContainIgnoringCase("geen ontbrekende")
                .contains("Geen hiaten onder het hoogste ingevoerde nummer van elke reeks; formulieren na dat nummer"
                        + " zijn niet te controleren.")
                .contains("ANT-W-000102");
    }

    private static ReconciliationReport.SerialRangeLine range(int rekeyed, String highest) {
        return new ReconciliationReport.SerialRangeLine("d1", "Loket 1", "ANT-W-000101", "ANT-W-000110", AT, rekeyed,
                highest, List.of());
    }

    private static String text(ReconciliationReport.PaperForms paper) throws IOException {
        ReconciliationReport.Totals totals = new ReconciliationReport.Totals(0, 0, 0, 0, 0, 0, true, 0, List.of());
        ReconciliationReport report = new ReconciliationReport("antwerpen", LocalDate.of(2026, 12, 1), AT,
                Map.of(), Map.of(), totals, List.of(), List.of(), List.of(),
                List.of(new ReconciliationReport.DeskLine("d1", "Loket 1", AT, false, false, 7L, AT, 7)), AT,
                new ReconciliationReport.OfflinePeriods(true, null, List.of()), paper, List.of(), List.of());
        try (PDDocument pdf = Loader.loadPDF(new ReconciliationPdf().write(report, "Districtshuis Antwerpen"))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
