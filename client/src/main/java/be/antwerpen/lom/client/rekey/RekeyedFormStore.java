package be.antwerpen.lom.client.rekey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The paper forms already entered on this desk; a form key is stored once. */
public final class RekeyedFormStore {

    public boolean contains(Connection c, String formKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM rekeyed_form WHERE form_key = ?")) {
            s.setString(1, formKey);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Records the form; call in the transaction that stores its commands. */
    public void insert(Connection c, String formKey, UUID appointmentId, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO rekeyed_form (form_key, appointment_id, entered_at) VALUES (?, ?, ?)")) {
            s.setString(1, formKey);
            s.setString(2, appointmentId.toString());
            s.setString(3, at.toString());
            s.executeUpdate();
        }
    }

    public Set<String> allKeys(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT form_key FROM rekeyed_form");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }
}
