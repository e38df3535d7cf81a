package be.antwerpen.lom.server.conflict;

import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.server.db.Rows;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Conflicts opened by the sync and settled by supervisors. */
public final class ConflictRepository {

    private static final String COLUMNS = "id, kind, location_id, appointment_id, device_id, command_id, description,"
            + " server_version, desk_version, status, resolution, resolved_by, remark, created_at, resolved_at, actor";
    /** What is read back: the stored columns and the name of the desk that raised the conflict. */
    private static final String READ = COLUMNS
            + ", (SELECT d.desk_name FROM devices d WHERE d.id = conflicts.device_id) AS desk_name";

    private final ObjectMapper json;

    public ConflictRepository(ObjectMapper json) {
        this.json = json;
    }

    public void insert(Connection c, ConflictView v) throws SQLException {
        Rows.update(c, "INSERT INTO conflicts (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", v.id(),
                v.kind().name(), v.locationId(), v.appointmentId(), v.deviceId(), v.commandId(), v.description(),
                text(v.serverVersion()), text(v.deskVersion()), v.open() ? "OPEN" : "RESOLVED",
                v.resolution() == null ? null : v.resolution().name(), v.resolvedBy(), v.remark(),
                v.createdAt().toEpochMilli(), v.resolvedAt() == null ? null : v.resolvedAt().toEpochMilli(), v.actor());
    }

    /** Settles an open conflict; false when it was settled already. */
    public boolean resolve(Connection c, UUID id, ConflictResolution resolution, String by, String remark, Instant at)
            throws SQLException {
        return Rows.update(c, "UPDATE conflicts SET status = 'RESOLVED', resolution = ?, resolved_by = ?, remark = ?,"
                + " resolved_at = ? WHERE id = ? AND status = 'OPEN'", resolution.name(), by, remark, at.toEpochMilli(),
                id) == 1;
    }

    /** Replaces the desk's version of an open conflict (a later command of the same desk on the same matter). */
    public boolean replaceDeskVersion(Connection c, UUID id, JsonNode deskVersion) throws SQLException {
        return Rows.update(c, "UPDATE conflicts SET desk_version = ? WHERE id = ? AND status = 'OPEN'",
                text(deskVersion), id) == 1;
    }

    /** The open conflict of this class that a device's command opened about an appointment, if any. */
    public Optional<ConflictView> openAbout(Connection c, String locationId, ConflictKind kind, UUID appointmentId,
                                            String deviceId) throws SQLException {
        return Rows.one(c, "SELECT " + READ + " FROM conflicts WHERE location_id = ? AND status = 'OPEN'"
                + " AND kind = ? AND appointment_id = ? AND device_id = ? ORDER BY created_at, id", this::map,
                locationId, kind.name(), appointmentId, deviceId);
    }

    /** The open conflicts of this class about an appointment, whichever desk opened them, oldest first. */
    public List<ConflictView> openAbout(Connection c, String locationId, ConflictKind kind, UUID appointmentId)
            throws SQLException {
        return Rows.list(c, "SELECT " + READ + " FROM conflicts WHERE location_id = ? AND status = 'OPEN'"
                + " AND kind = ? AND appointment_id = ? ORDER BY created_at, id", this::map, locationId, kind.name(),
                appointmentId);
    }

    public Optional<ConflictView> find(Connection c, UUID id) throws SQLException {
        return Rows.one(c, "SELECT " + READ + " FROM conflicts WHERE id = ?", this::map, id);
    }

    /**
     * The ids of the conflicts still open that a device's commands opened at another location than
     * {@code locationId} (its own): a desk keeps their commands after a snapshot (issue 13, point 5).
     */
    public List<UUID> openOfDeviceElsewhere(Connection c, String deviceId, String locationId) throws SQLException {
        return Rows.list(c, "SELECT id FROM conflicts WHERE device_id = ? AND location_id <> ? AND status = 'OPEN'",
                rs -> UUID.fromString(rs.getString(1)), deviceId, locationId);
    }

    /**
     * The appointments of a location starting in [from, to) that an open conflict is about, wherever the conflict
     * was raised: an appointment moved to another location keeps its open conflict (ADR 0145).
     */
    public Set<String> inDisputeAt(Connection c, String locationId, String from, String to)
            throws SQLException {
        return new HashSet<>(Rows.list(c, "SELECT DISTINCT k.appointment_id FROM conflicts k"
                + " JOIN appointments a ON a.id = k.appointment_id WHERE k.status = 'OPEN' AND a.location_id = ?"
                + " AND a.start_time >= ? AND a.start_time < ?", rs -> rs.getString(1), locationId, from, to));
    }

    public List<ConflictView> atLocation(Connection c, String locationId, boolean openOnly) throws SQLException {
        return Rows.list(c, "SELECT " + READ + " FROM conflicts WHERE location_id = ? AND (status = 'OPEN' OR ? = 0)"
                + " ORDER BY created_at, id", this::map, locationId, openOnly);
    }

    /**
     * The first {@code limit} conflicts of the location, oldest first: what a supervisor's inbox shows. The inbox
     * holds each conflict's two versions, so a location flooded with conflicts (one desk pushing thousands of
     * unreadable commands) must not make one answer of every one of them.
     */
    public List<ConflictView> firstAtLocation(Connection c, String locationId, boolean openOnly, int limit)
            throws SQLException {
        return Rows.list(c, "SELECT " + READ + " FROM conflicts WHERE location_id = ? AND (status = 'OPEN' OR ? = 0)"
                + " ORDER BY created_at, id LIMIT ?", this::map, locationId, openOnly, limit);
    }

    /** The ids of the location's open conflicts, without their versions. */
    public List<UUID> openIdsAtLocation(Connection c, String locationId) throws SQLException {
        return Rows.list(c, "SELECT id FROM conflicts WHERE location_id = ? AND status = 'OPEN' ORDER BY created_at, id",
                rs -> UUID.fromString(rs.getString(1)), locationId);
    }

    /** The number of the location's open conflicts per kind, counted in the database. */
    public Map<ConflictKind, Integer> openCountsByKind(Connection c, String locationId) throws SQLException {
        Map<ConflictKind, Integer> counts = new EnumMap<>(ConflictKind.class);
        for (ConflictKind kind : ConflictKind.values()) {
            counts.put(kind, 0);
        }
        Rows.list(c, "SELECT kind, COUNT(*) FROM conflicts WHERE location_id = ? AND status = 'OPEN' GROUP BY kind",
                rs -> counts.put(ConflictKind.valueOf(rs.getString(1)), rs.getInt(2)), locationId);
        return counts;
    }

    /** Open conflicts of every location (for monitoring). */
    public long countOpen(Connection c) throws SQLException {
        return Rows.one(c, "SELECT COUNT(*) FROM conflicts WHERE status = 'OPEN'", rs -> rs.getLong(1)).orElse(0L);
    }

    private ConflictView map(ResultSet rs) throws SQLException {
        String appointment = rs.getString(4);
        String command = rs.getString(6);
        String resolution = rs.getString(11);
        Long resolvedAt = Rows.nullableLong(rs, 15);
        return new ConflictView(UUID.fromString(rs.getString(1)), ConflictKind.valueOf(rs.getString(2)),
                rs.getString(3), appointment == null ? null : UUID.fromString(appointment), rs.getString(5),
                command == null ? null : UUID.fromString(command), rs.getString(7), node(rs.getString(8)),
                node(rs.getString(9)), "OPEN".equals(rs.getString(10)),
                resolution == null ? null : ConflictResolution.valueOf(resolution), rs.getString(12), rs.getString(13),
                Instant.ofEpochMilli(rs.getLong(14)), resolvedAt == null ? null : Instant.ofEpochMilli(resolvedAt),
                rs.getString(17), rs.getString(16));
    }

    private String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A conflict version could not be written as JSON", e);
        }
    }

    private JsonNode node(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored conflict version is not valid JSON", e);
        }
    }
}
