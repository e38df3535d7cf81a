package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.sync.SyncCommand;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;

/** A desk store in a test folder with its personal data unlocked, and commands put into its outbox. */
final class UnlockedStores {

    private UnlockedStores() {
    }

    /** Opens the store in {@code dir} and unlocks it with a new data key, as the first login does. */
    static LocalStore open(Path dir, ObjectMapper json) {
        LocalStore store = LocalStore.open(dir, json);
        new PersonalDataLock(store).create(PersonalDataVault.newKey(), Instant.now());
        return store;
    }

    /** Appends {@code commands} to the outbox, in one transaction. */
    static void append(LocalStore store, SyncCommand... commands) {
        store.database().inTransaction(c -> {
            for (SyncCommand command : commands) {
                store.outbox().append(c, command);
            }
            return null;
        });
    }
}
