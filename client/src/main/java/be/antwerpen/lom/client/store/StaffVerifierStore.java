package be.antwerpen.lom.client.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Offline login verifiers, one per staff member who logged in online at this desk. */
public final class StaffVerifierStore {

    public void save(Connection c, StaffVerifier v) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO staff_verifier (username, salt, hash, "
                + "iterations, staff_json, last_online_login, scheme) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, v.username());
            s.setBytes(2, v.salt());
            s.setBytes(3, v.hash());
            s.setInt(4, v.iterations());
            s.setString(5, v.staffJson());
            s.setString(6, SqlTime.text(v.lastOnlineLogin()));
            s.setInt(7, v.scheme());
            s.executeUpdate();
        }
    }

    public Optional<StaffVerifier> find(Connection c, String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM staff_verifier WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StaffVerifier(rs.getString("username"), rs.getBytes("salt"),
                        rs.getBytes("hash"), rs.getInt("iterations"), rs.getString("staff_json"),
                        SqlTime.instant(rs.getString("last_online_login")), rs.getInt("scheme")));
            }
        }
    }
}
