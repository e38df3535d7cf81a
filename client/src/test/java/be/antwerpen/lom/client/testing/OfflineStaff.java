package be.antwerpen.lom.client.testing;

import be.antwerpen.lom.client.auth.DeskDataKeyRelease;
import be.antwerpen.lom.client.auth.OfflineVerifier;
import be.antwerpen.lom.client.auth.StaffKeyring;
import be.antwerpen.lom.client.auth.StaffSecrets;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.PersonalDataLock;
import be.antwerpen.lom.client.store.PersonalDataVault;
import be.antwerpen.lom.client.store.StaffVerifier;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;

/**
 * Leaves a desk as a staff member's earlier online login would (ADR 0041, 0045): their offline
 * verifier and a copy of the desk's data key wrapped for them; the vault is left open, as after that
 * login. Personal data can then be seeded, and the same person can log in offline.
 */
public final class OfflineStaff {

    private OfflineStaff() {
    }

    public static void remember(LocalStore store, String username, String password, String staffJson, Instant at,
                                int iterations) {
        OfflineVerifier kdf = new OfflineVerifier(iterations, new SecureRandom());
        byte[] salt = kdf.newSalt();
        byte[] key = PersonalDataVault.newKey();
        try (StaffSecrets secrets = kdf.secrets(password.toCharArray(), salt, iterations)) {
            new PersonalDataLock(store).create(key, at);
            new StaffKeyring(store.database(), store.wrappedSecrets(), new SecureRandom())
                    .put(username, DeskDataKeyRelease.PURPOSE, key, secrets.wrappingKey());
            StaffVerifier verifier = new StaffVerifier(username, salt, secrets.verifier(), iterations, staffJson, at,
                    StaffVerifier.SCHEME_DERIVED);
            store.database().inTransaction(c -> {
                store.verifiers().save(c, verifier);
                return null;
            });
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
