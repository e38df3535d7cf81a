package be.antwerpen.lom.client.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The walk-in ticket numbers this desk handed out, per day, in its current series. A desk whose store
 * went back in time no longer knows which numbers it handed out, so it starts a new series (ADR 0043):
 * {@code L1-0001}, then {@code L1B-0001}, {@code L1C-0001}, ...
 */
public final class WalkInCounterStore {

    /** Takes the next number of {@code day} (1, 2, ...); call in the transaction that registers the walk-in. */
    public int takeNext(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO walk_in_counter (day, last_number) VALUES (?, 1) "
                + "ON CONFLICT (day) DO UPDATE SET last_number = last_number + 1")) {
            s.setString(1, day.toString());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT last_number FROM walk_in_counter WHERE day = ?")) {
            s.setString(1, day.toString());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The current series: 0 for the first. */
    public int series(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT ticket_series FROM sync_state WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Starts a new series: numbers count from 1 again under a new mark. */
    public void startNewSeries(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE sync_state SET ticket_series = ticket_series + 1 WHERE id = 1")) {
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM walk_in_counter")) {
            s.executeUpdate();
        }
    }

    /** The mark after the desk's prefix: none for series 0, then B..Z, then Z and the series number. */
    public static String seriesMark(int series) {
        if (series <= 0) {
            return "";
        }
        return series < 25 ? String.valueOf((char) ('A' + series)) : "Z" + series;
    }
}
