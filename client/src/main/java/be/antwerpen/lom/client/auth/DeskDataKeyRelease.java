package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.client.store.LocalDatabase;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.PersonalDataLock;
import be.antwerpen.lom.client.store.PersonalDataVault;
import be.antwerpen.lom.client.store.StaffWrappedSecretStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A staff login releases the desk's data key (ADR 0045). The key is stored only wrapped: once per
 * staff member, with the wrapping key their password gives ({@link StaffSecrets}), so an offline login
 * opens the data exactly like an online one; and once under the desk's escrow key, which the server
 * hands only to a staff member working at this desk's location, calling with the desk's own (not
 * revoked) credentials. The escrow key is never stored on the desk.
 * <ul>
 *   <li>A desk without a key makes one at the first login and wraps it for that person (and under the
 *       escrow key, online).</li>
 *   <li>A person with a wrapped copy of the current key opens it.</li>
 *   <li>A person without one gets a copy when the key is in memory (a colleague's session) or, online,
 *       from the escrowed copy: so after a shift change everyone who logged in online here can later
 *       log in offline and open the data.</li>
 *   <li>Every online login escrows the key in memory when the escrowed copy is missing (a desk from
 *       before the escrow) or stale.</li>
 *   <li>Only when neither the person's copy nor the escrowed one opens, online, the desk starts over
 *       with a new key: its copy of the server's data is pulled again, colleagues' copies of the old key
 *       are forgotten. Not while unsent commands are sealed with the old key (a colleague who holds it
 *       must log in and send them first), and never offline: such a login is refused, the data stays
 *       sealed.</li>
 * </ul>
 */
public final class DeskDataKeyRelease {

    /** The purpose under which the desk's data key is wrapped in the {@link StaffKeyring}. */
    public static final String PURPOSE = "desk-data-key";
    /** The purpose under which the data key is kept wrapped under the desk's escrow key. */
    public static final String ESCROW_PURPOSE = "desk-data-key-escrow";
    /** The holder of the escrowed copy: no staff member can have an empty username. */
    static final String ESCROW_HOLDER = "";
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
    public static DeskDataKeyRelease forStore(LocalStore store, Clock clock,
                                              SecureRandom random) {
        return new DeskDataKeyRelease(new PersonalDataLock(store), store.vault(),
                new StaffKeyring(store.database(), store.wrappedSecrets(), random), store.database(),
                store.wrappedSecrets(), clock);
    }

    /** Opens the desk's personal data without the escrow key (offline, or the server did not give it). */
    public void release(String username, byte[] wrappingKey, boolean online) {
        release(username, wrappingKey, online, null);
    }

    /**
     * Opens the desk's personal data for a person whose password was just verified.
     *
     * @param wrappingKey from that password (null for an old offline verifier, which wraps nothing)
     * @param online whether the server confirmed the password just now
     * @param escrowKey the desk's escrow key the server just handed out, or null
     * @throws LoginRefusedException when the data cannot be opened for this person now
     */
    public void release(String username, byte[] wrappingKey, boolean online, byte[] escrowKey) {
        Optional<Integer> current = lock.currentKeyId();
        if (current.isEmpty()) {
            if (wrappingKey == null) {
                throw new LoginRefusedException(LoginRefusal.OFFLINE_NO_DATA_KEY);
            }
            withNewKey(key -> {
                keyring.put(username, PURPOSE, key, wrappingKey);
                escrow(key, escrowKey);
                lock.create(key, clock.instant());
            });
            LOG.info("made this desk's data key");
            return;
        }
        if (wrappingKey != null) {
            if (openWith(keyring.open(username, PURPOSE, wrappingKey), current.get(), key -> {
                lock.unlock(key);
                keepEscrowed(key, escrowKey);
            })) {
                return;
            }
            if (vault.unlocked() && vault.keyId() == current.get() && shareHeldKey(username, wrappingKey)) {
                vault.copyOfKey().ifPresent(key -> {
                    try {
                        keepEscrowed(key, escrowKey);
                    } finally {
                        Arrays.fill(key, (byte) 0);
                    }
                });
                return;
            }
            if (online && escrowKey != null && openWith(keyring.open(ESCROW_HOLDER, ESCROW_PURPOSE, escrowKey),
                    current.get(), key -> {
                        keyring.put(username, PURPOSE, key, wrappingKey);
                        lock.unlock(key);
                    })) {
                LOG.info("gave a staff member a copy of this desk's data key from the escrowed one");
                return;
            }
        }
        if (!online || wrappingKey == null) {
            throw new LoginRefusedException(LoginRefusal.OFFLINE_NO_DATA_KEY);
        }
        if (lock.commandsOnlyThisDeskHolds() > 0) {
            throw new LoginRefusedException(LoginRefusal.DATA_KEY_WITH_COLLEAGUE);
        }
        withNewKey(key -> {
            database.inTransaction(c -> {
                wrapped.deletePurpose(c, PURPOSE);
                wrapped.deletePurpose(c, ESCROW_PURPOSE);
                return null;
            });
            keyring.put(username, PURPOSE, key, wrappingKey);
            escrow(key, escrowKey);
            lock.replace(key, clock.instant());
        });
        LOG.info("this desk's data key could not be released; started over with a new key and a snapshot");
    }

    /** Whether there is a copy of the desk's current key: if so, {@code use} gets it (then it is wiped). */
    private static boolean openWith(Optional<byte[]> opened, int currentKeyId, Consumer<byte[]> use) {
        if (opened.isEmpty()) {
            return false;
        }
        byte[] key = opened.get();
        try {
            if (PersonalDataVault.keyIdOf(key) != currentKeyId) {
                return false;
            }
            use.accept(key);
            return true;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Escrows {@code key} unless the escrowed copy already is this key. */
    private void keepEscrowed(byte[] key, byte[] escrowKey) {
        if (escrowKey == null) {
            return;
        }
        Optional<byte[]> escrowed = keyring.open(ESCROW_HOLDER, ESCROW_PURPOSE, escrowKey);
        boolean same = escrowed.isPresent() && Arrays.equals(escrowed.get(), key);
        escrowed.ifPresent(k -> Arrays.fill(k, (byte) 0));
        if (!same) {
            escrow(key, escrowKey);
            LOG.info("escrowed this desk's data key");
        }
    }

    private void escrow(byte[] key, byte[] escrowKey) {
        if (escrowKey != null) {
            keyring.put(ESCROW_HOLDER, ESCROW_PURPOSE, key, escrowKey);
        }
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

    private static void withNewKey(Consumer<byte[]> use) {
        byte[] key = PersonalDataVault.newKey();
        try {
            use.accept(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
