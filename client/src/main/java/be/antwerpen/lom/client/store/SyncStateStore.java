package be.antwerpen.lom.client.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** The single row of sync bookkeeping. */
public final class SyncStateStore {

    public SyncState read(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM sync_state WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            String deviceId = rs.getString("device_id");
            DeviceIdentity identity = deviceId == null ? null : new DeviceIdentity(rs.getString("server_url"),
                    deviceId, rs.getString("device_secret"), rs.getString("location_id"), rs.getString("desk_name"));
            long cursor = rs.getLong("pull_cursor");
            Long pullCursor = rs.wasNull() ? null : cursor;
            long skew = rs.getLong("clock_skew_ms");
            Long clockSkew = rs.wasNull() ? null : skew;
            Instant renumberedAt = SqlTime.instant(rs.getString("renumbered_at"));
            SyncState.Renumbering renumbering = renumberedAt == null ? null
                    : new SyncState.Renumbering(renumberedAt, rs.getInt("renumbered_commands"));
            return new SyncState(identity, pullCursor, rs.getLong("next_sequence"),
                    SqlTime.instant(rs.getString("last_sync_at")), SqlTime.instant(rs.getString("snapshot_at")),
                    clockSkew, rs.getInt("needs_snapshot") == 1, renumbering, rs.getInt("active_elsewhere") == 1);
        }
    }

    public void saveIdentity(Connection c, DeviceIdentity identity) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sync_state SET server_url = ?, device_id = ?, "
                + "device_secret = ?, location_id = ?, desk_name = ?, needs_snapshot = 1, active_elsewhere = 0 WHERE id = 1")) {
            s.setString(1, identity.serverUrl());
            s.setString(2, identity.deviceId());
            s.setString(3, identity.deviceSecret());
            s.setString(4, identity.locationId());
            s.setString(5, identity.deskName());
            s.executeUpdate();
        }
    }

    /** Hands out the next gap-free command sequence; call in the transaction that stores the command. */
    public long takeNextSequence(Connection c) throws SQLException {
        long sequence;
        try (PreparedStatement s = c.prepareStatement("SELECT next_sequence FROM sync_state WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            sequence = rs.getLong(1);
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE sync_state SET next_sequence = ? WHERE id = 1 AND next_sequence = ?")) {
            s.setLong(1, sequence + 1);
            s.setLong(2, sequence);
            s.executeUpdate();
        }
        return sequence;
    }

    /** A new device starts its sequences at {@code next} and pulls from a fresh snapshot. */
    public void restartSequences(Connection c, long next) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sync_state SET next_sequence = ?, pull_cursor = NULL,"
                + " needs_snapshot = 1 WHERE id = 1")) {
            s.setLong(1, next);
            s.executeUpdate();
        }
    }

    /**
     * After the server refused a reused sequence (ADR 0043): the next command gets {@code next} (or more, if
     * the outbox already holds higher sequences), and the renumbering is kept to show staff.
     */
    public void renumbered(Connection c, long next, int commands, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sync_state SET next_sequence = MAX(?, "
                + "(SELECT COALESCE(MAX(sequence), 0) + 1 FROM outbox)), renumbered_at = ?, renumbered_commands = ?"
                + " WHERE id = 1")) {
            s.setLong(1, next);
            s.setString(2, SqlTime.text(at));
            s.setInt(3, commands);
            s.executeUpdate();
        }
    }

    /** The server said this desk's identity runs on another computer: sync stays stopped until enrolled again. */
    public void activeElsewhere(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sync_state SET active_elsewhere = 1 WHERE id = 1")) {
            s.executeUpdate();
        }
    }

    public void saveCursor(Connection c, long cursor) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sync_state SET pull_cursor = ? WHERE id = 1")) {
            s.setLong(1, cursor);
            s.executeUpdate();
        }
    }

    public void snapshotApplied(Connection c, long cursor, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sync_state SET pull_cursor = ?, snapshot_at = ?, "
                + "needs_snapshot = 0 WHERE id = 1")) {
            s.setLong(1, cursor);
            s.setString(2, SqlTime.text(at));
            s.executeUpdate();
        }
    }

    public void requireSnapshot(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sync_state SET needs_snapshot = 1 WHERE id = 1")) {
            s.executeUpdate();
        }
    }

    public void synced(Connection c, Instant at, long clockSkewMs) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE sync_state SET last_sync_at = ?, clock_skew_ms = ? WHERE id = 1")) {
            s.setString(1, SqlTime.text(at));
            s.setLong(2, clockSkewMs);
            s.executeUpdate();
        }
    }
}
