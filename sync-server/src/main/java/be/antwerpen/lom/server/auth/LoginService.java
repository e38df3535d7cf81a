package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.api.LoginResponse;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.server.audit.AuditRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.error.ApiProblem;
import be.antwerpen.lom.server.error.TooManyAttempts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Staff login: checks the password, hands out an expiring bearer token, and throttles guessing:
 * after {@link #FREE_FAILURES} failures an account is locked for a period that doubles with every
 * further failure (up to 15 minutes), on every server instance.
 */
public final class LoginService {

    static final int FREE_FAILURES = 5;
    private static final long BASE_LOCK_MILLIS = 30_000;
    private static final long MAX_LOCK_MILLIS = 15 * 60_000;

    private final Database db;
    private final StaffRepository staff;
    private final SessionRepository sessions;
    private final LoginThrottleRepository throttle;
    private final AuditRepository audit;
    private final PasswordHasher hasher;
    private final Secrets secrets;
    private final TimeOrderedUuid ids;
    private final Clock clock;
    private final Duration tokenLifetime;
    /** Verified against when the username is unknown, so both cases take the same time. */
    private final String unknownUserHash;

    public LoginService(Database db, StaffRepository staff, SessionRepository sessions,
                        LoginThrottleRepository throttle, AuditRepository audit, PasswordHasher hasher,
                        Secrets secrets, TimeOrderedUuid ids, Clock clock, Duration tokenLifetime) {
        this.db = db;
        this.staff = staff;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.hasher = hasher;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
        this.unknownUserHash = hasher.hash(secrets.newSecret());
    }

    public LoginResponse login(LoginRequest request) {
        if (request == null || request.username() == null || request.username().isBlank()) {
            throw ApiProblem.invalid("username", "username is required");
        }
        if (request.password() == null || request.password().isEmpty()) {
            throw ApiProblem.invalid("password", "password is required");
        }
        String username = request.username().strip();
        Instant now = clock.instant();
        LoginThrottleRepository.State state = db.inSnapshot(c -> throttle.find(c, username))
                .orElse(new LoginThrottleRepository.State(0, 0));
        if (state.lockedUntil() > now.toEpochMilli()) {
            throw new TooManyAttempts(Math.max(1, (state.lockedUntil() - now.toEpochMilli() + 999) / 1000));
        }
        Optional<StaffAccount> account = db.inSnapshot(c -> staff.find(c, username));
        boolean matches = hasher.verify(request.password(),
                account.map(StaffAccount::passwordHash).orElse(unknownUserHash));
        boolean ok = matches && account.isPresent() && account.get().active();
        if (!ok) {
            db.inTransaction(c -> {
                LoginThrottleRepository.State current = throttle.find(c, username)
                        .orElse(new LoginThrottleRepository.State(0, 0));
                int failures = current.failures() + 1;
                long lock = failures < FREE_FAILURES ? 0
                        : Math.min(MAX_LOCK_MILLIS, BASE_LOCK_MILLIS << Math.min(10, failures - FREE_FAILURES));
                throttle.save(c, username, new LoginThrottleRepository.State(failures,
                        lock == 0 ? 0 : now.toEpochMilli() + lock));
                audit.append(c, new AuditEntry(ids.next().toString(), now, username, null, "LoginFailed", "STAFF",
                        username, null, "failure " + failures));
                return null;
            });
            throw ApiProblem.unauthorized("invalid_credentials", "the username or password is wrong");
        }
        String token = secrets.newSecret();
        Instant expires = now.plus(tokenLifetime);
        db.inTransaction(c -> {
            throttle.clear(c, username);
            sessions.deleteExpired(c, now.toEpochMilli());
            sessions.insert(c, Secrets.sha256(token), username, expires.toEpochMilli(), now.toEpochMilli());
            audit.append(c, new AuditEntry(ids.next().toString(), now, username, null, "Login", "STAFF", username,
                    null, "token until " + expires));
            return null;
        });
        return new LoginResponse(token, expires, account.get().member());
    }
}
