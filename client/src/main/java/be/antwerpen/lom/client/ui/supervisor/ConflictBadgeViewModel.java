package be.antwerpen.lom.client.ui.supervisor;

import be.antwerpen.lom.client.supervisor.OpenConflicts;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The open-conflict badge of a supervisor's window: the count over the supervisor's locations, fetched
 * in the background. When the server cannot be reached it keeps the last known count and says so,
 * with the time it was known; it never shows an offline zero as if there were no conflicts.
 */
public final class ConflictBadgeViewModel {

    private final OpenConflicts conflicts;
    private final List<String> locations;
    private final Clock clock;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Map<String, Integer> counts = Map.of();
    private Instant knownAt;
    private boolean online = true;
    private boolean refreshing;

    public ConflictBadgeViewModel(OpenConflicts conflicts, List<String> locations, Clock clock, Messages messages,
                                  BackgroundTasks tasks) {
        this(conflicts, locations, clock, messages, tasks, id -> id);
    }

    /** @param locationName a location's name by its id, for the tooltip (names, not ids, on screen) */
    public ConflictBadgeViewModel(OpenConflicts conflicts, List<String> locations, Clock clock, Messages messages,
                                  BackgroundTasks tasks, java.util.function.Function<String, String> locationName) {
        this.locationName = locationName;
        this.conflicts = conflicts;
        this.locations = List.copyOf(locations);
        this.clock = clock;
        this.messages = messages;
        this.tasks = tasks;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Asks the server for the current counts (one refresh at a time). */
    public void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        tasks.run(() -> conflicts.count(locations), fresh -> {
            refreshing = false;
            counts = new LinkedHashMap<>(fresh);
            knownAt = clock.instant();
            online = true;
            changed();
        }, e -> {
            refreshing = false;
            online = false;
            changed();
        });
    }

    /** The last known total, empty when it was never known. */
    public Optional<Integer> total() {
        return knownAt == null ? Optional.empty()
                : Optional.of(counts.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** The last known count of one location, empty when it was never known. */
    public Optional<Integer> countAt(String locationId) {
        return knownAt == null ? Optional.empty() : Optional.of(counts.getOrDefault(locationId, 0));
    }

    /** False when the last refresh could not reach the server: the count shown is then the last known one. */
    public boolean online() {
        return online;
    }

    /** Whether the badge should draw attention: open conflicts known right now. */
    public boolean attention() {
        return online && total().orElse(0) > 0;
    }

    /** The badge's text: the count, the last known count marked as such, or that it is unknown. */
    public String text() {
        Optional<Integer> total = total();
        if (total.isEmpty()) {
            return online ? "" : messages.get("badge.unknown");
        }
        if (!online) {
            return messages.get("badge.stale", total.get(), messages.time().withZone(clock.getZone()).format(knownAt));
        }
        return messages.get("badge.count", total.get());
    }

    private final java.util.function.Function<String, String> locationName;

    public String tooltip() {
        return counts.isEmpty() ? "" : messages.get("badge.tooltip", counts.entrySet().stream()
                .map(e -> locationName.apply(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")));
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
