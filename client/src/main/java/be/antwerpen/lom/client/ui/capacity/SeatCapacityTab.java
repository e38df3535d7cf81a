package be.antwerpen.lom.client.ui.capacity;

import be.antwerpen.lom.client.auth.Workplace;
import be.antwerpen.lom.client.reference.CurrentReferenceData;
import be.antwerpen.lom.client.supervisor.SupervisorServices;
import be.antwerpen.lom.client.ui.DeskTab;
import be.antwerpen.lom.client.ui.TabContext;
import be.antwerpen.lom.client.ui.TabView;
import be.antwerpen.lom.model.location.Location;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

/** The supervisor's seat capacity per day at each of their locations (issue 14, ADR 0030). */
public final class SeatCapacityTab implements DeskTab {

    private final Function<String, SupervisorServices> supervisor;
    private final CurrentReferenceData referenceData;
    private final Clock clock;

    /** @param supervisor the supervisor's services at a server URL */
    public SeatCapacityTab(Function<String, SupervisorServices> supervisor, CurrentReferenceData referenceData,
                           Clock clock) {
        this.supervisor = supervisor;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @Override
    public boolean shownTo(Workplace workplace) {
        return workplace.supervisor();
    }

    @Override
    public TabView build(TabContext context) {
        SeatCapacityViewModel model = new SeatCapacityViewModel(
                supervisor.apply(context.workplace().serverUrl()).capacities(),
                context.workplace().overseenLocations(), () -> LocalDate.now(clock.withZone(context.zone())),
                context.messages(), context.tasks());
        SeatCapacityPanel panel = new SeatCapacityPanel(model, context.messages(), this::locationName);
        return TabView.of(context.messages().get("tab.capacity"), panel).whenSelected(panel::opened);
    }

    private String locationName(String id) {
        return referenceData.get().flatMap(r -> r.location(id)).map(Location::name).orElse(id);
    }
}
