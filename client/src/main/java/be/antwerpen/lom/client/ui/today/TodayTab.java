package be.antwerpen.lom.client.ui.today;

import be.antwerpen.lom.client.agenda.LocalAgenda;
import be.antwerpen.lom.client.counter.CounterActions;
import be.antwerpen.lom.client.reference.CurrentReferenceData;
import be.antwerpen.lom.client.sync.DeskChanges;
import be.antwerpen.lom.client.ui.DeskTab;
import be.antwerpen.lom.client.ui.PacedReloads;
import be.antwerpen.lom.client.ui.TabContext;
import be.antwerpen.lom.client.ui.TabView;
import be.antwerpen.lom.client.ui.WhileShown;
import be.antwerpen.lom.model.reference.OpeningCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The Today tab: the day's agenda and the counter actions; reloads when the local data changes. On a day
 * the desk's location is closed it says so and names the next opening (ADR 0119).
 */
public final class TodayTab implements DeskTab {

    /**
     * The least time between the end of one reload and the start of the next when the sync changed the data: a
     * catch-up reports every batch; a change made at this desk is shown at once (issue 16).
     */
    static final Duration SYNC_RELOAD_PAUSE = Duration.ofMillis(500);

    private final LocalAgenda agenda;
    private final CounterActions actions;
    private final CurrentReferenceData referenceData;
    private final DeskChanges changes;
    private final Clock clock;

    public TodayTab(LocalAgenda agenda, CounterActions actions, CurrentReferenceData referenceData,
                    DeskChanges changes, Clock clock) {
        this.agenda = agenda;
        this.actions = actions;
        this.referenceData = referenceData;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public TabView build(TabContext context) {
        String locationId = context.workplace().locationId();
        TodayViewModel today = new TodayViewModel(agenda, actions, context.tasks(),
                () -> LocalDate.now(clock.withZone(context.zone())), context.messages(),
                () -> referenceData.get().map(r -> new OpeningCalendar(r, locationId)),
                load -> PacedReloads.withSwingTimer(SYNC_RELOAD_PAUSE, load));
        TodayPanel panel = new TodayPanel(today, context.messages(), referenceData::products);
        WhileShown.follow(panel, () -> today.follow(changes, panel::isShowing));
        return TabView.of(context.messages().get("tab.today"), panel).whenOpened(() -> {
            today.reload();
            panel.focusSearch();
        }).whenSelected(today::reload); // behind another tab it skipped the changes
    }
}
