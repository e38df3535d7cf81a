package be.antwerpen.lom.client.ui.status;

import be.antwerpen.lom.client.downtime.DowntimePackFolder;
import be.antwerpen.lom.client.downtime.desk.PackGenerationProgress;
import be.antwerpen.lom.client.sync.DeskChanges;
import be.antwerpen.lom.client.sync.SyncStatus;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.WhileShown;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes status bars that keep themselves current while shown: they follow the sync status, refresh every
 * half minute (the ages move on), show the downtime pack's age and, while one is made, its progress.
 */
public final class StatusBarUpdates {

    static final Duration REFRESH = Duration.ofSeconds(30);

    private final DeskChanges changes;
    private final DowntimePackFolder packs;
    private final PackGenerationProgress generation;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ZoneId zone;

    public StatusBarUpdates(DeskChanges changes, DowntimePackFolder packs, PackGenerationProgress generation,
                            BackgroundTasks tasks, Clock clock, ZoneId zone) {
        this.changes = changes;
        this.packs = packs;
        this.generation = generation;
        this.tasks = tasks;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * A status bar in the language of {@code messages}; event thread.
     *
     * @param deskLocation the enrolled desk's location (whose pack it shows), empty before enrollment; event thread
     */
    public StatusBar statusBar(Messages messages, Supplier<Optional<String>> deskLocation) {
        StatusBar bar = new StatusBar();
        StatusBarPresenter presenter = new StatusBarPresenter(messages, zone);
        WhileShown.follow(bar, () -> changes.onStatus(
                status -> tasks.onUi(() -> show(bar, presenter, deskLocation, status))));
        WhileShown.every(bar, REFRESH, () -> show(bar, presenter, deskLocation, changes.status()));
        WhileShown.follow(bar, () -> {
            generation.observe((done, total) -> tasks.onUi(() -> bar.showPack(done < total
                    ? messages.get("pack.generating", done, total) : presenter.packAge(Optional.of(Duration.ZERO)))));
            return () -> generation.observe((done, total) -> { });
        });
        return bar;
    }

    private void show(StatusBar bar, StatusBarPresenter presenter, Supplier<Optional<String>> deskLocation,
                      SyncStatus status) {
        bar.show(presenter.present(status, clock.instant()));
        deskLocation.get().ifPresent(location -> tasks.run(
                () -> packs.latest(location).map(p -> p.age(LocalDateTime.now(clock.withZone(zone)))),
                age -> bar.showPack(presenter.packAge(age)), e -> bar.showPack(" ")));
    }
}
