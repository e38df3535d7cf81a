package be.antwerpen.lom.server.serial;

import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Per-prefix counters and the leases taken from them. */
public final class SerialLeaseRepository {

    private static final String COLUMNS = "id, device_id, location_id, prefix, first_number, last_number, leased_at";

    /**
     * Takes the next {@code count} numbers of {@code prefix}: creates the counter when missing and
     * advances it with one UPDATE, which holds the row lock (PostgreSQL) or the write lock (SQLite)
     * until the transaction ends, so two leases never receive the same numbers.
     *
     * @return the first number of the block
     */
    public long advance(Connection c, String prefix, int count) throws SQLException {
        Rows.update(c, "INSERT INTO serial_counters (prefix, next_number) VALUES (?, 1) ON CONFLICT (prefix) DO NOTHING",
                prefix);
        Rows.update(c, "UPDATE serial_counters SET next_number = next_number + ? WHERE prefix = ?", count, prefix);
        long next = Rows.one(c, "SELECT next_number FROM serial_counters WHERE prefix = ?", rs -> rs.getLong(1), prefix)
                .orElseThrow();
        return next - count;
    }

    public void insert(Connection c, SerialLease lease) throws SQLException {
        Rows.update(c, "INSERT INTO serial_leases (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?)", lease.id(),
                lease.deviceId(), lease.locationId(), lease.prefix(), lease.first(), lease.last(),
                lease.leasedAt().toEpochMilli());
    }

    public List<SerialLease> forDevice(Connection c, String deviceId) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM serial_leases WHERE device_id = ? ORDER BY prefix, first_number",
                SerialLeaseRepository::map, deviceId);
    }

    public List<SerialLease> forPrefix(Connection c, String prefix) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM serial_leases WHERE prefix = ? ORDER BY first_number",
                SerialLeaseRepository::map, prefix);
    }

    /** The lease holding {@code number} of {@code prefix}, if any. */
    public Optional<SerialLease> holding(Connection c, String prefix, long number) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM serial_leases WHERE prefix = ? AND first_number <= ?"
                + " AND last_number >= ?", SerialLeaseRepository::map, prefix, number, number);
    }

    private static SerialLease map(ResultSet rs) throws SQLException {
        return new SerialLease(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getLong(6), Instant.ofEpochMilli(rs.getLong(7)));
    }
}
