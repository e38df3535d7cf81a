package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.slot.ExistingBooking;
import be.antwerpen.lom.model.sync.OccupiedSeat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Seats held at every location, per appointment and without personal data, for offline booking:
 * replaced by each snapshot and kept current by pulled {@code OCCUPANCY} changes (ADR 0025).
 */
public final class OccupancyStore {

    public void replaceAll(Connection c, Collection<OccupiedSeat> seats) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM occupancy")) {
            delete.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO occupancy (appointment_id, location_id, start_at, end_at) VALUES (?, ?, ?, ?)")) {
            for (OccupiedSeat seat : seats) {
                if (seat.holdsSeat()) {
                    bind(s, seat);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    /** Applies one pulled change: the seat is taken, moved, or (no longer holding one) given back. */
    public void apply(Connection c, OccupiedSeat seat) throws SQLException {
        if (!seat.holdsSeat() || seat.locationId() == null || seat.start() == null || seat.end() == null) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM occupancy WHERE appointment_id = ?")) {
                s.setString(1, seat.appointmentId().toString());
                s.executeUpdate();
            }
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO occupancy (appointment_id, location_id, start_at,"
                + " end_at) VALUES (?, ?, ?, ?) ON CONFLICT (appointment_id) DO UPDATE SET"
                + " location_id = excluded.location_id, start_at = excluded.start_at, end_at = excluded.end_at")) {
            bind(s, seat);
            s.executeUpdate();
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

    private static void bind(PreparedStatement s, OccupiedSeat seat) throws SQLException {
        s.setString(1, seat.appointmentId().toString());
        s.setString(2, seat.locationId());
        s.setString(3, SqlTime.text(seat.start()));
        s.setString(4, SqlTime.text(seat.end()));
    }
}
