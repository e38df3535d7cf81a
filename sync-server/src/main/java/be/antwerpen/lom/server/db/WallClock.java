package be.antwerpen.lom.server.db;

import be.antwerpen.lom.model.json.IsoTimeText;
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
        return year < 1 || year > 9999 ? FORMAT.format(time) : IsoTimeText.textToTheSecond(time);
    }

    public static LocalDateTime parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 19) {
            LocalDateTime plain = IsoTimeText.localDateTime(text, true);
            if (plain != null && plain.getYear() >= 1) {
                return plain;
            }
        }
        return LocalDateTime.parse(text, FORMAT); // anything else: the formatter reads it or says why not
    }
}
