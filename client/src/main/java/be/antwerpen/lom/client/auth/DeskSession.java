package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.model.staff.StaffMember;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who is logged in at this desk right now. Holds the staff token of an online login; for an
 * offline login there is none until the desk renews it in the background. The password is kept
 * in memory (never on disk) for that renewal and wiped at logout, as are the keys the login released.
 */
public final class DeskSession {

    private StaffMember staff;
    private String token;
    private Instant tokenExpiresAt;
    private char[] password;
    private boolean offline;
    private byte[] wrappingKey;
    private byte[] actorProofKey;

    public synchronized void start(StaffMember staff, String token, Instant expiresAt, char[] password,
                                   boolean offline) {
        start(staff, token, expiresAt, password, offline, null);
    }

    /**
     * Starts a session; {@code wrappingKey} opens this person's secrets in the {@link StaffKeyring}
     * (null for a verifier of scheme 1). The session keeps its own copy and wipes it at the end.
     */
    public synchronized void start(StaffMember staff, String token, Instant expiresAt, char[] password,
                                   boolean offline, byte[] wrappingKey) {
        end();
        this.staff = staff;
        this.token = token;
        this.tokenExpiresAt = expiresAt;
        this.password = password.clone();
        this.offline = offline;
        this.wrappingKey = wrappingKey == null ? null : wrappingKey.clone();
    }

    /** The key that opens the logged-in person's secrets on this desk; only while they are logged in. */
    public synchronized Optional<byte[]> wrappingKey() {
        return Optional.ofNullable(wrappingKey).map(byte[]::clone);
    }

    /** Sets the key with which commands made in this session are attributed to its staff member. */
    public synchronized void actorProofKey(byte[] key) {
        wipe(actorProofKey);
        actorProofKey = key == null ? null : key.clone();
    }

    /** The actor-proof key, only if {@code username} is the person logged in now. */
    public synchronized Optional<byte[]> actorProofKeyOf(String username) {
        if (staff == null || !staff.username().equals(username)) {
            return Optional.empty();
        }
        return Optional.ofNullable(actorProofKey).map(byte[]::clone);
    }

    public synchronized void renewed(String token, Instant expiresAt) {
        this.token = token;
        this.tokenExpiresAt = expiresAt;
        this.offline = false;
    }

    public synchronized void end() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        wipe(wrappingKey);
        wipe(actorProofKey);
        wrappingKey = null;
        actorProofKey = null;
        staff = null;
        token = null;
        tokenExpiresAt = null;
        password = null;
        offline = false;
    }

    public synchronized Optional<StaffMember> staff() {
        return Optional.ofNullable(staff);
    }

    public synchronized Optional<String> token() {
        return Optional.ofNullable(token);
    }

    public synchronized boolean offline() {
        return offline;
    }

    synchronized Optional<char[]> password() {
        return Optional.ofNullable(password).map(char[]::clone);
    }

    public synchronized String actor() {
        return staff == null ? "unknown" : staff.username();
    }

    public synchronized Instant tokenExpiresAt() {
        return tokenExpiresAt;
    }

    private static void wipe(byte[] secret) {
        if (secret != null) {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
