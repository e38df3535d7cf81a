package be.antwerpen.lom.client.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Encrypted secrets per staff member and purpose; the store never sees them in clear. */
public final class StaffWrappedSecretStore {

    /** One encrypted secret: AES-GCM nonce and ciphertext (with its tag). */
    public record WrappedSecret(byte[] nonce, byte[] ciphertext) {
    }

    public void save(Connection c, String username, String purpose, WrappedSecret secret) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO staff_wrapped_secret (username, purpose,"
                + " nonce, ciphertext) VALUES (?, ?, ?, ?)")) {
            s.setString(1, username);
            s.setString(2, purpose);
            s.setBytes(3, secret.nonce());
            s.setBytes(4, secret.ciphertext());
            s.executeUpdate();
        }
    }

    public Optional<WrappedSecret> find(Connection c, String username, String purpose) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT nonce, ciphertext FROM staff_wrapped_secret"
                + " WHERE username = ? AND purpose = ?")) {
            s.setString(1, username);
            s.setString(2, purpose);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new WrappedSecret(rs.getBytes(1), rs.getBytes(2))) : Optional.empty();
            }
        }
    }

    /** Forgets every secret of one staff member (their password changed, or they may no longer work here). */
    public void deleteAll(Connection c, String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM staff_wrapped_secret WHERE username = ?")) {
            s.setString(1, username);
            s.executeUpdate();
        }
    }

    /** Forgets every staff member's copy of one secret (e.g. a desk data key that was replaced). */
    public void deletePurpose(Connection c, String purpose) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM staff_wrapped_secret WHERE purpose = ?")) {
            s.setString(1, purpose);
            s.executeUpdate();
        }
    }
}
