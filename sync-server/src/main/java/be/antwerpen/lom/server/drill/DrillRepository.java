package be.antwerpen.lom.server.drill;

import be.antwerpen.lom.model.drill.DrillDeskResult;
import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Drills, their desks, and the figures each desk sent (ADR 0110, 0113). */
public final class DrillRepository {

    private static final String COLUMNS = "id, scope, target, starts_at, planned_end, created_by, created_at,"
            + " cancelled_at, cancelled_by";
    private static final String DESK_COLUMNS = "drill_id, device_id, location_id, began_at, ended_at, end_reason,"
            + " copy_age_ms, pack_age_ms, pack_printed, offline_actions, reconnected_at, caught_up_at, reported_at";

    /** A stored drill. */
    public record StoredDrill(String id, String scope, String target, Instant startsAt, Instant plannedEnd,
                              String createdBy, Instant createdAt, Instant cancelledAt, String cancelledBy) {
    }

    /** A desk of a drill with what it reported, if anything yet. */
    public record StoredDrillDesk(String drillId, String deviceId, String locationId, DrillDeskResult result,
                                  Instant reportedAt) {
    }

    public void insert(Connection c, StoredDrill d) throws SQLException {
        Rows.update(c, "INSERT INTO drills (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)", d.id(), d.scope(),
                d.target(), d.startsAt().toEpochMilli(), d.plannedEnd().toEpochMilli(), d.createdBy(),
                d.createdAt().toEpochMilli(), null, null);
    }

    public void addDesk(Connection c, String drillId, String deviceId, String locationId) throws SQLException {
        Rows.update(c, "INSERT INTO drill_desks (drill_id, device_id, location_id) VALUES (?,?,?)", drillId, deviceId,
                locationId);
    }

    public Optional<StoredDrill> find(Connection c, String id) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM drills WHERE id = ?", DrillRepository::drill, id);
    }

    /** Every drill, newest start first. */
    public List<StoredDrill> all(Connection c) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM drills ORDER BY starts_at DESC, id", DrillRepository::drill);
    }

    public List<StoredDrillDesk> desks(Connection c, String drillId) throws SQLException {
        return Rows.list(c, "SELECT " + DESK_COLUMNS + " FROM drill_desks WHERE drill_id = ? ORDER BY location_id,"
                + " device_id", DrillRepository::desk, drillId);
    }

    /** Drills of a desk not cancelled whose planned end is after {@code now}, soonest first. */
    public List<StoredDrill> comingOrRunningFor(Connection c, String deviceId, long now) throws SQLException {
        return Rows.list(c, "SELECT d." + COLUMNS.replace(", ", ", d.") + " FROM drills d JOIN drill_desks k"
                + " ON k.drill_id = d.id WHERE k.device_id = ? AND d.planned_end > ? AND d.cancelled_at IS NULL"
                + " AND k.ended_at IS NULL ORDER BY d.starts_at", DrillRepository::drill, deviceId, now);
    }

    /** Drills of a desk whose time span overlaps {@code [from, to)}, cancelled ones left out. */
    public List<StoredDrill> overlapping(Connection c, String deviceId, long from, long to) throws SQLException {
        return Rows.list(c, "SELECT d." + COLUMNS.replace(", ", ", d.") + " FROM drills d JOIN drill_desks k"
                + " ON k.drill_id = d.id WHERE k.device_id = ? AND d.cancelled_at IS NULL AND d.starts_at < ?"
                + " AND d.planned_end > ?", DrillRepository::drill, deviceId, to, from);
    }

    public boolean cancel(Connection c, String id, String by, long at) throws SQLException {
        return Rows.update(c, "UPDATE drills SET cancelled_at = ?, cancelled_by = ? WHERE id = ?"
                + " AND cancelled_at IS NULL", at, by, id) == 1;
    }

    /** Stores a desk's figures; a second report of the same desk replaces the first (the latest stands). */
    public boolean recordResult(Connection c, String drillId, String deviceId, DrillDeskResult r, long now)
            throws SQLException {
        return Rows.update(c, "UPDATE drill_desks SET began_at = ?, ended_at = ?, end_reason = ?, copy_age_ms = ?,"
                        + " pack_age_ms = ?, pack_printed = ?, offline_actions = ?, reconnected_at = ?,"
                        + " caught_up_at = ?, reported_at = ? WHERE drill_id = ? AND device_id = ?",
                millis(r.beganAt()), millis(r.endedAt()), r.endReason(), r.copyAgeMs(), r.packAgeMs(), r.packPrinted(),
                r.offlineActions(), millis(r.reconnectedAt()), millis(r.caughtUpAt()), now, drillId, deviceId) == 1;
    }

    /** Commands of a desk made (desk clock) within {@code [from, to]} that the server holds. */
    public int commandsMadeBetween(Connection c, String deviceId, long from, long to) throws SQLException {
        return Rows.one(c, "SELECT COUNT(*) FROM command_receipts WHERE device_id = ? AND device_time >= ?"
                + " AND device_time <= ?", rs -> rs.getInt(1), deviceId, from, to).orElse(0);
    }

    /** Conflicts raised by commands of a desk made within {@code [from, to]}: {raised, settled}. */
    public int[] conflictsOfCommandsBetween(Connection c, String deviceId, long from, long to) throws SQLException {
        return Rows.one(c, "SELECT COUNT(*), COUNT(f.resolved_at) FROM conflicts f JOIN command_receipts r"
                        + " ON r.command_id = f.command_id WHERE r.device_id = ? AND r.device_time >= ?"
                        + " AND r.device_time <= ?", rs -> new int[] {rs.getInt(1), rs.getInt(2)}, deviceId, from, to)
                .orElse(new int[] {0, 0});
    }

    private static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Long value = Rows.nullableLong(rs, column);
        return value == null ? null : Instant.ofEpochMilli(value);
    }

    private static StoredDrill drill(ResultSet rs) throws SQLException {
        return new StoredDrill(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5),
                rs.getString(6), instant(rs, 7), instant(rs, 8), rs.getString(9));
    }

    private static StoredDrillDesk desk(ResultSet rs) throws SQLException {
        Instant reported = instant(rs, 13);
        DrillDeskResult result = reported == null ? null : new DrillDeskResult(instant(rs, 4), instant(rs, 5),
                rs.getString(6), Rows.nullableLong(rs, 7), Rows.nullableLong(rs, 8), rs.getInt(9) == 1, rs.getInt(10),
                instant(rs, 11), instant(rs, 12));
        return new StoredDrillDesk(rs.getString(1), rs.getString(2), rs.getString(3), result, reported);
    }
}
