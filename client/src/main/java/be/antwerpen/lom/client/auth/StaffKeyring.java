package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.client.store.LocalDatabase;
import be.antwerpen.lom.client.store.StaffWrappedSecretStore;
import be.antwerpen.lom.client.store.StaffWrappedSecretStore.WrappedSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps a staff member's secrets on this desk, each encrypted (AES-256-GCM) with the wrapping key that
 * only their password releases ({@link StaffSecrets}). The username and purpose are bound to the
 * ciphertext as associated data, so a secret cannot be moved to another person or use.
 */
public final class StaffKeyring {

    /** The key with which the desk proves which staff member made a command (ADR 0032). */
    public static final String ACTOR_PROOF_KEY = "actor-proof-key";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final LocalDatabase database;
    private final StaffWrappedSecretStore store;
    private final SecureRandom random;

    public StaffKeyring(LocalDatabase database, StaffWrappedSecretStore store, SecureRandom random) {
        this.database = database;
        this.store = store;
        this.random = random;
    }

    public void put(String username, String purpose, byte[] secret, byte[] wrappingKey) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, wrappingKey, nonce, username, purpose, secret);
        database.inTransaction(c -> {
            store.save(c, username, purpose, new WrappedSecret(nonce, ciphertext));
            return null;
        });
    }

    /** The secret in clear, or empty when there is none or it was wrapped with another key (old password). */
    public Optional<byte[]> open(String username, String purpose, byte[] wrappingKey) {
        Optional<WrappedSecret> stored = database.inTransaction(c -> store.find(c, username, purpose));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(crypt(Cipher.DECRYPT_MODE, wrappingKey, stored.get().nonce(), username, purpose,
                    stored.get().ciphertext()));
        } catch (WrongKeyException e) {
            return Optional.empty();
        }
    }

    /** Forgets every secret of this person on this desk. */
    public void forget(String username) {
        database.inTransaction(c -> {
            store.deleteAll(c, username);
            return null;
        });
    }

    private static byte[] crypt(int mode, byte[] key, byte[] nonce, String username, String purpose, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD((username + "\n" + purpose).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new WrongKeyException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The ciphertext does not open with this key: wrapped under an earlier password, or altered. */
    private static final class WrongKeyException extends RuntimeException {
        WrongKeyException() {
            super("the secret does not open with this key");
        }
    }
}
