package be.antwerpen.lom.client.ui.supervisor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Reads the dates and times supervisors type: {@code 30/11/2026} (also {@code 30-11-2026}, ISO) and {@code 16:00}. */
public final class DayInput {

    private static final DateTimeFormatter[] DATES = {
        DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ISO_LOCAL_DATE,
    };
    private static final DateTimeFormatter[] TIMES = {
        DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("H.mm").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("H'u'mm").withResolverStyle(ResolverStyle.STRICT),
    };

    private DayInput() {
    }

    /** The date typed, or empty when it is not a date. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    /** The time of day typed, or empty when it is not a time. */
    public static Optional<LocalTime> time(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : TIMES) {
            try {
                return Optional.of(LocalTime.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }
}
