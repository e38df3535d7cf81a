package be.antwerpen.lom.server.deskstatus;

import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The latest status report of each desk (ADR 0111). */
public final class DeskStatusRepository {

    private static final String COLUMNS = "device_id, reported_at, commands_waiting, copy_synced_at, pack_made_at,"
            + " pack_printed_at, app_version, clock_skew_ms, drill_id, online_since";

    /** One desk's latest report, as stored. */
    public record StoredStatus(String deviceId, Instant reportedAt, int commandsWaiting, Instant copySyncedAt,
                               Instant packMadeAt, Instant packPrintedAt, String appVersion, long clockSkewMs,
                               String drillId, Instant onlineSince) {
    }

    public Optional<StoredStatus> find(Connection c, String deviceId) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM desk_status WHERE device_id = ?", DeskStatusRepository::map,
                deviceId);
    }

    public List<StoredStatus> all(Connection c) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM desk_status", DeskStatusRepository::map);
    }

    /** Stores a report; the latest report of a desk stands. */
    public void save(Connection c, StoredStatus s) throws SQLException {
        Rows.update(c, "INSERT INTO desk_status (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (device_id)"
                        + " DO UPDATE SET reported_at = excluded.reported_at, commands_waiting = excluded.commands_waiting,"
                        + " copy_synced_at = excluded.copy_synced_at, pack_made_at = excluded.pack_made_at,"
                        + " pack_printed_at = excluded.pack_printed_at, app_version = excluded.app_version,"
                        + " clock_skew_ms = excluded.clock_skew_ms, drill_id = excluded.drill_id,"
                        + " online_since = excluded.online_since",
                s.deviceId(), s.reportedAt().toEpochMilli(), s.commandsWaiting(), millis(s.copySyncedAt()),
                millis(s.packMadeAt()), millis(s.packPrintedAt()), s.appVersion(), s.clockSkewMs(), s.drillId(),
                s.onlineSince().toEpochMilli());
    }

    private static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Long value = Rows.nullableLong(rs, column);
        return value == null ? null : Instant.ofEpochMilli(value);
    }

    private static StoredStatus map(ResultSet rs) throws SQLException {
        return new StoredStatus(rs.getString(1), instant(rs, 2), rs.getInt(3), instant(rs, 4), instant(rs, 5),
                instant(rs, 6), rs.getString(7), rs.getLong(8), rs.getString(9), instant(rs, 10));
    }
}
