package be.antwerpen.lom.server.db;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Wall-clock times are stored as fixed-width ISO text ({@code 2026-11-28T09:30:00}) on both engines,
 * so they sort and compare the same way everywhere. Years 1 to 9999 are written and read by hand
 * (every booking and every pulled change has a few: {@code java.time.format} was a hot spot); any
 * other text goes through the formatter, which writes, reads or refuses it as before.
 */
public final class WallClock {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private WallClock() {
    }

    public static String text(LocalDateTime time) {
        if (time == null) {
            return null;
        }
        int year = time.getYear();
        if (year < 1 || year > 9999) {
            return FORMAT.format(time);
        }
        char[] out = new char[19];
        put(out, 0, year, 4);
        out[4] = '-';
        put(out, 5, time.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, time.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, time.getHour(), 2);
        out[13] = ':';
        put(out, 14, time.getMinute(), 2);
        out[16] = ':';
        put(out, 17, time.getSecond(), 2);
        return new String(out);
    }

    public static LocalDateTime parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 19 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            if (year >= 1 && (month | day | hour | minute | second) >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second);
                } catch (DateTimeException notADate) {
                    // the formatter says why
                }
            }
        }
        return LocalDateTime.parse(text, FORMAT);
    }

    private static void put(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

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
