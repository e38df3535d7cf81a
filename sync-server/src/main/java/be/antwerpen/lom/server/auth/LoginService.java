package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.api.LoginResponse;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.server.audit.AuditRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.refusal.TooManyAttempts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff login: checks the password and hands out an expiring bearer token. Guessing is slowed down
 * per account and source, per account and per source by {@link LoginThrottle} (ADR 0028), on every
 * server instance sharing the database. What was typed as username is stored and audited only when it
 * names an existing account; otherwise only its keyed hash ({@link LoginPseudonyms}) is kept.
 */
public final class LoginService {

    private static final Logger LOG = LoggerFactory.getLogger(LoginService.class);
    /** The form of every staff username ({@link StaffAdministration}); anything else names no account. */
    private static final Pattern ACCOUNT_NAME = Pattern.compile("[a-z0-9._-]{2,60}");
    private static final int MAX_TYPED_LENGTH = 200;
    /** The source of logins made in-process (tools and tests), not over HTTP. */
    private static final LoginSource IN_PROCESS = LoginSource.address("in-process");

    private final Database db;
    private final StaffRepository staff;
    private final SessionRepository sessions;
    private final LoginThrottle throttle;
    private final LoginPseudonyms pseudonyms;
    private final AuditRepository audit;
    private final PasswordHasher hasher;
    private final Secrets secrets;
    private final TimeOrderedUuid ids;
    private final Clock clock;
    private final Duration tokenLifetime;
    /** Verified against when the username is unknown, so both cases take the same time. */
    private final String unknownUserHash;

    public LoginService(Database db, StaffRepository staff, SessionRepository sessions,
                        LoginThrottle throttle, LoginPseudonyms pseudonyms, AuditRepository audit,
                        PasswordHasher hasher,
                        Secrets secrets, TimeOrderedUuid ids, Clock clock, Duration tokenLifetime) {
        this.db = db;
        this.staff = staff;
        this.sessions = sessions;
        this.throttle = throttle;
        this.pseudonyms = pseudonyms;
        this.audit = audit;
        this.hasher = hasher;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
        this.unknownUserHash = hasher.decoy(); // not a derivation at start: every start and tool run spared one
    }

    /** A login made in-process (tools, tests): throttled as one source of its own. */
    public LoginResponse login(LoginRequest request) {
        return login(request, IN_PROCESS);
    }

    public LoginResponse login(LoginRequest request, LoginSource source) {
        if (request == null || request.username() == null || request.username().isBlank()) {
            throw Refusal.invalid("username", "username is required");
        }
        if (request.password() == null || request.password().isEmpty()) {
            throw Refusal.invalid("password", "password is required");
        }
        String username = request.username().strip();
        if (username.length() > MAX_TYPED_LENGTH || username.codePoints().anyMatch(LoginService::control)) {
            throw Refusal.invalid("username", "a username has no control characters and at most "
                    + MAX_TYPED_LENGTH + " characters");
        }
        Instant now = clock.instant();
        Optional<StaffAccount> account = ACCOUNT_NAME.matcher(username).matches()
                ? db.inSnapshot(c -> staff.find(c, username)) : Optional.empty();
        String accountKey = account.isPresent() ? username : pseudonyms.of(username);
        String sourceKey = source.deviceId() != null ? "dev:" + source.deviceId()
                : "ip:" + pseudonyms.of(source.address());
        LoginThrottle.Attempt attempt = count(accountKey, sourceKey, source, now);
        boolean matches = hasher.verify(request.password(),
                account.map(StaffAccount::passwordHash).orElse(unknownUserHash));
        boolean ok = matches && account.isPresent() && account.get().active();
        if (!ok) {
            String detail = (account.isEmpty() ? "no such account" : !account.get().active() ? "inactive account"
                    : "wrong password") + " from " + (source.deviceId() != null ? "this desk" : "address "
                    + sourceKey.substring(3));
            db.inTransaction(c -> {
                audit.append(c, new AuditEntry(ids.next().toString(), now, account.isPresent() ? username : "unknown",
                        source.deviceId(), "LoginFailed", "STAFF", accountKey, null, detail));
                return null;
            });
            throw Refusal.unauthenticated("invalid_credentials", "the username or password is wrong");
        }
        String token = secrets.newSecret();
        Instant expires = now.plus(tokenLifetime);
        String storedHash = account.get().passwordHash();
        String upgradedHash = hasher.needsRehash(storedHash) ? hasher.hash(request.password()) : null;
        db.inTransaction(c -> {
            if (!staff.stillHolds(c, username, storedHash)) {
                // the password was reset, or the account made inactive, while this password was being checked
                throw Refusal.unauthenticated("invalid_credentials", "the username or password is wrong");
            }
            throttle.succeeded(c, attempt, now.toEpochMilli());
            if (upgradedHash != null) {
                staff.replacePasswordHash(c, username, storedHash, upgradedHash);
            }
            sessions.deleteExpired(c, now.toEpochMilli());
            sessions.insert(c, Secrets.sha256(token), username, expires.toEpochMilli(), now.toEpochMilli(),
                    source.deviceId());
            audit.append(c, new AuditEntry(ids.next().toString(), now, username, source.deviceId(), "Login", "STAFF",
                    username, null, "token until " + expires));
            return null;
        });
        return new LoginResponse(token, expires, account.get().member());
    }

    /**
     * Ends the login session of {@code authorization} (a {@code Bearer} token) on the server, so that the token no
     * longer works anywhere, not only at the desk that forgets it. The staff member comes from the token itself.
     */
    public void logout(String authorization, StaffMember staff) {
        String tokenHash = Authenticator.tokenHash(authorization);
        Instant now = clock.instant();
        db.inTransaction(c -> {
            if (sessions.delete(c, tokenHash) > 0) {
                audit.append(c, new AuditEntry(ids.next().toString(), now, staff.username(), null, "Logout", "STAFF",
                        staff.username(), null, "session ended"));
            }
            return null;
        });
    }

    private LoginThrottle.Attempt count(String accountKey, String sourceKey, LoginSource source, Instant now) {
        try {
            return db.inTransaction(c -> throttle.begin(c, accountKey, sourceKey, now.toEpochMilli()));
        } catch (TooManyAttempts e) {
            LOG.info("Login refused for account {} from {}: throttled for {} s", accountKey,
                    source.deviceId() != null ? "desk " + source.deviceId() : "an address", e.retryAfterSeconds());
            throw e;
        }
    }

    /** Control and format characters (NUL, bidi overrides and the like) never belong in a username. */
    private static boolean control(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }
}
