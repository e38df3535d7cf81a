package be.antwerpen.lom.model.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reads and writes times in their plain ISO form by hand, without {@code java.time.format} (a hot spot where every
 * command and every stored row carries times, issue 16).
 *
 * <p>Reading: {@code yyyy-MM-ddTHH:mm[:ss[.f{1,9}]]}, and the same with seconds and a {@code Z} for an instant.
 * Any other text gives {@code null}: the caller then hands it to the standard reader, which accepts or refuses it
 * as it always did.
 *
 * <p>Writing: exactly the text of the standard writers ({@link Instant#toString()}, which is
 * {@link DateTimeFormatter#ISO_INSTANT}, and
 * {@link DateTimeFormatter#ISO_LOCAL_DATE_TIME}) for the years 0000 to 9999; any other year is
 * handed to the standard writer.
 */
public final class IsoTimeText {

    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the instants written with a plain four-digit year. */
    private static final long FIRST_SECOND_OF_YEAR_0 = -62_167_219_200L;
    private static final long LAST_SECOND_OF_YEAR_9999 = 253_402_300_799L;

    private IsoTimeText() {
    }

    /** An instant written {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or {@code null} for any other text. */
    public static Instant utcInstant(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(n - 1) != 'Z') {
            return null;
        }
        LocalDateTime time = dateTime(text, n - 1, true);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    /**
     * A wall-clock time written {@code yyyy-MM-ddTHH:mm[:ss[.f{1,9}]]} ({@code secondsRequired}: at least up to
     * the seconds), or {@code null} for any other text.
     */
    public static LocalDateTime localDateTime(String text, boolean secondsRequired) {
        return dateTime(text, text.length(), secondsRequired);
    }

    /** The text of {@link Instant#toString()}: seconds always, a fraction in groups of three digits, {@code Z}. */
    public static String utcText(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_SECOND_OF_YEAR_0 || seconds > LAST_SECOND_OF_YEAR_9999) {
            return instant.toString();
        }
        LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        StringBuilder text = new StringBuilder(30);
        appendUpToSeconds(text, time);
        int nano = instant.getNano();
        if (nano > 0) {
            int digits = nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
            appendFraction(text, nano, digits);
        }
        return text.append('Z').toString();
    }

    /**
     * The text of {@link DateTimeFormatter#ISO_LOCAL_DATE_TIME}: seconds always, a fraction only
     * as long as needed (no trailing zeros). Not {@link LocalDateTime#toString()}, which drops zero seconds.
     */
    public static String isoText(LocalDateTime time) {
        if (time.getYear() < 0 || time.getYear() > 9999) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
        }
        StringBuilder text = new StringBuilder(29);
        appendUpToSeconds(text, time);
        int nano = time.getNano();
        if (nano > 0) {
            int digits = 9;
            for (int rest = nano; rest % 10 == 0; rest /= 10) {
                digits--;
            }
            appendFraction(text, nano, digits);
        }
        return text.toString();
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss}, the fraction left out, for the years 0000 to 9999 (the caller sees to the
     * year): the fixed-width form the server stores wall-clock times in.
     */
    public static String textToTheSecond(LocalDateTime time) {
        StringBuilder text = new StringBuilder(19);
        appendUpToSeconds(text, time);
        return text.toString();
    }

    private static void appendUpToSeconds(StringBuilder text, LocalDateTime time) {
        appendDigits(text, time.getYear(), 4);
        appendDigits(text.append('-'), time.getMonthValue(), 2);
        appendDigits(text.append('-'), time.getDayOfMonth(), 2);
        appendDigits(text.append('T'), time.getHour(), 2);
        appendDigits(text.append(':'), time.getMinute(), 2);
        appendDigits(text.append(':'), time.getSecond(), 2);
    }

    /** A point and the first {@code digits} of the nine digits of {@code nano}. */
    private static void appendFraction(StringBuilder text, int nano, int digits) {
        text.append('.');
        int divisor = 100_000_000;
        for (int i = 0; i < digits; i++) {
            text.append((char) ('0' + nano / divisor % 10));
            divisor /= 10;
        }
    }

    /** {@code value} (not negative) written with exactly {@code count} digits, zeros in front. */
    private static void appendDigits(StringBuilder text, int value, int count) {
        for (int divisor = count == 4 ? 1000 : 10; divisor > 0; divisor /= 10) {
            text.append((char) ('0' + value / divisor % 10));
        }
    }

    private static LocalDateTime dateTime(String s, int length, boolean secondsRequired) {
        if (length < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = 0;
        int nano = 0;
        if (length == 16) {
            if (secondsRequired) {
                return null;
            }
        } else {
            if (length < 19 || s.charAt(16) != ':') {
                return null;
            }
            second = digits(s, 17, 2);
            if (length > 19) {
                int fraction = length - 20;
                if (s.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                    return null;
                }
                nano = digits(s, 20, fraction);
                for (int i = fraction; i < 9; i++) {
                    nano *= 10;
                }
            }
        }
        if ((year | month | day | hour | minute | second | nano) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nano);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The number written by {@code count} ASCII digits at {@code at}, or -1. */
    private static int digits(String s, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
