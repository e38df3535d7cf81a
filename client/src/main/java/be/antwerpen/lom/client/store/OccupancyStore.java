package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.slot.ExistingBooking;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Bookings of all locations without personal data, from the last snapshot, for offline booking. */
public final class OccupancyStore {

    public void replaceAll(Connection c, Collection<ExistingBooking> bookings) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM occupancy")) {
            delete.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO occupancy (location_id, start_at, end_at) VALUES (?, ?, ?)")) {
            for (ExistingBooking b : bookings) {
                s.setString(1, b.locationId());
                s.setString(2, SqlTime.text(b.start()));
                s.setString(3, SqlTime.text(b.end()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Bookings at every location except {@code excludedLocationId} (whose agenda is kept in full). */
    public List<ExistingBooking> allExcept(Connection c, String excludedLocationId) throws SQLException {
        List<ExistingBooking> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT location_id, start_at, end_at FROM occupancy WHERE location_id <> ?")) {
            s.setString(1, excludedLocationId == null ? "" : excludedLocationId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(new ExistingBooking(rs.getString(1), SqlTime.localDateTime(rs.getString(2)),
                            SqlTime.localDateTime(rs.getString(3))));
                }
            }
        }
        return result;
    }
}
