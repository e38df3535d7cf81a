package be.antwerpen.lom.server.db;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Wall-clock times are stored as fixed-width ISO text ({@code 2026-11-28T09:30:00}) on both engines,
 * so they sort and compare the same way everywhere.
 */
public final class WallClock {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private WallClock() {
    }

    public static String text(LocalDateTime time) {
        return time == null ? null : FORMAT.format(time);
    }

    public static LocalDateTime parse(String text) {
        return text == null ? null : LocalDateTime.parse(text, FORMAT);
    }
}
