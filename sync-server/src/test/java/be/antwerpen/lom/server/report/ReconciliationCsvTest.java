package be.antwerpen.lom.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.report.ReconciliationReport;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The day-end report as CSV (ADR 0109): numbers stay numbers (a negative total is {@code -3}, not
 * {@code '-3}), text a spreadsheet would run as a formula is disarmed, and separators, quotes, tabs and
 * carriage returns inside a cell come back unchanged when the file is read as CSV.
 */
class ReconciliationCsvTest {

    private final SpreadsheetCsv csv = new SpreadsheetCsv();

    @Test
    void aNegativeTotalIsWrittenAsANumber() {
        String text = new ReconciliationCsv().write(report(-3, "Loket 1"));

        assertThat(text).contains("totals;difference;-3\r\n").doesNotContain("'-3");
    }

    @Test
    void textThatStartsAFormulaIsDisarmedButNumbersAreNot() {
        String text = csv.write(List.of(
                List.of("=1+2", "+31 3 000", "-dash", "@SUM(A1)", "\tTAB", "\rCR", "plain"),
                List.of(-3, -2.5, 0L, true)));

        assertThat(rows(text)).containsExactly(
                List.of("'=1+2", "'+31 3 000", "'-dash", "'@SUM(A1)", "'\tTAB", "'\rCR", "plain"),
                List.of("-3", "-2.5", "0", "true"));
    }

    @Test
    void separatorsQuotesTabsAndLineBreaksInsideACellSurviveARoundTrip() {
        String desk = "Loket \"1\"; links\tachter\r\nbij de deur";
        String text = new ReconciliationCsv().write(report(0, desk));

        List<List<String>> rows = rows(text);
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("desk", desk));
        assertThat(text).endsWith("\r\n");
    }

    @Test
    void anEmptyCellKeepsItsPlace() {
        assertThat(csv.write(List.of(java.util.Arrays.asList("a", null, "c")))).isEqualTo(SpreadsheetCsv.BOM + "a;;c\r\n");
    }

    @Test
    void theFileOpensInExcelWithBrusselsTimesAndStatesItsZone() {
        String text = new ReconciliationCsv().write(report(0, "Loket 1"));

        // 17:00 UTC on 1 December is 18:00 in Brussels (winter time); no ISO instant is left in the file.
        assertThat(text).startsWith(SpreadsheetCsv.BOM + "report;location;antwerpen\r\n")
                .contains("report;generatedAt;2026-12-01 18:00\r\n")
                .contains("report;timeZone;Europe/Brussels\r\n")
                .contains("desk;Loket 1;2026-12-01 18:00;synced;")
                .doesNotContain("17:00:00Z");
        assertThat(text.indexOf(SpreadsheetCsv.BOM, 1)).isEqualTo(-1);
    }

    private static List<List<String>> rows(String text) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';');
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).with(schema).readValues(text.replaceFirst("^" + SpreadsheetCsv.BOM, ""))) {
            return it.readAll();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ReconciliationReport report(int difference, String deskName) {
        Instant at = Instant.parse("2026-12-01T17:00:00Z");
        ReconciliationReport.Totals totals = new ReconciliationReport.Totals(5, 4, 1, 0, 3, difference,
                difference == 0, 0, List.of(new ReconciliationReport.Reason("TOTALS_DIFFER",
                Map.of("difference", Integer.toString(difference)))));
        return new ReconciliationReport("antwerpen", LocalDate.of(2026, 12, 1), at, Map.of("BOOKED", 5),
                Map.of("DESK", 5), totals, List.of(), List.of(), List.of(),
                List.of(new ReconciliationReport.DeskLine("d1", deskName, at, false, false, 7L, at, 7)), at,
                new ReconciliationReport.OfflinePeriods(true, null, List.of()),
                new ReconciliationReport.PaperForms(true, null, List.of(), 0, List.of()), List.of(), List.of());
    }
}
