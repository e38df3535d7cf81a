package be.antwerpen.lom.client.store;

import java.time.Instant;

/**
 * What the desk keeps to let a staff member log in offline: a slow-KDF verifier, never the password.
 *
 * @param scheme 1: {@code hash} is the KDF output itself (older desks); 2: {@code hash} is a verifier
 *               derived from it, and the same output gives the key that wraps the person's secrets
 */
public record StaffVerifier(String username, byte[] salt, byte[] hash, int iterations, String staffJson,
                            Instant lastOnlineLogin, int scheme) {

    public static final int SCHEME_RAW_KDF = 1;
    public static final int SCHEME_DERIVED = 2;
}
