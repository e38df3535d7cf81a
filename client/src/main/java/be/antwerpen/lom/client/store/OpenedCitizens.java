package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.citizen.Citizen;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The citizens of the day's appointments that the screens have already opened, in memory only (never written
 * anywhere), so that the Today screen re-reading 2,500 appointments after every sync batch opens (AES-GCM) only
 * the rows that changed (issue 16). An entry is used only for exactly the same sealed bytes (every write seals
 * anew with a fresh nonce, so a changed row never matches) and under the data key it was opened with; the vault
 * empties the memo when it locks. At most {@link #CAPACITY} appointments are kept.
 */
final class OpenedCitizens {

    static final int CAPACITY = 20_000;

    private record Opened(int keyId, byte[] sealed, Citizen citizen) {
    }

    private final Map<UUID, Opened> opened = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Opened> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The citizen opened earlier from exactly these sealed bytes under the same key, or null. */
    synchronized Citizen find(UUID appointmentId, int keyId, byte[] sealed) {
        Opened found = opened.get(appointmentId);
        return found != null && keyId != 0 && found.keyId() == keyId && Arrays.equals(found.sealed(), sealed)
                ? found.citizen() : null;
    }

    synchronized void keep(UUID appointmentId, int keyId, byte[] sealed, Citizen citizen) {
        if (keyId != 0) {
            opened.put(appointmentId, new Opened(keyId, sealed.clone(), citizen));
        }
    }

    /** Forgets everything (the vault locked). */
    synchronized void clear() {
        opened.clear();
    }
}
