package be.antwerpen.lom.client.drill;

import be.antwerpen.lom.model.drill.DrillSchedule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The desk's drills and its small facts, in the local database (client migration V9). */
public final class DrillStore {

    private static final String COLUMNS = "id, starts_at, planned_end, state, began_at, ended_at, end_reason,"
            + " copy_age_ms, pack_age_ms, pack_printed, sequence_at_start, offline_actions, reconnected_at,"
            + " caught_up_at, result_sent";

    public List<LocalDrill> all(Connection c) throws SQLException {
        List<LocalDrill> drills = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM drills ORDER BY starts_at")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drills.add(map(rs));
                }
            }
        }
        return drills;
    }

    public Optional<LocalDrill> running(Connection c) throws SQLException {
        return all(c).stream().filter(LocalDrill::running).findFirst();
    }

    /** A drill learned from the server; one already known keeps its state. */
    public void learn(Connection c, DrillSchedule s) throws SQLException {
        update(c, "INSERT INTO drills (id, starts_at, planned_end, state) VALUES (?,?,?,?) ON CONFLICT (id) DO"
                + " UPDATE SET starts_at = excluded.starts_at, planned_end = excluded.planned_end"
                + " WHERE drills.state = 'SCHEDULED'", s.id(), s.startsAt(), s.plannedEnd(), LocalDrill.SCHEDULED);
    }

    /** Forgets a drill that has not begun (cancelled, or passed while the desk was off). */
    public void forgetScheduled(Connection c, String id) throws SQLException {
        update(c, "DELETE FROM drills WHERE id = ? AND state = 'SCHEDULED'", id);
    }

    public void begin(Connection c, String id, Instant at, Long copyAgeMs, Long packAgeMs, boolean packPrinted,
                      long sequenceAtStart) throws SQLException {
        update(c, "UPDATE drills SET state = 'RUNNING', began_at = ?, copy_age_ms = ?, pack_age_ms = ?,"
                + " pack_printed = ?, sequence_at_start = ? WHERE id = ? AND state = 'SCHEDULED'", at, copyAgeMs,
                packAgeMs, packPrinted ? 1 : 0, sequenceAtStart, id);
    }

    public void end(Connection c, String id, Instant at, String reason, int offlineActions) throws SQLException {
        update(c, "UPDATE drills SET state = 'ENDED', ended_at = ?, end_reason = ?, offline_actions = ?"
                + " WHERE id = ? AND state = 'RUNNING'", at, reason, offlineActions, id);
    }

    public void reconnected(Connection c, String id, Instant at) throws SQLException {
        update(c, "UPDATE drills SET reconnected_at = ? WHERE id = ? AND reconnected_at IS NULL", at, id);
    }

    public void caughtUp(Connection c, String id, Instant at) throws SQLException {
        update(c, "UPDATE drills SET caught_up_at = ? WHERE id = ? AND caught_up_at IS NULL", at, id);
    }

    public void resultSent(Connection c, String id) throws SQLException {
        update(c, "UPDATE drills SET result_sent = 1 WHERE id = ?", id);
    }

    public Optional<String> fact(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM desk_facts WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void saveFact(Connection c, String name, String value) throws SQLException {
        update(c, "INSERT INTO desk_facts (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET"
                + " value = excluded.value", name, value);
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else if (p instanceof Long l) {
                    ps.setLong(i + 1, l);
                } else if (p instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else {
                    ps.setString(i + 1, p.toString());
                }
            }
            ps.executeUpdate();
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDrill map(ResultSet rs) throws SQLException {
        Long offline = nullableLong(rs, 12);
        return new LocalDrill(rs.getString(1), instant(rs.getString(2)), instant(rs.getString(3)), rs.getString(4),
                instant(rs.getString(5)), instant(rs.getString(6)), rs.getString(7), nullableLong(rs, 8),
                nullableLong(rs, 9), rs.getInt(10) == 1, nullableLong(rs, 11),
                offline == null ? null : offline.intValue(), instant(rs.getString(13)), instant(rs.getString(14)),
                rs.getInt(15) == 1);
    }
}
