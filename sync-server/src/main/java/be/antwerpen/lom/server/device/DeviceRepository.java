package be.antwerpen.lom.server.device;

import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Enrolled devices and their sync positions. */
public final class DeviceRepository {

    private static final String COLUMNS = "id, secret_hash, location_id, desk_name, device_name, enrolled_at, revoked,"
            + " last_sequence, last_pull_cursor, last_seen_at";

    public void insert(Connection c, Device d) throws SQLException {
        Rows.update(c, "INSERT INTO devices (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)", d.id(), d.secretHash(),
                d.locationId(), d.deskName(), d.deviceName(), d.enrolledAt().toEpochMilli(), d.revoked(),
                d.lastSequence(), d.lastPullCursor(), d.lastSeenAt() == null ? null : d.lastSeenAt().toEpochMilli());
    }

    public Optional<Device> find(Connection c, String id) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM devices WHERE id = ?", DeviceRepository::map, id);
    }

    /**
     * Reads the device row for a push and locks it for the rest of the transaction (a no-op write
     * takes the row lock on PostgreSQL; SQLite transactions are already exclusive), so two server
     * instances never apply the same device's commands at once.
     */
    public Optional<Device> lockForPush(Connection c, String id, long now) throws SQLException {
        if (Rows.update(c, "UPDATE devices SET last_seen_at = ? WHERE id = ?", now, id) == 0) {
            return Optional.empty();
        }
        return find(c, id);
    }

    public void advance(Connection c, String id, long lastSequence) throws SQLException {
        Rows.update(c, "UPDATE devices SET last_sequence = ? WHERE id = ?", lastSequence, id);
    }

    /**
     * What the desk says it has handed out (ADR 0095): its last sequence, sent or not, in a request that arrived at
     * {@code arrivedAt}. The report of the request that arrived last stands, in whatever order the requests are
     * written: a desk's pull runs beside its long push (ADR 0137), and the older report written last made the day
     * look ahead of or behind the desk for a round. A lower sequence that arrived later still stands (a desk
     * restored from a backup, ADR 0095).
     */
    public void recordReportedSequence(Connection c, String id, long sequence, long arrivedAt) throws SQLException {
        Rows.update(c, "UPDATE devices SET reported_sequence = ?, reported_at = ? WHERE id = ?"
                + " AND (reported_at IS NULL OR reported_at <= ?)", sequence, arrivedAt, id, arrivedAt);
    }

    public void recordPull(Connection c, String id, long cursor) throws SQLException {
        Rows.update(c, "UPDATE devices SET last_pull_cursor = ? WHERE id = ? AND last_pull_cursor < ?", cursor, id,
                cursor);
    }

    public List<Device> all(Connection c) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM devices ORDER BY location_id, desk_name", DeviceRepository::map);
    }

    /** Revokes the desk; the first revocation's moment stands. False when there is no such desk. */
    public boolean revoke(Connection c, String id, java.time.Instant at) throws SQLException {
        // a desk revoked before the moment was recorded keeps no moment: revoking it again does not date it now
        return Rows.update(c, "UPDATE devices SET revoked_at = CASE WHEN revoked = 1 THEN revoked_at ELSE ? END,"
                + " revoked = 1 WHERE id = ?", at.toEpochMilli(), id) == 1;
    }

    private static Device map(ResultSet rs) throws SQLException {
        Long seen = Rows.nullableLong(rs, 10);
        return new Device(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Instant.ofEpochMilli(rs.getLong(6)), rs.getInt(7) == 1, rs.getLong(8), rs.getLong(9),
                seen == null ? null : Instant.ofEpochMilli(seen));
    }

    /**
     * The revoked desks of a location and when each was revoked; the moment is empty for a desk revoked before that
     * was recorded.
     */
    public java.util.Map<String, Optional<java.time.Instant>> revokedAt(Connection c, String locationId)
            throws SQLException {
        java.util.Map<String, Optional<java.time.Instant>> revoked = new java.util.HashMap<>();
        for (java.util.Map.Entry<String, Long> e : Rows.list(c, "SELECT id, revoked_at FROM devices"
                + " WHERE location_id = ? AND revoked = 1", rs -> {
                    long at = rs.getLong(2);
                    return java.util.Map.entry(rs.getString(1), rs.wasNull() ? -1L : at);
                }, locationId)) {
            revoked.put(e.getKey(), e.getValue() < 0 ? Optional.empty()
                    : Optional.of(java.time.Instant.ofEpochMilli(e.getValue())));
        }
        return revoked;
    }
}
