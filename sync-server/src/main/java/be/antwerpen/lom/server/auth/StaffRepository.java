package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Staff users with their role, locations and password hash. */
public final class StaffRepository {

    public void insert(Connection c, StaffAccount a, long now) throws SQLException {
        StaffMember m = a.member();
        Rows.update(c, "INSERT INTO staff_users (username, display_name, role, location_ids, password_hash, active,"
                        + " created_at) VALUES (?,?,?,?,?,?,?)", m.username(), m.displayName(), m.role().name(),
                String.join(",", new TreeSet<>(m.locationIds())), a.passwordHash(), a.active(), now);
    }

    public Optional<StaffAccount> find(Connection c, String username) throws SQLException {
        return Rows.one(c, "SELECT username, display_name, role, location_ids, password_hash, active FROM staff_users"
                + " WHERE username = ?", StaffRepository::map, username);
    }

    /** The account whose login session has the token hash {@code tokenHash} and lasts past {@code now}: one statement. */
    public Optional<StaffAccount> bySession(Connection c, String tokenHash, long now) throws SQLException {
        return Rows.one(c, "SELECT u.username, u.display_name, u.role, u.location_ids, u.password_hash, u.active"
                + " FROM sessions s JOIN staff_users u ON u.username = s.username"
                + " WHERE s.token_hash = ? AND s.expires_at > ?", StaffRepository::map, tokenHash, now);
    }

    public boolean setPassword(Connection c, String username, String passwordHash) throws SQLException {
        return Rows.update(c, "UPDATE staff_users SET password_hash = ? WHERE username = ?", passwordHash, username) == 1;
    }

    /**
     * Replaces a password hash by a stronger one of the same password (ADR 0108), only while the stored
     * hash is still {@code expected}: a password reset in the meantime wins.
     */
    public boolean replacePasswordHash(Connection c, String username, String expected, String stronger)
            throws SQLException {
        return Rows.update(c, "UPDATE staff_users SET password_hash = ? WHERE username = ? AND password_hash = ?",
                stronger, username, expected) == 1;
    }

    /**
     * Whether the account is still active with the password hash {@code expected}, holding its row until the
     * transaction ends: a login that verified the password against {@code expected} records its session only then,
     * so a password reset either comes first (and the login is refused) or after (and deletes the session).
     */
    public boolean stillHolds(Connection c, String username, String expected) throws SQLException {
        return Rows.update(c, "UPDATE staff_users SET password_hash = password_hash WHERE username = ?"
                + " AND password_hash = ? AND active = ?", username, expected, true) == 1;
    }

    public List<StaffAccount> all(Connection c) throws SQLException {
        return Rows.list(c, "SELECT username, display_name, role, location_ids, password_hash, active FROM staff_users"
                + " ORDER BY username", StaffRepository::map);
    }

    private static StaffAccount map(ResultSet rs) throws SQLException {
        String ids = rs.getString(4);
        Set<String> locations = ids.isBlank() ? Set.of()
                : Arrays.stream(ids.split(",")).collect(Collectors.toUnmodifiableSet());
        return new StaffAccount(new StaffMember(rs.getString(1), rs.getString(2), StaffRole.valueOf(rs.getString(3)),
                locations), rs.getString(5), rs.getInt(6) == 1);
    }
}
