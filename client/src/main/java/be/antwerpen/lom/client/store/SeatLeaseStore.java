package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.lease.SeatLease;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The seat leases this desk holds (ADR 0030): a booking on one of them is final, also offline.
 * The server's list replaces the unused ones at each sync; used ones stay until their day is over.
 */
public final class SeatLeaseStore {

    /** Takes the server's list of held leases; a lease this desk already booked on stays booked. */
    public void replaceHeld(Connection c, Collection<SeatLease> held, LocalDateTime dropUsedBefore)
            throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM seat_lease WHERE used_by IS NULL OR start_at < ?")) {
            delete.setString(1, SqlTime.text(dropUsedBefore));
            delete.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO seat_lease (id, location_id, start_at, end_at,"
                + " use_before) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET use_before = excluded.use_before")) {
            for (SeatLease lease : held) {
                s.setString(1, lease.id().toString());
                s.setString(2, lease.locationId());
                s.setString(3, SqlTime.text(lease.start()));
                s.setString(4, SqlTime.text(lease.end()));
                s.setLong(5, lease.useBefore().toEpochMilli());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Leases not booked on yet that may still be used at {@code now}, in time order. */
    public List<SeatLease> usable(Connection c, Instant now) throws SQLException {
        List<SeatLease> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, location_id, start_at, end_at, use_before"
                + " FROM seat_lease WHERE used_by IS NULL AND use_before > ? ORDER BY start_at, location_id")) {
            s.setLong(1, now.toEpochMilli());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(new SeatLease(UUID.fromString(rs.getString(1)), rs.getString(2),
                            SqlTime.localDateTime(rs.getString(3)), SqlTime.localDateTime(rs.getString(4)),
                            Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
        }
        return result;
    }

    /**
     * Every lease not booked on yet, whatever its use-before moment: the server holds a seat for each
     * until it returns it, which the desk learns at its next sync. Those seats are not free for a
     * booking that does not lie inside the lease.
     */
    public List<SeatLease> unused(Connection c) throws SQLException {
        return usable(c, Instant.EPOCH);
    }

    /** A usable lease that holds [start, end) at the location, if the desk has one. */
    public Optional<SeatLease> covering(Connection c, String locationId, LocalDateTime start, LocalDateTime end,
                                        Instant now) throws SQLException {
        return usable(c, now).stream().filter(l -> l.covers(locationId, start, end)).findFirst();
    }

    /**
     * Ends every unused lease at {@code now}: the desk can no longer trust them (the server stopped it as a copy, no
     * longer knows it, or gave it a new identity), so no new booking is promised as final on one. They stay listed
     * in {@link #unused}, as the server may still hold their seats, until the next sync replaces them.
     */
    public void endUnused(Connection c, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE seat_lease SET use_before = MIN(use_before, ?) WHERE used_by IS NULL")) {
            s.setLong(1, now.toEpochMilli());
            s.executeUpdate();
        }
    }

    /** Marks the lease used by the appointment; false when it was used (or dropped) meanwhile. */
    public boolean markUsed(Connection c, UUID leaseId, UUID appointmentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE seat_lease SET used_by = ? WHERE id = ? AND used_by IS NULL")) {
            s.setString(1, appointmentId.toString());
            s.setString(2, leaseId.toString());
            return s.executeUpdate() == 1;
        }
    }
}
