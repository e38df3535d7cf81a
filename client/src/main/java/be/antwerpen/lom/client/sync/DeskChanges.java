package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.client.change.ChangeFeed;
import be.antwerpen.lom.client.change.Subscription;
import java.util.function.Consumer;

/**
 * What changed on this desk, for whoever shows or follows it: the sync status after every step of the
 * engine, and the local data after a sync brought changes or a counter action, booking or re-keyed form
 * stored a command. Views subscribe while they are shown and close the subscription when they go (ADR 0105).
 * Listeners run on the thread that made the change; views hand over to the event thread themselves.
 */
public final class DeskChanges {

    /** Where a change of the local data came from. */
    public enum DataChange {
        /** A sync round wrote what it pulled or what the server answered. */
        SYNCED,
        /** Something done at this desk stored a command. */
        LOCAL
    }

    private final ChangeFeed<SyncStatus> statuses = new ChangeFeed<>();
    private final ChangeFeed<DataChange> data = new ChangeFeed<>();
    private final Runnable sendSoon;
    private volatile SyncStatus latest = SyncStatus.initial();
    private long seenDataVersion = -1;

    /** @param sendSoon asks the sync to send a command stored locally soon */
    public DeskChanges(Runnable sendSoon) {
        this.sendSoon = sendSoon;
    }

    /** The sync engine's listener: every status goes out; one whose data version moved is a data change too. */
    public void syncStatusChanged(SyncStatus status) {
        latest = status;
        boolean dataChanged;
        synchronized (this) {
            dataChanged = status.dataVersion() != seenDataVersion;
            seenDataVersion = status.dataVersion();
        }
        statuses.publish(status);
        if (dataChanged) {
            data.publish(DataChange.SYNCED);
        }
    }

    /** Something done at this desk stored a command: views reload, and the sync sends it soon. */
    public void localWrite() {
        data.publish(DataChange.LOCAL);
        sendSoon.run();
    }

    /** Follows the sync status; the latest one is delivered at once. */
    public Subscription onStatus(Consumer<SyncStatus> listener) {
        Subscription subscription = statuses.subscribe(listener);
        listener.accept(latest);
        return subscription;
    }

    /** Follows changes of the local data (not the status-only steps of the sync). */
    public Subscription onDataChanged(Consumer<DataChange> listener) {
        return data.subscribe(listener);
    }

    /** The last status the engine published. */
    public SyncStatus status() {
        return latest;
    }
}
