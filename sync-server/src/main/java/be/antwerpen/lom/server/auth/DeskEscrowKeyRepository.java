package be.antwerpen.lom.server.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The escrow key per desk (ADR 0045), base64 in the database. */
public final class DeskEscrowKeyRepository {

    /** Stores {@code secret} unless the desk already has a key; safe when two instances race. */
    public void insertIfAbsent(Connection c, String deviceId, String secret, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO desk_escrow_keys (device_id, secret, created_at)"
                + " VALUES (?, ?, ?) ON CONFLICT (device_id) DO NOTHING")) {
            s.setString(1, deviceId);
            s.setString(2, secret);
            s.setLong(3, now);
            s.executeUpdate();
        }
    }

    public Optional<String> find(Connection c, String deviceId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT secret FROM desk_escrow_keys WHERE device_id = ?")) {
            s.setString(1, deviceId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
