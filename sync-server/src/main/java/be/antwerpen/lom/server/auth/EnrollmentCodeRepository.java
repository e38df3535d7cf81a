package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** One-time device enrollment codes, stored hashed. */
public final class EnrollmentCodeRepository {

    /** Where a code enrolls a desk. */
    public record Target(String locationId, String deskName) {
    }

    public void insert(Connection c, String codeHash, String locationId, String deskName, long expiresAt)
            throws SQLException {
        Rows.update(c, "INSERT INTO enrollment_codes (code_hash, location_id, desk_name, expires_at) VALUES (?,?,?,?)",
                codeHash, locationId, deskName, expiresAt);
    }

    /** Marks an unused, unexpired code as used by {@code deviceId}; false when it cannot be used. */
    public boolean use(Connection c, String codeHash, String deviceId, long now) throws SQLException {
        return Rows.update(c, "UPDATE enrollment_codes SET used_at = ?, device_id = ? WHERE code_hash = ?"
                + " AND used_at IS NULL AND expires_at > ?", now, deviceId, codeHash, now) == 1;
    }

    public Optional<Target> target(Connection c, String codeHash) throws SQLException {
        return Rows.one(c, "SELECT location_id, desk_name FROM enrollment_codes WHERE code_hash = ?",
                rs -> new Target(rs.getString(1), rs.getString(2)), codeHash);
    }
}
