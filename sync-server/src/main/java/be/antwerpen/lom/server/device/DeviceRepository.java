package be.antwerpen.lom.server.device;

import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The highest sequence a desk reported, by which process and when, and what the server had received. */
    private record Highest(Long sequence, String instance, long at, long received, String locationId) {

        /** Another process reports less than this, and the server never received the commands in between. */
        boolean cameBack(long reported, String byInstance) {
            return sequence != null && instance != null && byInstance != null && !byInstance.equals(instance)
                    && reported < sequence && received < sequence;
        }
    }

    /**
     * Keeps the highest sequence the desk ever reported, with the desk process ({@code instance}) that reported it
     * and when (ADR 0162); and when a later process of the desk reports less while the server never received the
     * commands in between, records that loss once (a desk back from an earlier state). Two requests of one process
     * may arrive out of order (a pull beside a long push), so only another process reporting less counts.
     *
     * @return whether a loss was recorded now
     */
    public boolean recordHighestReported(Connection c, String id, long sequence, String instance, long arrivedAt,
                                         String rewindId) throws SQLException {
        boolean recorded = false;
        Optional<Highest> before = Rows.one(c, "SELECT max_reported_sequence, max_reported_instance, max_reported_at,"
                + " last_sequence, location_id FROM devices WHERE id = ?", rs -> {
                    long max = rs.getLong(1);
                    return new Highest(rs.wasNull() ? null : max, rs.getString(2), rs.getLong(3), rs.getLong(4),
                            rs.getString(5));
                }, id);
        if (before.isPresent() && before.get().cameBack(sequence, instance)) {
            Highest h = before.get();
            recorded = Rows.update(c, "INSERT INTO desk_rewinds (id, device_id, location_id, reported_before,"
                    + " reported_at, received, reported_after, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (device_id, reported_before) DO NOTHING", rewindId, id, h.locationId(), h.sequence(),
                    h.at(), h.received(), sequence, arrivedAt) == 1;
        }
        Rows.update(c, "UPDATE devices SET max_reported_sequence = ?, max_reported_instance = ?, max_reported_at = ?"
                + " WHERE id = ? AND (max_reported_sequence IS NULL OR max_reported_sequence < ?)", sequence, instance,
                arrivedAt, id, sequence);
        return recorded;
    }

    public void recordPull(Connection c, String id, long cursor) throws SQLException {
        Rows.update(c, "UPDATE devices SET last_pull_cursor = ? WHERE id = ? AND last_pull_cursor < ?", cursor, id,
                cursor);
    }

    public List<Device> all(Connection c) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM devices ORDER BY location_id, desk_name", DeviceRepository::map);
    }

    /** Revokes the desk; the first revocation's moment stands. False when there is no such desk. */
    public boolean revoke(Connection c, String id, Instant at) throws SQLException {
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
    public Map<String, Optional<Instant>> revokedAt(Connection c, String locationId) throws SQLException {
        Map<String, Optional<Instant>> revoked = new HashMap<>();
        Rows.list(c, "SELECT id, revoked_at FROM devices WHERE location_id = ? AND revoked = 1", rs -> {
            long at = rs.getLong(2);
            return revoked.put(rs.getString(1), rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at)));
        }, locationId);
        return revoked;
    }

    /**
     * Keeps the command a desk named under the sequence it reported, while the server has not received that sequence
     * (ADR 0162); the first report of a sequence stands.
     */
    public void recordReportedCommand(Connection c, String id, long sequence, String commandId, long arrivedAt)
            throws SQLException {
        Rows.update(c, "INSERT INTO reported_commands (device_id, sequence, command_id, reported_at, received_then)"
                + " SELECT id, ?, ?, ?, last_sequence FROM devices WHERE id = ? AND last_sequence < ?"
                + " ON CONFLICT (device_id, sequence) DO NOTHING", sequence, commandId, arrivedAt, id, sequence);
    }

    /** The commands the desk named under sequences in {@code (after, through]}, not yet received, by sequence. */
    public Map<Long, ReportedCommand> reportedCommands(Connection c, String id, long after, long through)
            throws SQLException {
        Map<Long, ReportedCommand> out = new HashMap<>();
        for (ReportedCommand r : Rows.list(c, "SELECT sequence, command_id, reported_at, received_then"
                + " FROM reported_commands WHERE device_id = ? AND sequence > ? AND sequence <= ?",
                rs -> new ReportedCommand(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), id, after,
                through)) {
            out.put(r.sequence(), r);
        }
        return out;
    }

    /** Forgets the named commands of sequences the server has received. */
    public void forgetReportedCommands(Connection c, String id, long through) throws SQLException {
        Rows.update(c, "DELETE FROM reported_commands WHERE device_id = ? AND sequence <= ?", id, through);
    }

    /**
     * Another command arrived under a sequence the desk had named a command for: the desk came back from an earlier
     * state and worked on before it synced. The commands it had made from {@code received + 1} up to that sequence
     * are gone, at most (ADR 0162). Recorded once.
     */
    public void recordDivergence(Connection c, String id, ReportedCommand named, long arrivedAt, String rewindId)
            throws SQLException {
        Rows.update(c, "INSERT INTO desk_rewinds (id, device_id, location_id, reported_before, reported_at, received,"
                + " reported_after, detected_at) SELECT ?, id, location_id, ?, ?, ?, 0, ? FROM devices WHERE id = ?"
                + " ON CONFLICT (device_id, reported_before) DO NOTHING", rewindId, named.sequence(), named.reportedAt(),
                named.receivedThen(), arrivedAt, id);
    }

    /** A command a desk named under a sequence it reported, and what the server had received then. */
    public record ReportedCommand(long sequence, String commandId, long reportedAt, long receivedThen) {
    }
}
