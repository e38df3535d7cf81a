package be.antwerpen.lom.client.ui.sync;

import be.antwerpen.lom.client.agenda.LocalAgenda;
import be.antwerpen.lom.client.change.Subscription;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.sync.DeskChanges;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The Sync screen without Swing: waiting, rejected and conflicting commands; sync now; dismiss. */
public final class SyncViewModel {

    private final LocalAgenda agenda;
    private final LocalStore store;
    private final Runnable syncNow;
    private final BackgroundTasks tasks;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private List<OutboxEntry> items = List.of();

    private boolean loading;
    private boolean again;

    public SyncViewModel(LocalAgenda agenda, LocalStore store, Runnable syncNow, BackgroundTasks tasks) {
        this.agenda = agenda;
        this.store = store;
        this.syncNow = syncNow;
        this.tasks = tasks;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Reloads the list after every step of the sync until closed. */
    public Subscription follow(DeskChanges changes) {
        return changes.onStatus(status -> tasks.onUi(this::reload));
    }

    /**
     * Reloads the list in the background; event thread only. Requests while a load is under way are served
     * by one more load after it is shown, so a catch-up's stream of status changes does not read the outbox once
     * per change (issue 16).
     */
    public void reload() {
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        again = false;
        tasks.run(agenda::unacknowledged, loaded -> {
            loaded(() -> {
                items = loaded;
                listeners.forEach(Runnable::run);
            });
        }, e -> loaded(() -> { }));
    }

    private void loaded(Runnable show) {
        loading = false;
        show.run();
        if (again) {
            reload();
        }
    }

    public List<OutboxEntry> items() {
        return items;
    }

    public void syncNow() {
        syncNow.run();
    }

    /** Removes a rejected or conflicting item the person has read. */
    public void dismiss(OutboxEntry entry) {
        tasks.run(() -> store.database().inTransaction(c -> store.outbox().dismiss(c, entry.sequence())),
                removed -> reload(), e -> { });
    }
}
