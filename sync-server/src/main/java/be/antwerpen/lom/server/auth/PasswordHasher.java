package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.model.password.PasswordHashing;
import java.security.SecureRandom;

/**
 * Staff password hashes on the server, made and checked by the one hasher of desk and server
 * ({@link PasswordHashing}, ADR 0108): {@code pbkdf2-sha256$iterations$salt$hash}. A hash stored at a
 * lower strength still verifies and is replaced at the next successful login ({@link #needsRehash}).
 */
public final class PasswordHasher {

    /** Production strength: {@link PasswordHashing#OWASP_ITERATIONS}. */
    public static final int DEFAULT_ITERATIONS = PasswordHashing.OWASP_ITERATIONS;

    private final PasswordHashing hashing;

    public PasswordHasher(int iterations, SecureRandom random) {
        this.hashing = new PasswordHashing(iterations, random);
    }

    public String hash(String password) {
        return hashing.hash(password.toCharArray());
    }

    /** A hash no password matches, as costly to verify as a real one (for unknown names), made at once. */
    public String decoy() {
        return hashing.decoy();
    }

    public boolean verify(String password, String stored) {
        return hashing.verify(password.toCharArray(), stored);
    }

    /** Whether {@code stored} was made at a lower strength than new hashes, so it is replaced after a login. */
    public boolean needsRehash(String stored) {
        return hashing.needsRehash(stored);
    }
}
