package be.antwerpen.lom.client.store;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The desk's data key in memory (ADR 0045): citizens' personal data in the local store is sealed with
 * it (Google Tink AEAD, AES-256-GCM) before it is written, so the database file, its write-ahead log
 * and SQLite's temporary files only ever hold ciphertext. The key is never on disk in clear: a staff
 * login releases it ({@code auth/DeskDataKeyRelease}); logout and the idle lock {@link #lock()} it
 * again. While locked, reading or writing personal data fails with {@link PersonalDataLockedException};
 * nothing is written in clear instead.
 *
 * <p>The associated data of each ciphertext names its table and row, so a sealed value cannot be
 * moved to another row unnoticed.
 */
public final class PersonalDataVault {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile Aead aead;
    private volatile int keyId;
    private byte[] key;
    private final List<Runnable> whenLocked = new CopyOnWriteArrayList<>();

    /** A fresh data key as a serialized Tink keyset; the caller wraps it for a staff member and wipes it. */
    public static byte[] newKey() {
        try {
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            return TinkProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not make a data key", e);
        }
    }

    /**
     * Opens the vault with a serialized keyset (the caller wipes its copy).
     *
     * @throws IllegalArgumentException when the bytes are not a data key
     */
    public synchronized void unlock(byte[] key) {
        try {
            KeysetHandle handle = TinkProtoKeysetFormat.parseKeyset(key, InsecureSecretKeyAccess.get());
            lock();
            aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
            keyId = handle.getKeysetInfo().getPrimaryKeyId();
            this.key = key.clone();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a data key", e);
        }
    }

    /** Drops the key: personal data can be neither read nor written until the next {@link #unlock}. */
    public synchronized void lock() {
        aead = null;
        keyId = 0;
        if (key != null) {
            Arrays.fill(key, (byte) 0);
            key = null;
        }
        whenLocked.forEach(Runnable::run);
    }

    /**
     * Runs {@code forget} whenever the key is dropped (a lock, or an unlock with another key): what was opened
     * and kept in memory for the screens ({@link OpenedCommands}, {@link OpenedCitizens}) goes with the key.
     */
    void whenLocked(Runnable forget) {
        whenLocked.add(forget);
    }

    /** A copy of the key the vault holds, to wrap it for the person logging in; the caller wipes it. */
    public synchronized Optional<byte[]> copyOfKey() {
        return Optional.ofNullable(key).map(byte[]::clone);
    }

    /** The id of the primary key in a serialized data key. */
    public static int keyIdOf(byte[] key) {
        try {
            return TinkProtoKeysetFormat.parseKeyset(key, InsecureSecretKeyAccess.get()).getKeysetInfo()
                    .getPrimaryKeyId();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a data key", e);
        }
    }

    public boolean unlocked() {
        return aead != null;
    }

    /** The id of the key the vault holds (0 when locked): tells whether a stored key is the one in use. */
    public int keyId() {
        return keyId;
    }

    byte[] seal(byte[] plain, String context) {
        try {
            return current().encrypt(plain, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new StoreException("could not seal personal data", e);
        }
    }

    /**
     * Opens a sealed value.
     *
     * @throws SealedWithAnotherKeyException when it was sealed with another key (or altered)
     */
    byte[] open(byte[] sealed, String context) {
        try {
            return current().decrypt(sealed, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new SealedWithAnotherKeyException();
        }
    }

    private Aead current() {
        Aead current = aead;
        if (current == null) {
            throw new PersonalDataLockedException();
        }
        return current;
    }
}
