package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.client.store.LocalDatabase;
import be.antwerpen.lom.client.store.PersonalDataLock;
import be.antwerpen.lom.client.store.PersonalDataVault;
import be.antwerpen.lom.client.store.StaffWrappedSecretStore;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A staff login releases the desk's data key (ADR 0045). The key is stored only wrapped, once per
 * staff member, with the wrapping key their password gives ({@link StaffSecrets}); so an offline login
 * opens the data exactly like an online one.
 * <ul>
 *   <li>A desk without a key makes one at the first login and wraps it for that person.</li>
 *   <li>A person with a wrapped copy of the current key opens it.</li>
 *   <li>A person without one gets a copy when the key is in memory (a colleague's session).</li>
 *   <li>Otherwise, online, the desk starts over with a new key: its copy of the server's data is
 *       pulled again, colleagues' copies of the old key are forgotten. Not while unsent commands are
 *       sealed with the old key (a colleague who holds it must log in and send them first), and never
 *       offline: such a login is refused, the data stays sealed.</li>
 * </ul>
 */
public final class DeskDataKeyRelease {

    /** The purpose under which the desk's data key is wrapped in the {@link StaffKeyring}. */
    public static final String PURPOSE = "desk-data-key";
    private static final Logger LOG = LoggerFactory.getLogger(DeskDataKeyRelease.class);

    private final PersonalDataLock lock;
    private final PersonalDataVault vault;
    private final StaffKeyring keyring;
    private final LocalDatabase database;
    private final StaffWrappedSecretStore wrapped;
    private final Clock clock;

    public DeskDataKeyRelease(PersonalDataLock lock, PersonalDataVault vault, StaffKeyring keyring,
                              LocalDatabase database, StaffWrappedSecretStore wrapped, Clock clock) {
        this.lock = lock;
        this.vault = vault;
        this.keyring = keyring;
        this.database = database;
        this.wrapped = wrapped;
        this.clock = clock;
    }

    /** The release for the desk that keeps its data in {@code store}. */
    public static DeskDataKeyRelease forStore(be.antwerpen.lom.client.store.LocalStore store, Clock clock,
                                              java.security.SecureRandom random) {
        return new DeskDataKeyRelease(new PersonalDataLock(store), store.vault(),
                new StaffKeyring(store.database(), store.wrappedSecrets(), random), store.database(),
                store.wrappedSecrets(), clock);
    }

    /**
     * Opens the desk's personal data for a person whose password was just verified.
     *
     * @param wrappingKey from that password (null for an old offline verifier, which wraps nothing)
     * @param online whether the server confirmed the password just now
     * @throws LoginRefusedException when the data cannot be opened for this person now
     */
    public void release(String username, byte[] wrappingKey, boolean online) {
        Optional<Integer> current = lock.currentKeyId();
        if (current.isEmpty()) {
            if (wrappingKey == null) {
                throw new LoginRefusedException(LoginRefusal.OFFLINE_NO_DATA_KEY);
            }
            withNewKey(key -> {
                keyring.put(username, PURPOSE, key, wrappingKey);
                lock.create(key, clock.instant());
            });
            LOG.info("made this desk's data key");
            return;
        }
        if (wrappingKey != null) {
            Optional<byte[]> own = keyring.open(username, PURPOSE, wrappingKey);
            if (own.isPresent()) {
                byte[] key = own.get();
                try {
                    if (PersonalDataVault.keyIdOf(key) == current.get()) {
                        lock.unlock(key);
                        return;
                    }
                } finally {
                    Arrays.fill(key, (byte) 0);
                }
            }
            if (vault.unlocked() && vault.keyId() == current.get() && shareHeldKey(username, wrappingKey)) {
                return;
            }
        }
        if (!online || wrappingKey == null) {
            throw new LoginRefusedException(LoginRefusal.OFFLINE_NO_DATA_KEY);
        }
        if (lock.unsentCommands() > 0) {
            throw new LoginRefusedException(LoginRefusal.DATA_KEY_WITH_COLLEAGUE);
        }
        withNewKey(key -> {
            database.inTransaction(c -> {
                wrapped.deletePurpose(c, PURPOSE);
                return null;
            });
            keyring.put(username, PURPOSE, key, wrappingKey);
            lock.replace(key, clock.instant());
        });
        LOG.info("this desk's data key could not be released; started over with a new key and a snapshot");
    }

    /** Wraps the key in memory for this person again (e.g. their password changed while logged in). */
    public void rewrap(String username, byte[] wrappingKey) {
        if (vault.unlocked()) {
            shareHeldKey(username, wrappingKey);
        }
    }

    /** Logout and idle lock: the key leaves memory. */
    public void lock() {
        lock.lock();
    }

    public boolean open() {
        return lock.open();
    }

    private boolean shareHeldKey(String username, byte[] wrappingKey) {
        Optional<byte[]> held = vault.copyOfKey();
        if (held.isEmpty()) {
            return false;
        }
        try {
            keyring.put(username, PURPOSE, held.get(), wrappingKey);
            return true;
        } finally {
            Arrays.fill(held.get(), (byte) 0);
        }
    }

    private static void withNewKey(java.util.function.Consumer<byte[]> use) {
        byte[] key = PersonalDataVault.newKey();
        try {
            use.accept(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
