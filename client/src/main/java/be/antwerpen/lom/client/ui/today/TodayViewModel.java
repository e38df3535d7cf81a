package be.antwerpen.lom.client.ui.today;

import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.agenda.LocalAgenda;
import be.antwerpen.lom.client.change.Subscription;
import be.antwerpen.lom.client.counter.CounterActions;
import be.antwerpen.lom.client.sync.DeskChanges;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.FailureMessages;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.PacedReloads;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.reference.OpeningCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Today screen without Swing: the day's agenda, search and filter, counts, the selected
 * appointment and the counter actions on it. Loading and actions run through {@link BackgroundTasks};
 * listeners are told on the UI thread.
 */
public final class TodayViewModel {

    private final LocalAgenda agenda;
    private final CounterActions actions;
    private final BackgroundTasks tasks;
    private final Supplier<LocalDate> today;
    private final Messages messages;
    private final Supplier<Optional<OpeningCalendar>> calendar;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private List<AgendaEntry> entries = List.of();
    private List<AgendaEntry> visible = List.of();
    private String query = "";
    private AgendaFilter filter = AgendaFilter.ALL;
    private UUID selected;
    private String message = "";
    private boolean error;
    private Optional<String> closedNotice = Optional.empty();
    private final PacedReloads reloads;

    public TodayViewModel(LocalAgenda agenda, CounterActions actions, BackgroundTasks tasks, Supplier<LocalDate> today,
                          Messages messages) {
        this(agenda, actions, tasks, today, messages, Optional::empty, PacedReloads::unpaced);
    }

    /**
     * @param calendar the desk location's opening days (empty before the first reference data): on a
     *                 closed day the screen says so and names the next opening (ADR 0119)
     * @param pacing   how reloads are paced, given the load (e.g. {@link PacedReloads#withSwingTimer})
     */
    public TodayViewModel(LocalAgenda agenda, CounterActions actions, BackgroundTasks tasks, Supplier<LocalDate> today,
                          Messages messages, Supplier<Optional<OpeningCalendar>> calendar,
                          Function<Consumer<Runnable>, PacedReloads> pacing) {
        this.agenda = agenda;
        this.actions = actions;
        this.tasks = tasks;
        this.today = today;
        this.messages = messages;
        this.calendar = calendar;
        this.reloads = pacing.apply(this::load);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Reloads the day whenever the local data changed until closed: at once after a change made at this desk, paced
     * after a sync (see {@link PacedReloads}: a catch-up reports a change after every batch).
     */
    public Subscription follow(DeskChanges changes) {
        return follow(changes, () -> true);
    }

    /**
     * As {@link #follow(DeskChanges)}, but only while {@code shown} says the screen is on view (asked on the event
     * thread): a screen behind another tab does not read the day for nobody; it reloads when it is selected.
     */
    public Subscription follow(DeskChanges changes, BooleanSupplier shown) {
        return changes.onDataChanged(change -> tasks.onUi(() -> {
            if (!shown.getAsBoolean()) {
                return;
            }
            if (change == DeskChanges.DataChange.LOCAL) {
                reload();
            } else {
                reloadAfterSync();
            }
        }));
    }

    /**
     * Reloads the day from the local store in the background as soon as possible, one load at a time: a reload
     * asked for while one is under way runs when it ends. Event thread only.
     */
    public void reload() {
        reloads.now();
    }

    /** Reloads the day because a sync changed the data: within the pause after the previous load. Event thread only. */
    public void reloadAfterSync() {
        reloads.afterSync();
    }

    private void load(Runnable ended) {
        LocalDate day = today.get();
        closedNotice = calendar.get().flatMap(c -> new ClosedDayNotice(c, messages).on(day));
        tasks.run(() -> agenda.day(day), loaded -> {
            try {
                if (day.equals(today.get())) {
                    entries = loaded;
                    recompute();
                } else {
                    reloads.now(); // the day changed while loading: read the new one when this load has ended
                }
            } finally {
                ended.run();
            }
        }, e -> {
            try {
                fail(messages.get("error.unexpected"));
            } finally {
                ended.run();
            }
        });
    }

    /**
     * "Vandaag gesloten, volgende opening: ..." when the desk's location is closed today (its clock,
     * the reference data's schedule and closures); empty on an open day.
     */
    public Optional<String> closedNotice() {
        return closedNotice;
    }

    /** Whether the day has no appointment at all (before filtering). */
    public boolean dayIsEmpty() {
        return entries.isEmpty();
    }

    public void setQuery(String text) {
        query = text == null ? "" : text;
        recompute();
    }

    public String query() {
        return query;
    }

    /** Enter in the search field (or a scanner's trailing Enter): a single hit gets selected. */
    public void searchEntered() {
        if (visible.size() == 1) {
            selected = visible.get(0).appointment().id();
            notifyListeners();
        }
    }

    public void setFilter(AgendaFilter newFilter) {
        filter = newFilter;
        recompute();
    }

    public AgendaFilter filter() {
        return filter;
    }

    public List<AgendaEntry> visible() {
        return visible;
    }

    public AgendaCounts counts() {
        int waiting = 0;
        int inService = 0;
        int served = 0;
        int noShow = 0;
        int total = 0;
        for (AgendaEntry e : entries) {
            if (e.refusedBooking()) {
                continue; // the server refused it: no appointment, only a citizen to contact (ADR 0143)
            }
            total++;
            AppointmentStatus s = e.appointment().status();
            if (AgendaFilter.WAITING.accepts(s)) {
                waiting++;
            } else if (s == AppointmentStatus.IN_SERVICE) {
                inService++;
            } else if (s == AppointmentStatus.SERVED) {
                served++;
            } else if (s == AppointmentStatus.NO_SHOW) {
                noShow++;
            }
        }
        return new AgendaCounts(total, waiting, inService, served, noShow);
    }

    public void select(UUID id) {
        selected = id;
    }

    public Optional<AgendaEntry> selected() {
        return visible.stream().filter(e -> e.appointment().id().equals(selected)).findFirst();
    }

    public String message() {
        return message;
    }

    public boolean messageIsError() {
        return error;
    }

    public void checkIn() {
        onSelected(actions::checkIn);
    }

    public void call() {
        onSelected(actions::call);
    }

    /** Calls the citizen who checked in first (by appointment time) and selects them. */
    public void callNext() {
        Optional<AgendaEntry> next = entries.stream()
                .filter(e -> e.appointment().status() == AppointmentStatus.CHECKED_IN && !e.refusedBooking())
                .findFirst();
        if (next.isEmpty()) {
            info(messages.get("action.nobodyWaiting"));
            return;
        }
        UUID id = next.get().appointment().id();
        selected = id;
        tasks.run(() -> {
            actions.call(id);
            return id;
        }, done -> {
            info("");
            reload();
        }, this::failed);
    }

    public void startService() {
        onSelected(actions::startService);
    }

    public void markServed(String outcome) {
        onSelected(id -> actions.markServed(id, outcome));
    }

    public void markNoShow() {
        onSelected(actions::markNoShow);
    }

    public void cancel(String reason) {
        onSelected(id -> actions.cancel(id, reason));
    }

    /** Changes the selected citizen's e-mail and phone (blank clears a field). */
    public void updateContact(String email, String phone) {
        Optional<AgendaEntry> entry = selected();
        if (entry.isEmpty()) {
            fail(messages.get("action.noSelection"));
            return;
        }
        UUID id = entry.get().appointment().id();
        tasks.run(() -> actions.updateContact(id, email, phone), changed -> {
            info(changed ? messages.get("contact.saved") : messages.get("contact.unchanged"));
            reload();
        }, this::failed);
    }

    /** Registers a walk-in; {@code onTicket} receives the ticket number on the UI thread. */
    public void registerWalkIn(String productCode, Citizen citizen, Consumer<String> onTicket) {
        tasks.run(() -> actions.registerWalkIn(productCode, citizen), ticket -> {
            info(messages.get("walkIn.ticket", ticket));
            onTicket.accept(ticket);
            reload();
        }, this::failed);
    }

    private void onSelected(Consumer<UUID> action) {
        Optional<AgendaEntry> entry = selected();
        if (entry.isEmpty()) {
            fail(messages.get("action.noSelection"));
            return;
        }
        UUID id = entry.get().appointment().id();
        tasks.run(() -> {
            action.accept(id);
            return id;
        }, done -> {
            info("");
            reload();
        }, this::failed);
    }

    private void failed(Exception e) {
        fail(new FailureMessages(messages).describe(e, "error.unexpected"));
    }

    private void info(String text) {
        message = text;
        error = false;
        notifyListeners();
    }

    private void fail(String text) {
        message = text;
        error = true;
        notifyListeners();
    }

    private void recompute() {
        visible = entries.stream()
                .filter(e -> filter.accepts(e.appointment().status())
                        && (filter == AgendaFilter.ALL || !e.refusedBooking()))
                .filter(AgendaSearch.matcher(query))
                .toList();
        notifyListeners();
    }

    private void notifyListeners() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
