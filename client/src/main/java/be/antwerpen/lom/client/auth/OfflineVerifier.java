package be.antwerpen.lom.client.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.SecretKeySpec;
import javax.crypto.spec.PBEKeySpec;

/**
 * The slow key-derivation function behind offline login: PBKDF2-HMAC-SHA256 with a random salt and
 * a high iteration count, so a stolen desk database does not give away passwords cheaply.
 *
 * <p>Scheme 1 (older desks) stored the PBKDF2 output itself. Scheme 2 stores only a verifier derived
 * from it and derives, from the same single PBKDF2 run, the key that wraps the person's secrets
 * ({@link #secrets}).
 */
public final class OfflineVerifier {

    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random;

    public OfflineVerifier(int iterations, SecureRandom random) {
        this.iterations = iterations;
        this.random = random;
    }

    public int iterations() {
        return iterations;
    }

    public byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return salt;
    }

    public byte[] derive(char[] password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        } finally {
            spec.clearPassword();
        }
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
