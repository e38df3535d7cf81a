package be.antwerpen.lom.client.store;

import java.time.Instant;

/** What the desk keeps to let a staff member log in offline: a slow-KDF hash, never the password. */
public record StaffVerifier(String username, byte[] salt, byte[] hash, int iterations, String staffJson,
                            Instant lastOnlineLogin) {
}
