package be.antwerpen.lom.server.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Rows of cells as CSV for a spreadsheet (semicolons and CRLF, as nl-BE Excel reads them), written by
 * jackson-dataformat-csv: cells holding the separator, a quote, a carriage return or a line feed are
 * quoted, and only those. Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab
 * or a carriage return) get a leading apostrophe; numbers and booleans are written as they are, so a
 * negative total stays {@code -3} (ADR 0109). The one place where the whole file is put together.
 *
 * <p>So that Excel with Belgian settings opens it correctly (issue 18): the file starts with a UTF-8
 * byte-order mark (else Excel reads "Zoë" as "ZoÃ«"), and moments are Brussels wall-clock time in a
 * form Excel recognises ({@link #moment}, {@code 2026-12-07 10:40}); the report states the zone once.
 */
public final class SpreadsheetCsv {

    /** The UTF-8 byte-order mark, first in the file. */
    public static final String BOM = "\uFEFF";
    /** The zone of every moment in the file. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ObjectWriter writer = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .writerFor(Object[].class)
            .with(CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n"));

    /**
     * The rows as one CSV file, after the byte-order mark; a cell is a {@link String}, a {@link Number}, a
     * {@link Boolean} or null (empty).
     */
    public String write(List<List<Object>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        for (List<Object> row : rows) {
            try {
                out.append(writer.writeValueAsString(row.stream().map(SpreadsheetCsv::cell).toArray()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a CSV row could not be written", e);
            }
        }
        return out.toString();
    }

    /** An instant as Brussels time ({@code 2026-12-07 10:40}); empty for {@code null}. */
    public static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(ZONE));
    }

    /** A Brussels wall-clock time (appointments are stored so); empty for {@code null}. */
    public static String moment(LocalDateTime wallClock) {
        return wallClock == null ? "" : MOMENT.format(wallClock);
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
