package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Login attempt buckets and known sources, shared by all server instances (ADR 0028). An attempt is
 * counted by one conditional UPDATE that only succeeds while the bucket is not blocked: PostgreSQL
 * re-checks that condition after waiting for a concurrent writer of the row, SQLite runs write
 * transactions one at a time, so no two attempts see the same count.
 */
public final class LoginThrottleRepository {

    /**
     * Counts one attempt in {@code bucket} unless it is blocked; blocks it for the policy's refusal
     * window when this attempt reaches the limit. Call inside a transaction.
     *
     * @return empty when the attempt may go ahead, else the time until which the bucket is blocked
     */
    public Optional<Long> tryCount(Connection c, String bucket, ThrottlePolicy policy, long now)
            throws SQLException {
        Rows.update(c, "INSERT INTO login_attempts (bucket, failures, window_start, blocked_until) VALUES (?, 0, ?, 0)"
                + " ON CONFLICT (bucket) DO NOTHING", bucket, now);
        int counted = Rows.update(c, "UPDATE login_attempts SET"
                        + " failures = CASE WHEN window_start < ? THEN 1 ELSE failures + 1 END,"
                        + " window_start = CASE WHEN window_start < ? THEN ? ELSE window_start END"
                        + " WHERE bucket = ? AND blocked_until <= ?",
                now - policy.windowMillis(), now - policy.windowMillis(), now, bucket, now);
        if (counted == 0) {
            return Optional.of(Rows.one(c, "SELECT blocked_until FROM login_attempts WHERE bucket = ?",
                    rs -> rs.getLong(1), bucket).orElse(now + 1000));
        }
        int failures = Rows.one(c, "SELECT failures FROM login_attempts WHERE bucket = ?", rs -> rs.getInt(1), bucket)
                .orElseThrow();
        long delay = policy.delayAfter(failures);
        if (delay > 0) {
            Rows.update(c, "UPDATE login_attempts SET blocked_until = ? WHERE bucket = ?", now + delay, bucket);
        }
        return Optional.empty();
    }

    /** Takes back an attempt that turned out to be a correct login (and the block it may have started). */
    public void takeBack(Connection c, String bucket, ThrottlePolicy policy) throws SQLException {
        Rows.update(c, "UPDATE login_attempts SET"
                + " blocked_until = CASE WHEN failures - 1 < ? THEN 0 ELSE blocked_until END,"
                + " failures = CASE WHEN failures > 0 THEN failures - 1 ELSE 0 END WHERE bucket = ?",
                policy.free(), bucket);
    }

    public void delete(Connection c, String bucket) throws SQLException {
        Rows.update(c, "DELETE FROM login_attempts WHERE bucket = ?", bucket);
    }

    /** Forgets every bucket of an account (after an administrator reset its password). */
    public void clearAccount(Connection c, String account) throws SQLException {
        Rows.update(c, "DELETE FROM login_attempts WHERE bucket = ? OR substr(bucket, 1, ?) = ?", "a:" + account,
                ("as:" + account + "|").length(), "as:" + account + "|");
    }

    public boolean known(Connection c, String account, String source) throws SQLException {
        return Rows.one(c, "SELECT 1 FROM login_known_sources WHERE account = ? AND source = ?", rs -> 1,
                account, source).isPresent();
    }

    public void rememberSource(Connection c, String account, String source, long now) throws SQLException {
        Rows.update(c, "INSERT INTO login_known_sources (account, source, last_login_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (account, source) DO UPDATE SET last_login_at = excluded.last_login_at",
                account, source, now);
    }
}
