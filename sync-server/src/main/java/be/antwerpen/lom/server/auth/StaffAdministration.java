package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.audit.AuditRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.refusal.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/** Creating staff users and resetting passwords (command line and demo mode). */
public final class StaffAdministration {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private final Database db;
    private final StaffRepository staff;
    private final SessionRepository sessions;
    private final LoginThrottleRepository throttle;
    private final AuditRepository audit;
    private final PasswordHasher hasher;
    private final TimeOrderedUuid ids;
    private final Clock clock;
    private final ActorKeyRepository actorKeys;

    public StaffAdministration(Database db, StaffRepository staff, SessionRepository sessions,
                               LoginThrottleRepository throttle, AuditRepository audit, PasswordHasher hasher,
                               TimeOrderedUuid ids, Clock clock, ActorKeyRepository actorKeys) {
        this.actorKeys = actorKeys;
        this.db = db;
        this.staff = staff;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.hasher = hasher;
        this.ids = ids;
        this.clock = clock;
    }

    /** Creates a user; {@code passwordHash} may be given (demo mode hashes its one password once). */
    public void create(String username, String displayName, StaffRole role, Set<String> locations, String password,
                       boolean enforceLength, String by) {
        checkPassword(password, enforceLength);
        createWithHash(username, displayName, role, locations, hasher.hash(password), by);
    }

    public void createWithHash(String username, String displayName, StaffRole role, Set<String> locations,
                               String passwordHash, String by) {
        if (username == null || !username.matches("[a-z0-9._-]{2,60}")) {
            throw Refusal.invalid("username", "a username has 2-60 lower-case letters, digits, '.', '_' or '-'");
        }
        Instant now = clock.instant();
        db.inTransaction(c -> {
            if (staff.find(c, username).isPresent()) {
                throw Refusal.conflict("exists", "this username is taken");
            }
            staff.insert(c, new StaffAccount(new StaffMember(username, displayName, role, locations), passwordHash,
                    true), now.toEpochMilli());
            audit.append(c, new AuditEntry(ids.next().toString(), now, by, null, "CreateStaff", "STAFF", username,
                    null, role + " at " + String.join(",", locations)));
            return null;
        });
    }

    public String hash(String password) {
        return hasher.hash(password);
    }

    public void resetPassword(String username, String password, String by) {
        checkPassword(password, true);
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        db.inTransaction(c -> {
            if (!staff.setPassword(c, username, hash)) {
                throw Refusal.notFound("the user");
            }
            sessions.deleteOf(c, username);
            // a desk that has not seen the reset still takes the old password offline: what is signed there with the
            // person's old key is theirs no longer (it counts as the pusher's)
            actorKeys.deleteOf(c, username);
            throttle.clearAccount(c, username);
            audit.append(c, new AuditEntry(ids.next().toString(), now, by, null, "ResetPassword", "STAFF", username,
                    null, "sessions and offline signing keys ended"));
            return null;
        });
    }

    private static void checkPassword(String password, boolean enforceLength) {
        if (password == null || password.isEmpty()) {
            throw Refusal.invalid("password", "a password is required");
        }
        if (enforceLength && password.length() < MIN_PASSWORD_LENGTH) {
            throw Refusal.invalid("password", "a password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
