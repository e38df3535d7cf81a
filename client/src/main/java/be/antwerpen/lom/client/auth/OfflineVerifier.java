package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.model.password.PasswordHashing;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The slow key-derivation function behind offline login: the one password hash of desk and server
 * ({@link PasswordHashing}, ADR 0108: PBKDF2-HMAC-SHA256, a random salt, OWASP's iteration count), so a
 * stolen desk database does not give away passwords cheaply. Salt and count are stored with each verifier;
 * a verifier made at a lower count still opens an offline login and is made again, at today's count, at
 * the next online login.
 *
 * <p>Scheme 1 (older desks) stored the PBKDF2 output itself. Scheme 2 stores only a verifier derived
 * from it and derives, from the same single PBKDF2 run, the key that wraps the person's secrets
 * ({@link #secrets}).
 */
public final class OfflineVerifier {

    /** Production strength: {@link PasswordHashing#OWASP_ITERATIONS}, as on the server. */
    public static final int DEFAULT_ITERATIONS = PasswordHashing.OWASP_ITERATIONS;

    private final PasswordHashing hashing;

    public OfflineVerifier(int iterations, SecureRandom random) {
        this.hashing = new PasswordHashing(iterations, random);
    }

    public int iterations() {
        return hashing.iterations();
    }

    public byte[] newSalt() {
        return hashing.newSalt();
    }

    public byte[] derive(char[] password, byte[] salt, int rounds) {
        return hashing.derive(password, salt, rounds);
    }

    /** Scheme 2: one slow derivation, giving the stored verifier and the (never stored) wrapping key. */
    public StaffSecrets secrets(char[] password, byte[] salt, int rounds) {
        byte[] master = derive(password, salt, rounds);
        try {
            return new StaffSecrets(label(master, "lom offline-login verifier v2"),
                    label(master, "lom staff key-wrapping v2"));
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    private static byte[] label(byte[] master, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Constant-time comparison of a password with a stored scheme-1 hash. */
    public boolean matches(char[] password, byte[] salt, int rounds, byte[] expected) {
        byte[] actual = derive(password, salt, rounds);
        try {
            return MessageDigest.isEqual(actual, expected);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }
}
