package be.antwerpen.lom.client.downtime.desk;

import be.antwerpen.lom.client.downtime.SerialRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which serials each day's pack prints: one contiguous block per day taken from the desk's
 * leases and never given to another day, so a regenerated pack reprints the same serials.
 */
public final class PackSerials {

    /** Lease more when fewer than this many leased serials are still unassigned. */
    public static final int LOW_WATER = 50;
    public static final int LEASE_SIZE = 200;

    private final LeasedSerialStore leases;
    private final Clock clock;

    public PackSerials(LeasedSerialStore leases, Clock clock) {
        this.leases = leases;
        this.clock = clock;
    }

    /** The block of {@code day}, taking a new one of {@code count} serials when it has none that is large enough. */
    public Optional<SerialRange> blockFor(Connection c, LocalDate day, int count) throws SQLException {
        Optional<SerialRange> existing = existing(c, day);
        if (existing.isPresent() && existing.get().size() >= count) {
            return existing;
        }
        for (SerialRange lease : leases.all(c)) {
            int next = Math.max(lease.first(), highestAssigned(c, lease) + 1);
            if (lease.last() - next + 1 >= count && count > 0) {
                SerialRange block = new SerialRange(lease.prefix(), next, next + count - 1);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO pack_serial_block (day, prefix,"
                        + " first_number, last_number) VALUES (?, ?, ?, ?) ON CONFLICT (day) DO UPDATE SET"
                        + " prefix = excluded.prefix, first_number = excluded.first_number,"
                        + " last_number = excluded.last_number")) {
                    s.setString(1, day.toString());
                    s.setString(2, block.prefix());
                    s.setInt(3, block.first());
                    s.setInt(4, block.last());
                    s.executeUpdate();
                }
                return Optional.of(block);
            }
        }
        return Optional.empty();
    }

    /** Leased serials not yet given to a day's pack. */
    public int unassigned(Connection c) throws SQLException {
        int free = 0;
        for (SerialRange lease : leases.all(c)) {
            free += lease.last() - Math.max(lease.first() - 1, highestAssigned(c, lease));
        }
        return free;
    }

    /** Whether fewer than {@link #LOW_WATER} leased serials are still unassigned. */
    public boolean low(Connection c) throws SQLException {
        return unassigned(c) < LOW_WATER;
    }

    /** Keeps a range leased from the server. */
    public void add(Connection c, SerialRange lease) throws SQLException {
        leases.add(c, lease, clock.instant());
    }

    public List<SerialRange> leases(Connection c) throws SQLException {
        return leases.all(c);
    }

    private Optional<SerialRange> existing(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT prefix, first_number, last_number FROM pack_serial_block WHERE day = ?")) {
            s.setString(1, day.toString());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new SerialRange(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                        : Optional.empty();
            }
        }
    }

    private static int highestAssigned(Connection c, SerialRange lease) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(last_number) FROM pack_serial_block"
                + " WHERE prefix = ? AND first_number >= ? AND last_number <= ?")) {
            s.setString(1, lease.prefix());
            s.setInt(2, lease.first());
            s.setInt(3, lease.last());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                int max = rs.getInt(1);
                return rs.wasNull() ? lease.first() - 1 : max;
            }
        }
    }
}
