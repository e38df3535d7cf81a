package be.antwerpen.lom.client.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Which data key sealed this desk's personal data (its id only: the key is never stored in clear). */
public final class DataKeyStore {

    public Optional<Integer> current(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT key_id FROM data_key WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
        }
    }

    public void replace(Connection c, int keyId, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT OR REPLACE INTO data_key (id, key_id, created_at) VALUES (1, ?, ?)")) {
            s.setInt(1, keyId);
            s.setString(2, SqlTime.text(at));
            s.executeUpdate();
        }
    }
}
