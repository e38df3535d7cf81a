package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.sync.CommandPayload;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The outbox commands the screens have already opened and parsed, in memory only (never written anywhere),
 * so that a screen reloading the outbox after every sync batch does not open (AES-GCM), decode and parse every
 * sealed payload and its device time again (issue 16). A command's payload, device time and actor never change
 * once it is in the outbox (the sealing of a clear payload keeps its text), so an entry is found by the command's
 * id and is used only while the stored text still has the length and the last {@link #TAIL} characters it had (for a
 * sealed payload they hold the AES-GCM tag, which differs for any other content or nonce), so a hit does not even
 * fetch the payload column; the columns that do change (sequence, status, reason, conflict) are always read.
 *
 * <p>Personal data: an entry is served only under the data key it was opened with ({@link PersonalDataVault#keyId()}),
 * and the vault empties the memo when it locks (logout, idle lock, another key), so a locked desk shows nothing
 * from it. At most {@link #CAPACITY} commands are kept (least recently read leave first).
 */
final class OpenedCommands {

    /** Enough for a catch-up of 10,000 commands and the day's own; beyond it the oldest are opened again. */
    static final int CAPACITY = 20_000;

    /** How many characters at the end of the stored payload identify it (base64 of more than the 16-byte tag). */
    static final int TAIL = 32;

    /**
     * What was opened from one row, with the row's other columns that never change (entity, actor, type, proof,
     * device time); {@code payload} is null when this build cannot read the command.
     */
    record Opened(int keyId, int storedLength, String storedTail, CommandPayload payload, String text,
                  Instant deviceTime, UUID entityId, String actor, String commandType, String actorProof) {

        boolean matches(int currentKeyId, int length, String tail) {
            return keyId == currentKeyId && storedLength == length && storedTail.equals(tail);
        }
    }

    /** The identifying end of a stored payload, as {@code substr(payload, -TAIL)} gives it in SQL. */
    static String tail(String stored) {
        return stored.length() <= TAIL ? stored : stored.substring(stored.length() - TAIL);
    }

    private final Map<UUID, Opened> opened = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Opened> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The entry opened earlier from the same stored text under the same key, or null. */
    synchronized Opened find(UUID commandId, int keyId, int storedLength, String storedTail) {
        Opened found = opened.get(commandId);
        return found != null && keyId != 0 && storedTail != null && found.matches(keyId, storedLength, storedTail)
                ? found : null;
    }

    synchronized void keep(UUID commandId, Opened entry) {
        if (entry.keyId() != 0) {
            opened.put(commandId, entry);
        }
    }

    /** Forgets everything (the vault locked). */
    synchronized void clear() {
        opened.clear();
    }

    synchronized int size() {
        return opened.size();
    }
}
