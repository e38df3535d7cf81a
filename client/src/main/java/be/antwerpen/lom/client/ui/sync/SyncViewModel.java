package be.antwerpen.lom.client.ui.sync;

import be.antwerpen.lom.client.agenda.LocalAgenda;
import be.antwerpen.lom.client.agenda.UnacknowledgedCommand;
import be.antwerpen.lom.client.change.Subscription;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.sync.DeskChanges;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.PacedReloads;
import be.antwerpen.lom.model.appointment.Appointment;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The Sync screen without Swing: waiting, rejected and conflicting commands and whose they are; sync now; dismiss,
 * confirmed first when it would lose the only copy of a citizen's booking.
 */
public final class SyncViewModel {

    private final LocalAgenda agenda;
    private final LocalStore store;
    private final Runnable syncNow;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Function<String, String> locationName;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private List<SyncItem> items = List.of();
    private final PacedReloads reloads;

    /** @param locationName a location's name by its id (names, not ids, on screen) */
    public SyncViewModel(LocalAgenda agenda, LocalStore store, Runnable syncNow, BackgroundTasks tasks,
                         Messages messages, Function<String, String> locationName) {
        this(agenda, store, syncNow, tasks, messages, locationName, PacedReloads::unpaced);
    }

    /** @param pacing how reloads are paced, given the load (e.g. {@link PacedReloads#withSwingTimer}) */
    public SyncViewModel(LocalAgenda agenda, LocalStore store, Runnable syncNow, BackgroundTasks tasks,
                         Messages messages, Function<String, String> locationName,
                         Function<Consumer<Runnable>, PacedReloads> pacing) {
        this.agenda = agenda;
        this.store = store;
        this.syncNow = syncNow;
        this.tasks = tasks;
        this.messages = messages;
        this.locationName = locationName;
        this.reloads = pacing.apply(this::load);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Reloads the list after the steps of the sync until closed, paced (a catch-up reports every batch). */
    public Subscription follow(DeskChanges changes) {
        return follow(changes, () -> true);
    }

    /**
     * As {@link #follow(DeskChanges)}, but only while {@code shown} says the screen is on view (asked on the event
     * thread); behind another tab it reloads when it is selected.
     */
    public Subscription follow(DeskChanges changes, BooleanSupplier shown) {
        return changes.onStatus(status -> tasks.onUi(() -> {
            if (shown.getAsBoolean()) {
                reloads.afterSync();
            }
        }));
    }

    /**
     * Reloads the list in the background as soon as possible, one load at a time (a request while a load is under
     * way is served by one more load after it); event thread only.
     */
    public void reload() {
        reloads.now();
    }

    private void load(Runnable ended) {
        tasks.run(() -> agenda.unacknowledgedWithAppointments().stream().map(this::item).toList(), loaded -> {
            try {
                items = loaded;
                listeners.forEach(Runnable::run);
            } finally {
                ended.run();
            }
        }, e -> ended.run());
    }

    private SyncItem item(UnacknowledgedCommand command) {
        if (command.appointment().isEmpty()) {
            return new SyncItem(command.command(), null, null, null, null);
        }
        Appointment a = command.appointment().get();
        return new SyncItem(command.command(), a.code(), a.citizen().givenName() + " " + a.citizen().familyName(),
                a.start(), locationName.apply(a.locationId()));
    }

    public List<SyncItem> items() {
        return items;
    }

    /** The start of the item's appointment as the screen shows it ({@code ma 30/11/2026 11:00}); empty when none. */
    public String startText(SyncItem item) {
        return item.start() == null ? ""
                : messages.dayWithWeekday().format(item.start()) + " " + messages.time().format(item.start());
    }

    public void syncNow() {
        syncNow.run();
    }

    /**
     * The question before a refused booking or walk-in leaves the list: it names the citizen and says they must be
     * contacted, since the server kept nothing.
     */
    public String dismissQuestion(SyncItem item) {
        return messages.get("confirm.dismissRefused." + item.entry().commandType(), item.citizenName(), item.code(),
                startText(item), item.locationName());
    }

    /**
     * Removes a rejected or conflicting item the person has read (a waiting one stays). A refused booking or walk-in
     * is removed only when {@code confirm} answers yes to {@link #dismissQuestion}; event thread.
     */
    public void dismiss(SyncItem item, Predicate<String> confirm) {
        if (item.refusedBooking() && !confirm.test(dismissQuestion(item))) {
            return;
        }
        tasks.run(() -> store.database().inTransaction(c -> store.outbox().dismiss(c, item.entry().sequence())),
                removed -> reload(), e -> { });
    }
}
