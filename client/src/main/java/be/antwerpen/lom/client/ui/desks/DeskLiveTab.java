package be.antwerpen.lom.client.ui.desks;

import be.antwerpen.lom.client.auth.Workplace;
import be.antwerpen.lom.client.drill.DeskDrills;
import be.antwerpen.lom.client.reference.CurrentReferenceData;
import be.antwerpen.lom.client.ui.DeskTab;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.TabContext;
import be.antwerpen.lom.client.ui.TabView;
import be.antwerpen.lom.client.ui.WhileShown;
import be.antwerpen.lom.model.location.Location;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * The supervisor's Loketten tab (ADR 0111): the live view of the desks of their locations and the drills,
 * reloaded when selected and every half minute while shown.
 */
public final class DeskLiveTab implements DeskTab {

    static final Duration REFRESH = Duration.ofSeconds(30);

    private final DeskDrills drills;
    private final CurrentReferenceData referenceData;
    private final Clock clock;

    public DeskLiveTab(DeskDrills drills, CurrentReferenceData referenceData, Clock clock) {
        this.drills = drills;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @Override
    public boolean shownTo(Workplace workplace) {
        return workplace.supervisor();
    }

    @Override
    public TabView build(TabContext context) {
        Messages messages = context.messages();
        Workplace workplace = context.workplace();
        DeskLiveViewModel model = new DeskLiveViewModel(drills.supervisorApi().apply(workplace.serverUrl()),
                drills.calls(), context.tasks(), messages, clock, context.zone(), workplace.desk().deviceId(),
                workplace.overseenLocations().get(0));
        Function<String, String> names = id -> referenceData.get().flatMap(r -> r.location(id))
                .map(Location::name).orElse(id);
        DeskLivePanel panel = new DeskLivePanel(model, messages, context.zone(), names, context.tasks(),
                drills.keeper()::cancelHere);
        WhileShown.every(panel, REFRESH, model::reload);
        return TabView.of(messages.get("tab.desks"), panel).whenSelected(model::reload);
    }
}
