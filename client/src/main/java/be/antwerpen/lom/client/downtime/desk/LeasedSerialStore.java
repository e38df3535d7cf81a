package be.antwerpen.lom.client.downtime.desk;

import be.antwerpen.lom.client.downtime.SerialRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The serial ranges this desk leased from the server, oldest first. */
public final class LeasedSerialStore {

    public void add(Connection c, SerialRange range, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO serial_lease (prefix, first_number, last_number,"
                + " leased_at) VALUES (?, ?, ?, ?) ON CONFLICT (prefix, first_number) DO NOTHING")) {
            s.setString(1, range.prefix());
            s.setInt(2, range.first());
            s.setInt(3, range.last());
            s.setString(4, at.toString());
            s.executeUpdate();
        }
    }

    public List<SerialRange> all(Connection c) throws SQLException {
        List<SerialRange> ranges = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT prefix, first_number, last_number FROM serial_lease ORDER BY leased_at, first_number");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ranges.add(new SerialRange(rs.getString(1), rs.getInt(2), rs.getInt(3)));
            }
        }
        return ranges;
    }

    /** Whether a serial belongs to one of this desk's leases. */
    public boolean holds(Connection c, String serial) throws SQLException {
        return all(c).stream().anyMatch(r -> r.contains(serial));
    }
}
