package be.antwerpen.lom.client.ui.sync;

import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.model.sync.Commands;
import java.time.LocalDateTime;

/**
 * One line of the Sync screen: a change the server has not acknowledged and whose it is (appointment code, the
 * citizen's name, the start and the location's name; {@code null} when it is about no appointment the desk holds).
 * Personal data is for the screen only: as text the item names no one.
 */
public record SyncItem(OutboxEntry entry, String code, String citizenName, LocalDateTime start, String locationName) {

    /**
     * Whether this is a booking or walk-in made here that the server refused: the server kept nothing of it, so this
     * line holds the only copy of the citizen's data and its dismissal must be confirmed (ADR 0143).
     */
    public boolean refusedBooking() {
        return entry.status() == OutboxStatus.REJECTED
                && (entry.payload() instanceof Commands.Book || entry.payload() instanceof Commands.RegisterWalkIn);
    }

    @Override
    public String toString() {
        return "SyncItem[entry=" + entry + ", appointment=" + (code == null ? "none" : "***") + "]";
    }
}
