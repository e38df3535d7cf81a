package be.antwerpen.lom.server.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What makes the report's CSV open correctly in Excel with Belgian settings (issue 18): a UTF-8
 * byte-order mark (else Excel reads "Zoë" as "ZoÃ«"), semicolons (nl-BE list separator), and times
 * as Brussels wall-clock time in a form Excel recognises ({@code 2026-12-07 10:40}); the zone is
 * stated once in the file ({@code report;timeZone;Europe/Brussels}).
 */
public final class ExcelCsv {

    /** The UTF-8 byte-order mark, first in the file. */
    public static final String BOM = "\uFEFF";
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ExcelCsv() {
    }

    /** An instant as Brussels time; empty for {@code null}. */
    public static String at(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(ZONE));
    }

    /** A Brussels wall-clock time (appointments are stored so); empty for {@code null}. */
    public static String at(LocalDateTime wallClock) {
        return wallClock == null ? "" : MOMENT.format(wallClock);
    }
}
