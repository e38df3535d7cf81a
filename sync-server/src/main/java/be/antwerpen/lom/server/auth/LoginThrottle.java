package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.server.refusal.TooManyAttempts;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Decides whether a login attempt may have its password checked (ADR 0028). Every attempt is counted
 * before its password is checked, inside one transaction: in the account-from-this-source bucket, and, for a
 * source the account never logged in from, in the source over all accounts (spraying) and the account over all
 * such sources. The first blocked bucket refuses the attempt and the
 * transaction rolls back, so a refused attempt counts nowhere. A correct password takes its attempt
 * back, resets the account-at-source bucket and makes the source known to the account: from then on
 * the owner's desk or address is not slowed by what attackers elsewhere do to the account.
 */
public final class LoginThrottle {

    /** An attempt that was counted: its account key, source key and whether the source was known. */
    public record Attempt(String account, String source, boolean knownSource) {
    }

    private final LoginThrottleRepository repository;

    public LoginThrottle(LoginThrottleRepository repository) {
        this.repository = repository;
    }

    /**
     * Counts an attempt of {@code account} from {@code source}; throws {@link TooManyAttempts} when one
     * of its buckets is blocked. Call inside a transaction that the exception rolls back.
     */
    public Attempt begin(Connection c, String account, String source, long now) throws SQLException {
        boolean known = repository.known(c, account, source);
        if (!known) {
            // the owner at a desk or address they logged in from is not slowed by others spraying from there (a
            // shared address: the city's network, a proxy); the account-at-source bucket still holds them
            count(c, sourceBucket(source), ThrottlePolicy.SOURCE, now);
            count(c, accountBucket(account), ThrottlePolicy.ACCOUNT_FROM_UNKNOWN_SOURCES, now);
        }
        count(c, accountAtSourceBucket(account, source), ThrottlePolicy.ACCOUNT_AT_SOURCE, now);
        return new Attempt(account, source, known);
    }

    /** The attempt had the right password: it was no failure. */
    public void succeeded(Connection c, Attempt attempt, long now) throws SQLException {
        if (!attempt.knownSource()) {
            repository.takeBack(c, sourceBucket(attempt.source()), ThrottlePolicy.SOURCE);
            repository.takeBack(c, accountBucket(attempt.account()), ThrottlePolicy.ACCOUNT_FROM_UNKNOWN_SOURCES);
        }
        repository.delete(c, accountAtSourceBucket(attempt.account(), attempt.source()));
        repository.rememberSource(c, attempt.account(), attempt.source(), now);
    }

    private void count(Connection c, String bucket, ThrottlePolicy policy, long now) throws SQLException {
        Optional<Long> blockedUntil = repository.tryCount(c, bucket, policy, now);
        if (blockedUntil.isPresent()) {
            throw new TooManyAttempts(Math.max(1, (blockedUntil.get() - now + 999) / 1000));
        }
    }

    static String sourceBucket(String source) {
        return "s:" + source;
    }

    static String accountBucket(String account) {
        return "a:" + account;
    }

    static String accountAtSourceBucket(String account, String source) {
        return "as:" + account + "|" + source;
    }
}
