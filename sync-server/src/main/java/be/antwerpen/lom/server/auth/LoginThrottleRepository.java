package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Failed-login counts per username, shared by all server instances. */
public final class LoginThrottleRepository {

    /** Failures so far and the time until which the account is locked. */
    public record State(int failures, long lockedUntil) {
    }

    public Optional<State> find(Connection c, String username) throws SQLException {
        return Rows.one(c, "SELECT failures, locked_until FROM login_throttle WHERE username = ?",
                rs -> new State(rs.getInt(1), rs.getLong(2)), username);
    }

    public void save(Connection c, String username, State state) throws SQLException {
        Rows.update(c, "INSERT INTO login_throttle (username, failures, locked_until) VALUES (?, ?, ?)"
                + " ON CONFLICT (username) DO UPDATE SET failures = excluded.failures,"
                + " locked_until = excluded.locked_until", username, state.failures(), state.lockedUntil());
    }

    public void clear(Connection c, String username) throws SQLException {
        Rows.update(c, "DELETE FROM login_throttle WHERE username = ?", username);
    }
}
