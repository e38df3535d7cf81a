package be.antwerpen.lom.client.ui.sync;

import be.antwerpen.lom.client.agenda.LocalAgenda;
import be.antwerpen.lom.client.change.Subscription;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.store.OutboxStatus;
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

    public void reload() {
        tasks.run(() -> agenda.outbox().stream().filter(e -> e.status() != OutboxStatus.ACKED).toList(), loaded -> {
            items = loaded;
            listeners.forEach(Runnable::run);
        }, e -> { });
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
