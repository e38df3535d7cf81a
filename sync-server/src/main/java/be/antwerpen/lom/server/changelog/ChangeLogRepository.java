package be.antwerpen.lom.server.changelog;

import be.antwerpen.lom.model.sync.Change;
import be.antwerpen.lom.model.sync.ChangeType;
import be.antwerpen.lom.model.sync.OccupiedSeat;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.db.WallClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The server change log that desks pull. Sequences come from the one-row counter; taking a value
 * locks that row until the transaction ends, so sequences are handed out in commit order and a
 * reader never sees sequence n+1 committed while n is still in flight (ADR 0021).
 */
public final class ChangeLogRepository {

    private final ObjectMapper json;

    public ChangeLogRepository(ObjectMapper json) {
        this.json = json;
    }

    /** Takes the next change sequence; holds the counter row lock until commit. */
    public long nextSequence(Connection c) throws SQLException {
        return Rows.one(c, "UPDATE change_counter SET value = value + 1 WHERE id = 1 RETURNING value",
                rs -> rs.getLong(1)).orElseThrow();
    }

    /** The highest sequence committed (as seen by this transaction's snapshot). */
    public long head(Connection c) throws SQLException {
        return Rows.one(c, "SELECT value FROM change_counter WHERE id = 1", rs -> rs.getLong(1)).orElse(0L);
    }

    /** Appends a change with a fresh sequence and returns the sequence. */
    public long append(Connection c, ChangeType type, String entityId, String locationId, Object data, long now)
            throws SQLException {
        long seq = nextSequence(c);
        Rows.update(c, "INSERT INTO change_log (seq, entity_type, entity_id, location_id, data, committed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", seq, type.name(), entityId, locationId, toJson(data), now);
        return seq;
    }

    /**
     * Numbers and writes the changes of a transaction in one go, just before it commits: the counter
     * row is locked only from here to the commit (ADR 0021). Returns the first sequence used.
     */
    public long appendAll(Connection c, List<PendingChange> changes, long now) throws SQLException {
        if (changes.isEmpty()) {
            return 0;
        }
        long last = Rows.one(c, "UPDATE change_counter SET value = value + ? WHERE id = 1 RETURNING value",
                rs -> rs.getLong(1), (long) changes.size()).orElseThrow();
        long first = last - changes.size() + 1;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_log (seq, entity_type, entity_id,"
                + " location_id, data, committed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            long seq = first;
            for (PendingChange change : changes) {
                Rows.bind(ps, seq++, change.type().name(), change.entityId(), change.locationId(),
                        toJson(change.data()), now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return first;
    }

    /**
     * What a desk of {@code locationId} pulls after {@code cursor}, in sequence order: every change of
     * its own location in full, and every appointment change of the other locations reduced to the
     * seat it holds now ({@link ChangeType#OCCUPANCY}, no personal data), so that the desk can book
     * any place offline without overbooking it. The seat is read from the appointment's current row in
     * the same snapshot, so a later change of the same appointment never carries an older seat.
     */
    public List<Change> after(Connection c, String locationId, long cursor, int limit) throws SQLException {
        return after(c, locationId, null, cursor, limit);
    }

    /**
     * As {@link #after(Connection, String, long, int)}, plus the changes of the conflicts that {@code deviceId}
     * opened at other locations (an any-place booking of another location's last seat), so the desk learns
     * that they were settled and takes their commands out of its outbox. Those arrive without the two
     * versions, which may hold the other location's data: id, class, status and decision only.
     */
    public List<Change> after(Connection c, String locationId, String deviceId, long cursor, int limit)
            throws SQLException {
        return Rows.list(c, "SELECT cl.seq, cl.entity_type, cl.entity_id, cl.location_id,"
                        + " CASE WHEN cl.location_id = ? OR cl.entity_type = 'CONFLICT' THEN cl.data END,"
                        + " a.location_id, a.start_time, a.end_time, a.holds_seat"
                        + " FROM change_log cl LEFT JOIN appointments a"
                        + " ON cl.location_id <> ? AND cl.entity_type = 'APPOINTMENT' AND a.id = cl.entity_id"
                        + " WHERE cl.seq > ? AND (cl.location_id = ? OR cl.entity_type = 'APPOINTMENT'"
                        + " OR (cl.entity_type = 'CONFLICT' AND cl.entity_id IN"
                        + " (SELECT k.id FROM conflicts k WHERE k.device_id = ? AND k.location_id <> ?)))"
                        + " ORDER BY cl.seq LIMIT ?",
                rs -> locationId.equals(rs.getString(4))
                        ? new Change(rs.getLong(1), ChangeType.valueOf(rs.getString(2)), rs.getString(3),
                                asStored(rs.getString(5)))
                        : ChangeType.CONFLICT.name().equals(rs.getString(2))
                        ? new Change(rs.getLong(1), ChangeType.CONFLICT, rs.getString(3),
                                withoutVersions(readJson(rs.getString(5))))
                        : occupancy(rs.getLong(1), rs.getString(3), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getInt(9) == 1),
                locationId, locationId, cursor, locationId, deviceId == null ? "" : deviceId, locationId, limit);
    }

    /** Another location's conflict as its desk of origin receives it: without the two versions. */
    private static JsonNode withoutVersions(JsonNode data) {
        if (data instanceof ObjectNode node) {
            node.putNull("serverVersion");
            node.putNull("deskVersion");
        }
        return data;
    }

    private Change occupancy(long seq, String appointmentId, String location, String start, String end,
                             boolean holdsSeat) {
        OccupiedSeat seat = location == null
                ? new OccupiedSeat(UUID.fromString(appointmentId), null, null, null, false)
                : new OccupiedSeat(UUID.fromString(appointmentId), location, WallClock.parse(start),
                        WallClock.parse(end), holdsSeat);
        return new Change(seq, ChangeType.OCCUPANCY, appointmentId, json.valueToTree(seat));
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change could not be written as JSON", e);
        }
    }

    /**
     * A change's data as it was stored, written to a pull answer as it is: not parsed and written again for every
     * desk that pulls it (issue 16). Only {@link #withoutVersions} needs the parsed tree.
     */
    private static JsonNode asStored(String text) {
        return text == null ? NullNode.getInstance() : new POJONode(new RawValue(text));
    }

    private JsonNode readJson(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored change is not valid JSON", e);
        }
    }
}
