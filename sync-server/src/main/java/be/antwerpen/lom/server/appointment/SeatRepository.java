package be.antwerpen.lom.server.appointment;

import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.db.WallClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * Seat cells: the database's own guard against overbooking (ADR 0020). A seat is taken with a
 * conditional increment that cannot pass {@code capacity}; the CHECK constraint backs it up.
 */
public final class SeatRepository {

    public void ensure(Connection c, SeatCell cell) throws SQLException {
        Rows.update(c, "INSERT INTO seat_cells (location_id, cell_start, capacity, used) VALUES (?, ?, ?, 0)"
                + " ON CONFLICT (location_id, cell_start) DO NOTHING",
                cell.locationId(), WallClock.text(cell.start()), cell.capacity());
    }

    /** Takes one seat in the cell; false when it is full. */
    public boolean take(Connection c, SeatCell cell) throws SQLException {
        return Rows.update(c, "UPDATE seat_cells SET used = used + 1 WHERE location_id = ? AND cell_start = ?"
                + " AND used < capacity", cell.locationId(), WallClock.text(cell.start())) == 1;
    }

    /**
     * Takes one seat in the cell, creating the cell row (with {@code cell.capacity()}) on first use,
     * in one statement; false when it is full. The conditional update cannot pass the capacity
     * (the row lock serialises racers on PostgreSQL) and the CHECK constraint backs it up.
     */
    public boolean takeOrCreate(Connection c, SeatCell cell) throws SQLException {
        if (cell.capacity() < 1) {
            return false;
        }
        return Rows.update(c, "INSERT INTO seat_cells (location_id, cell_start, capacity, used) VALUES (?, ?, ?, 1)"
                + " ON CONFLICT (location_id, cell_start) DO UPDATE SET used = seat_cells.used + 1"
                + " WHERE seat_cells.used < seat_cells.capacity",
                cell.locationId(), WallClock.text(cell.start()), cell.capacity()) == 1;
    }

    public void release(Connection c, SeatCell cell) throws SQLException {
        Rows.update(c, "UPDATE seat_cells SET used = used - 1 WHERE location_id = ? AND cell_start = ? AND used > 0",
                cell.locationId(), WallClock.text(cell.start()));
    }

    public int used(Connection c, String locationId, LocalDateTime cellStart) throws SQLException {
        return Rows.one(c, "SELECT used FROM seat_cells WHERE location_id = ? AND cell_start = ?",
                rs -> rs.getInt(1), locationId, WallClock.text(cellStart)).orElse(0);
    }
}
