package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Login sessions, keyed by the SHA-256 of the bearer token, so every server instance can check them. */
public final class SessionRepository {

    /** A login session; {@code deviceId} is the desk it was made at, or null (a browser, a tool). */
    public void insert(Connection c, String tokenHash, String username, long expiresAt, long now, String deviceId)
            throws SQLException {
        Rows.update(c, "INSERT INTO sessions (token_hash, username, expires_at, created_at, device_id)"
                + " VALUES (?, ?, ?, ?, ?)", tokenHash, username, expiresAt, now, deviceId);
    }

    /** Ends every login made at the desk {@code deviceId} (when it is revoked). */
    public int deleteOfDevice(Connection c, String deviceId) throws SQLException {
        return Rows.update(c, "DELETE FROM sessions WHERE device_id = ?", deviceId);
    }

    /** The username of a session that has not expired at {@code now}. */
    public Optional<String> username(Connection c, String tokenHash, long now) throws SQLException {
        return Rows.one(c, "SELECT username FROM sessions WHERE token_hash = ? AND expires_at > ?",
                rs -> rs.getString(1), tokenHash, now);
    }

    public int deleteExpired(Connection c, long now) throws SQLException {
        return Rows.update(c, "DELETE FROM sessions WHERE expires_at <= ?", now);
    }

    public int deleteOf(Connection c, String username) throws SQLException {
        return Rows.update(c, "DELETE FROM sessions WHERE username = ?", username);
    }

    /** Ends one login session: the one whose token has the hash {@code tokenHash}. */
    public int delete(Connection c, String tokenHash) throws SQLException {
        return Rows.update(c, "DELETE FROM sessions WHERE token_hash = ?", tokenHash);
    }
}
