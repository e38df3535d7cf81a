package be.antwerpen.lom.model.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads times written in their plain ISO form by hand, without {@code java.time.format} (a hot spot where every
 * command and every stored row carries times, issue 16): {@code yyyy-MM-ddTHH:mm[:ss[.f{1,9}]]}, and the same
 * with seconds and a {@code Z} for an instant. Any other text gives {@code null}: the caller then hands it to the
 * standard reader, which accepts or refuses it as it always did.
 */
public final class IsoTimeText {

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
