package be.antwerpen.lom.server.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;

/**
 * Rows of cells as CSV for a spreadsheet (semicolons and CRLF, as nl-BE Excel reads them), written by
 * jackson-dataformat-csv: cells holding the separator, a quote, a carriage return or a line feed are
 * quoted, and only those. Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab
 * or a carriage return) get a leading apostrophe; numbers and booleans are written as they are, so a
 * negative total stays {@code -3} (ADR 0109). The one place where the whole file is put together.
 */
public final class SpreadsheetCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final ObjectWriter writer = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .writerFor(Object[].class)
            .with(CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n"));

    /** The rows as one CSV text; a cell is a {@link String}, a {@link Number}, a {@link Boolean} or null (empty). */
    public String write(List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<Object> row : rows) {
            try {
                out.append(writer.writeValueAsString(row.stream().map(SpreadsheetCsv::cell).toArray()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a CSV row could not be written", e);
            }
        }
        return out.toString();
    }

    /** The value to write: text guarded against formulas, numbers and booleans as they are. */
    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
