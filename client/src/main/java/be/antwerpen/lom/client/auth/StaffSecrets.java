package be.antwerpen.lom.client.auth;

import java.util.Arrays;

/**
 * What one slow key derivation of a staff member's password gives the desk: a verifier it may store
 * (offline login) and a wrapping key it never stores (it opens that person's secrets in the
 * {@link StaffKeyring}). Both come from the same PBKDF2 output through HMAC-SHA256 with distinct
 * labels, so a login costs one slow hash and the stored verifier does not reveal the wrapping key.
 */
public final class StaffSecrets implements AutoCloseable {

    private final byte[] verifier;
    private final byte[] wrappingKey;

    StaffSecrets(byte[] verifier, byte[] wrappingKey) {
        this.verifier = verifier;
        this.wrappingKey = wrappingKey;
    }

    /** The value stored on disk to check the password offline. */
    public byte[] verifier() {
        return verifier.clone();
    }

    /** The key that wraps this person's secrets on this desk; the caller wipes its copy. */
    public byte[] wrappingKey() {
        return wrappingKey.clone();
    }

    @Override
    public void close() {
        Arrays.fill(verifier, (byte) 0);
        Arrays.fill(wrappingKey, (byte) 0);
    }
}
