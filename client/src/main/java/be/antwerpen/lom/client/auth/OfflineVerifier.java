package be.antwerpen.lom.client.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The slow key-derivation function behind offline login: PBKDF2-HMAC-SHA256 with a random salt and
 * a high iteration count, so a stolen desk database does not give away passwords cheaply.
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

    /** Constant-time comparison of a password with a stored hash. */
    public boolean matches(char[] password, byte[] salt, int rounds, byte[] expected) {
        byte[] actual = derive(password, salt, rounds);
        try {
            return MessageDigest.isEqual(actual, expected);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }
}
