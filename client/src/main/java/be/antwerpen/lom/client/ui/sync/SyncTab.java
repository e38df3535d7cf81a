package be.antwerpen.lom.client.ui.sync;

import be.antwerpen.lom.client.agenda.LocalAgenda;
import be.antwerpen.lom.client.auth.DeskEnrollment;
import be.antwerpen.lom.client.reference.CurrentReferenceData;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.sync.DeskChanges;
import be.antwerpen.lom.client.ui.DeskTab;
import be.antwerpen.lom.client.ui.PacedReloads;
import be.antwerpen.lom.client.ui.TabContext;
import be.antwerpen.lom.client.ui.TabView;
import be.antwerpen.lom.client.ui.WhileShown;
import be.antwerpen.lom.model.location.Location;
import java.time.Duration;

/** The Sync tab: what waits, what the server refused, and enrolling again; follows the sync status. */
public final class SyncTab implements DeskTab {

    /** The least time between two reloads of the list driven by the sync's steps (issue 16). */
    static final Duration SYNC_RELOAD_PAUSE = Duration.ofMillis(500);

    private final LocalAgenda agenda;
    private final LocalStore store;
    private final CurrentReferenceData referenceData;
    private final DeskEnrollment enrollment;
    private final DeskChanges changes;
    private final Runnable syncNow;

    /** @param referenceData the locations' names, for whose each change is */
    public SyncTab(LocalAgenda agenda, LocalStore store, CurrentReferenceData referenceData, DeskEnrollment enrollment,
                   DeskChanges changes, Runnable syncNow) {
        this.agenda = agenda;
        this.store = store;
        this.referenceData = referenceData;
        this.enrollment = enrollment;
        this.changes = changes;
        this.syncNow = syncNow;
    }

    @Override
    public TabView build(TabContext context) {
        SyncViewModel model = new SyncViewModel(agenda, store, syncNow, context.tasks(), context.messages(),
                id -> referenceData.get().flatMap(r -> r.location(id)).map(Location::name)
                        .orElse(context.messages().get("location.unknown")),
                load -> PacedReloads.withSwingTimer(SYNC_RELOAD_PAUSE, load));
        ReenrollmentViewModel reenrollment = new ReenrollmentViewModel(enrollment, syncNow, context.tasks(),
                context.messages());
        SyncPanel panel = new SyncPanel(model, reenrollment, context.messages(), context.zone());
        WhileShown.follow(panel, () -> model.follow(changes, panel::isShowing));
        WhileShown.follow(panel, () -> reenrollment.follow(changes));
        return TabView.of(context.messages().get("tab.sync"), panel).whenOpened(model::reload)
                .whenSelected(model::reload); // behind another tab it skipped the sync's steps
    }
}
