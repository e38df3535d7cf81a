package be.antwerpen.lom.client.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Optional;

/**
 * Opens and closes the desk's personal data with a data key (ADR 0045), and changes the key when the
 * old one can no longer be had. Which key that is, and who may release it, is decided above the store
 * ({@code auth/DeskDataKeyRelease}); this class keeps the data consistent with the key in use.
 */
public final class PersonalDataLock {

    private final LocalStore store;

    public PersonalDataLock(LocalStore store) {
        this.store = store;
    }

    /** The id of the key that sealed this desk's data; empty on a desk that never had one. */
    public Optional<Integer> currentKeyId() {
        return store.database().inTransaction(store.dataKeys()::current);
    }

    public boolean open() {
        return store.vault().unlocked();
    }

    /**
     * Unlocks with the desk's key, then seals what an earlier build left in clear (once, after the
     * upgrade) and compacts the file so no clear page is left behind.
     *
     * @throws IllegalArgumentException when {@code key} is not the key that sealed this desk's data
     */
    public void unlock(byte[] key) {
        Optional<Integer> current = currentKeyId();
        if (current.isEmpty() || current.get() != PersonalDataVault.keyIdOf(key)) {
            throw new IllegalArgumentException("not this desk's data key");
        }
        store.vault().unlock(key);
        sealClearRows();
    }

    /** The first key of this desk (a fresh desk, or the first login after the upgrade). */
    public void create(byte[] key, Instant now) {
        int keyId = PersonalDataVault.keyIdOf(key);
        store.database().inTransaction(c -> {
            if (store.dataKeys().current(c).isPresent()) {
                throw new IllegalStateException("this desk already has a data key");
            }
            store.dataKeys().replace(c, keyId, now);
            return null;
        });
        store.vault().unlock(key);
        sealClearRows();
    }

    /**
     * Commands only this desk holds: those not yet sent, which only someone who can open the key that sealed them
     * can send, and those the server refused, which are the only copy of their citizen's data until someone
     * dismisses them (ADR 0143). A desk does not start over with a new key while any remain.
     */
    public int commandsOnlyThisDeskHolds() {
        return store.database().inTransaction(c -> store.outbox().count(c, OutboxStatus.PENDING)
                + store.outbox().count(c, OutboxStatus.REJECTED));
    }

    /**
     * The key is lost to everyone who can log in here now: the desk starts over with {@code key}. The
     * sealed copy of the server's data is discarded and pulled again as a snapshot (the server is
     * authoritative); commands the server applied or holds in a conflict leave the outbox (it holds them).
     * Refused while commands only this desk holds remain ({@link #commandsOnlyThisDeskHolds()}): those are never
     * discarded.
     */
    public void replace(byte[] key, Instant now) {
        int keyId = PersonalDataVault.keyIdOf(key);
        store.database().inTransaction(c -> {
            if (store.outbox().count(c, OutboxStatus.PENDING) + store.outbox().count(c, OutboxStatus.REJECTED) > 0) {
                throw new IllegalStateException("unsent and refused commands are sealed with the current key");
            }
            store.appointments().deleteAll(c);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM outbox WHERE status <> 'PENDING'")) {
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM pack_password")) {
                s.executeUpdate(); // sealed with the old key; the next pack draws a new one (ADR 0046)
            }
            store.syncState().requireSnapshot(c);
            store.dataKeys().replace(c, keyId, now);
            return null;
        });
        store.vault().unlock(key);
        store.database().checkpoint();
    }

    /** Drops the key from memory (logout, idle lock). */
    public void lock() {
        store.vault().lock();
    }

    private void sealClearRows() {
        int sealed = store.database().inTransaction(c -> store.appointments().sealUnsealedRows(c)
                + store.outbox().sealClearPayloads(c));
        if (sealed > 0) {
            store.database().compact();
        }
    }
}
