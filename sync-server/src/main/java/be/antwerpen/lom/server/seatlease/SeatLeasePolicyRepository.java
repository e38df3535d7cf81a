package be.antwerpen.lom.server.seatlease;

import be.antwerpen.lom.model.lease.SeatLeasePolicy;
import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Lease policies an administrator set; a location without a row uses {@link SeatLeasePolicy#defaults}. */
public final class SeatLeasePolicyRepository {

    private static final String COLUMNS = "location_id, days_ahead, own_seats_per_desk, other_seats_per_desk,"
            + " max_share_percent, lease_minutes, return_minutes_before, silence_hours";

    public Optional<SeatLeasePolicy> find(Connection c, String locationId) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM seat_lease_policies WHERE location_id = ?",
                SeatLeasePolicyRepository::map, locationId);
    }

    public void save(Connection c, SeatLeasePolicy p, String username, Instant now) throws SQLException {
        Rows.update(c, "INSERT INTO seat_lease_policies (" + COLUMNS + ", updated_at, updated_by)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (location_id) DO UPDATE SET"
                + " days_ahead = excluded.days_ahead, own_seats_per_desk = excluded.own_seats_per_desk,"
                + " other_seats_per_desk = excluded.other_seats_per_desk,"
                + " max_share_percent = excluded.max_share_percent, lease_minutes = excluded.lease_minutes,"
                + " return_minutes_before = excluded.return_minutes_before, silence_hours = excluded.silence_hours,"
                + " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                p.locationId(), p.daysAhead(), p.ownSeatsPerDesk(), p.otherSeatsPerDesk(), p.maxSharePercent(),
                p.leaseMinutes(), p.returnMinutesBefore(), p.silenceHours(), now.toEpochMilli(), username);
    }

    private static SeatLeasePolicy map(ResultSet rs) throws SQLException {
        return new SeatLeasePolicy(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                rs.getInt(6), rs.getInt(7), rs.getInt(8));
    }
}
