package be.antwerpen.lom.model.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The years a time read from outside may name: 1 to 9999, the four-digit years of ISO 8601. {@code java.time} reads
 * years up to a billion, but a day's arithmetic or the epoch milliseconds a store keeps then overflow, and no
 * appointment, command, report or drill lies that far away. Every reader of times from outside holds to it: the
 * wire's JSON (desk and server alike) and the server's query parameters.
 */
public final class TimeRange {

    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    private static final long FIRST_SECOND = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    private static final long END_SECOND = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);

    private TimeRange() {
    }

    public static boolean holds(Instant value) {
        return value.getEpochSecond() >= FIRST_SECOND && value.getEpochSecond() < END_SECOND;
    }

    public static boolean holds(LocalDate value) {
        return value.getYear() >= FIRST_YEAR && value.getYear() <= LAST_YEAR;
    }

    public static boolean holds(LocalDateTime value) {
        return holds(value.toLocalDate());
    }

    /** {@code value} when it lies in the range; refused with a message naming {@code field} otherwise. */
    public static Instant require(Instant value, String field) {
        if (value != null && !holds(value)) {
            throw outside(field);
        }
        return value;
    }

    public static LocalDate require(LocalDate value, String field) {
        if (value != null && !holds(value)) {
            throw outside(field);
        }
        return value;
    }

    public static LocalDateTime require(LocalDateTime value, String field) {
        if (value != null && !holds(value)) {
            throw outside(field);
        }
        return value;
    }

    private static DomainValidationException outside(String field) {
        return new DomainValidationException(field, field + " must lie between the years " + FIRST_YEAR + " and "
                + LAST_YEAR);
    }
}
