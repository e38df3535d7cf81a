package be.antwerpen.lom.server.seatlease;

import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.db.WallClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code seat_leases} rows. Status changes are conditional, so two instances never both act on one lease. */
public final class SeatLeaseRepository {

    private static final String COLUMNS = "id, device_id, location_id, start_time, end_time, status, granted_at,"
            + " use_before, release_after, appointment_id";

    public void insert(Connection c, HeldLease l) throws SQLException {
        Rows.update(c, "INSERT INTO seat_leases (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)", l.id().toString(),
                l.deviceId(), l.locationId(), WallClock.text(l.start()), WallClock.text(l.end()), l.status().name(),
                l.grantedAt().toEpochMilli(), l.useBefore().toEpochMilli(), l.releaseAfter().toEpochMilli(),
                l.appointmentId() == null ? null : l.appointmentId().toString());
    }

    public Optional<HeldLease> find(Connection c, UUID id) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM seat_leases WHERE id = ?", SeatLeaseRepository::map,
                id.toString());
    }

    /** The leases the device holds now, in time order. */
    public List<HeldLease> heldBy(Connection c, String deviceId) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM seat_leases WHERE device_id = ? AND status = 'HELD'"
                + " ORDER BY start_time, location_id", SeatLeaseRepository::map, deviceId);
    }

    /** Held leases of every desk that start on [from, to] (days), for caps and the capacity view. */
    public List<HeldLease> heldBetween(Connection c, LocalDate from, LocalDate to) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM seat_leases WHERE status = 'HELD' AND start_time >= ?"
                + " AND start_time < ?", SeatLeaseRepository::map, WallClock.text(from.atStartOfDay()),
                WallClock.text(to.plusDays(1).atStartOfDay()));
    }

    /**
     * Takes the grant turn of a location and day, until the transaction ends: a second grant on that day, on any
     * instance, waits here, so the caps a grant counts after this cannot change under it (ADR 0151).
     */
    public void takeGrantTurn(Connection c, String locationId, LocalDate day) throws SQLException {
        Rows.update(c, "INSERT INTO seat_lease_grant_turns (location_id, day, grants) VALUES (?, ?, 1)"
                + " ON CONFLICT (location_id, day) DO UPDATE SET grants = seat_lease_grant_turns.grants + 1",
                locationId, day.toString());
    }

    /** Held leases of every desk at a location that start on {@code day}. */
    public List<HeldLease> heldOn(Connection c, String locationId, LocalDate day) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM seat_leases WHERE location_id = ? AND start_time >= ?"
                + " AND start_time < ? AND status = 'HELD'", SeatLeaseRepository::map, locationId,
                WallClock.text(day.atStartOfDay()), WallClock.text(day.plusDays(1).atStartOfDay()));
    }

    /** Held leases whose release moment has passed, oldest first. */
    public List<HeldLease> due(Connection c, Instant now, int limit) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM seat_leases WHERE status = 'HELD' AND release_after < ?"
                + " ORDER BY release_after LIMIT " + limit, SeatLeaseRepository::map, now.toEpochMilli());
    }

    /** This desk's held leases whose release moment has passed (swept before its top-up, whatever the backlog). */
    public List<HeldLease> dueFor(Connection c, String deviceId, Instant now) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM seat_leases WHERE status = 'HELD' AND device_id = ?"
                + " AND release_after < ? ORDER BY release_after", SeatLeaseRepository::map, deviceId,
                now.toEpochMilli());
    }

    /** Moves a held lease to {@code status}; false when it was no longer held (another instance or a booking won). */
    public boolean close(Connection c, UUID id, LeaseStatus status, UUID appointmentId, Instant now)
            throws SQLException {
        return Rows.update(c, "UPDATE seat_leases SET status = ?, appointment_id = ?, closed_at = ? WHERE id = ?"
                + " AND status = 'HELD'", status.name(), appointmentId == null ? null : appointmentId.toString(),
                now.toEpochMilli(), id.toString()) == 1;
    }

    /**
     * Gives back a held lease whose release moment has passed at {@code now}; false when it was no longer held, or
     * was extended meanwhile (its desk synced and was told it still holds it).
     */
    public boolean closeDue(Connection c, UUID id, LeaseStatus status, Instant now) throws SQLException {
        return Rows.update(c, "UPDATE seat_leases SET status = ?, appointment_id = NULL, closed_at = ? WHERE id = ?"
                + " AND status = 'HELD' AND release_after < ?", status.name(), now.toEpochMilli(), id.toString(),
                now.toEpochMilli()) == 1;
    }

    /** Sets new use-before and release moments on a lease still held (a sync of its desk). */
    public void extend(Connection c, UUID id, Instant useBefore, Instant releaseAfter) throws SQLException {
        Rows.update(c, "UPDATE seat_leases SET use_before = ?, release_after = ? WHERE id = ? AND status = 'HELD'",
                useBefore.toEpochMilli(), releaseAfter.toEpochMilli(), id.toString());
    }

    private static HeldLease map(ResultSet rs) throws SQLException {
        String appointment = rs.getString(10);
        return new HeldLease(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                WallClock.parse(rs.getString(4)), WallClock.parse(rs.getString(5)), LeaseStatus.valueOf(rs.getString(6)),
                Instant.ofEpochMilli(rs.getLong(7)), Instant.ofEpochMilli(rs.getLong(8)),
                Instant.ofEpochMilli(rs.getLong(9)), appointment == null ? null : UUID.fromString(appointment));
    }
}
