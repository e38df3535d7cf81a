package be.antwerpen.lom.model.password;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The one password hash of desk and server (ADR 0108): PBKDF2-HMAC-SHA256 with a 16-byte random salt and
 * {@value #OWASP_ITERATIONS} iterations (OWASP's Password Storage Cheat Sheet), JDK crypto only.
 *
 * <p>An encoded hash says its scheme and iteration count, {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}
 * (base64 without padding), so a hash made at an older strength still verifies with the count it was made
 * with; {@link #needsRehash} tells the caller to store a new one after the next successful login. The desk
 * keeps salt and count in columns of its own and uses {@link #derive} as its one slow step per login.
 */
public final class PasswordHashing {

    /** PBKDF2-HMAC-SHA256 iterations OWASP asks for today. */
    public static final int OWASP_ITERATIONS = 600_000;
    public static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random;

    /** Hashes with {@code iterations} (tests use a low count; production {@link #OWASP_ITERATIONS}). */
    public PasswordHashing(int iterations, SecureRandom random) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
        this.random = random;
    }

    /** The iteration count of new hashes. */
    public int iterations() {
        return iterations;
    }

    public byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return salt;
    }

    /** The slow step: 32 bytes of PBKDF2-HMAC-SHA256 of {@code password} (not wiped; the caller owns it). */
    public byte[] derive(char[] password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** A new encoded hash of {@code password} at this strength. */
    public String hash(char[] password) {
        byte[] salt = newSalt();
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        try {
            return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        } finally {
            Arrays.fill(hash, (byte) 0);
        }
    }

    /**
     * An encoded hash at this strength that no password matches: a random salt and 32 random bytes where the
     * hash would be, made without the slow step. Verifying a password against it costs exactly what verifying
     * against a real hash of this strength costs, so a login for an unknown name takes as long as one for a
     * known name, from the very first (no derivation at start either).
     */
    public String decoy() {
        byte[] notAHash = new byte[HASH_BITS / 8];
        random.nextBytes(notAHash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(newSalt()) + "$" + b64.encodeToString(notAHash);
    }

    /**
     * Whether {@code password} matches the encoded hash, compared in constant time, with the iteration
     * count stored in it. False for a hash that is not of this scheme or cannot be read.
     */
    public boolean verify(char[] password, String encoded) {
        Encoded parsed = Encoded.parse(encoded);
        if (parsed == null) {
            return false;
        }
        byte[] actual = derive(password, parsed.salt(), parsed.iterations());
        try {
            return MessageDigest.isEqual(parsed.hash(), actual);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }

    /** Whether a stored hash is weaker than new ones (fewer iterations, or another scheme): hash again. */
    public boolean needsRehash(String encoded) {
        Encoded parsed = Encoded.parse(encoded);
        return parsed == null || parsed.iterations() < iterations;
    }

    private record Encoded(int iterations, byte[] salt, byte[] hash) {

        static Encoded parse(String encoded) {
            if (encoded == null) {
                return null;
            }
            String[] parts = encoded.split("\\$");
            if (parts.length != 4 || !parts[0].equals(SCHEME)) {
                return null;
            }
            try {
                int rounds = Integer.parseInt(parts[1]);
                Base64.Decoder b64 = Base64.getDecoder();
                return rounds < 1 ? null : new Encoded(rounds, b64.decode(parts[2]), b64.decode(parts[3]));
            } catch (IllegalArgumentException unreadable) {
                return null;
            }
        }
    }
}
