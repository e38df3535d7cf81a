package be.antwerpen.lom.client.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** The walk-in ticket numbers this desk handed out, per day. */
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
}
