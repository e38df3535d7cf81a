package be.antwerpen.lom.server.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The actor-proof key per staff member and desk (ADR 0032), base64 in the database. */
public final class ActorKeyRepository {

    /** Stores {@code secret} unless the pair already has a key; safe when two instances race. */
    public void insertIfAbsent(Connection c, String username, String deviceId, String secret, long now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO actor_keys (username, device_id, secret,"
                + " created_at) VALUES (?, ?, ?, ?) ON CONFLICT (username, device_id) DO NOTHING")) {
            s.setString(1, username);
            s.setString(2, deviceId);
            s.setString(3, secret);
            s.setLong(4, now);
            s.executeUpdate();
        }
    }

    /** Forgets every key of {@code username}: proofs made with them count for nothing; a next login gets new ones. */
    public void deleteOf(Connection c, String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM actor_keys WHERE username = ?")) {
            s.setString(1, username);
            s.executeUpdate();
        }
    }

    public Optional<String> find(Connection c, String username, String deviceId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT secret FROM actor_keys WHERE username = ?"
                + " AND device_id = ?")) {
            s.setString(1, username);
            s.setString(2, deviceId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
