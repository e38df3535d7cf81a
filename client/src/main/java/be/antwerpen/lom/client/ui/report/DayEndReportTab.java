package be.antwerpen.lom.client.ui.report;

import be.antwerpen.lom.client.auth.Workplace;
import be.antwerpen.lom.client.reference.CurrentReferenceData;
import be.antwerpen.lom.client.supervisor.AtomicFileWriter;
import be.antwerpen.lom.client.supervisor.SupervisorServices;
import be.antwerpen.lom.client.ui.DeskTab;
import be.antwerpen.lom.client.ui.TabContext;
import be.antwerpen.lom.client.ui.TabView;
import be.antwerpen.lom.model.location.Location;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

/** The supervisor's day-end report; the export chooser keeps its folder for the whole run. */
public final class DayEndReportTab implements DeskTab {

    private final Function<String, SupervisorServices> supervisor;
    private final CurrentReferenceData referenceData;
    private final Clock clock;
    private final ExportFileChooser exportChooser = new ExportFileChooser();

    /** @param supervisor the supervisor's services at a server URL */
    public DayEndReportTab(Function<String, SupervisorServices> supervisor, CurrentReferenceData referenceData,
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
        SupervisorServices services = supervisor.apply(context.workplace().serverUrl());
        DayEndReportViewModel report = new DayEndReportViewModel(services.reports(), new AtomicFileWriter(),
                context.workplace().overseenLocations(), () -> LocalDate.now(clock.withZone(context.zone())),
                context.zone(), context.messages(), context.tasks());
        return TabView.of(context.messages().get("tab.report"), new DayEndReportPanel(report, context.messages(),
                context.zone(), exportChooser, this::locationName));
    }

    private String locationName(String id) {
        return referenceData.get().flatMap(r -> r.location(id)).map(Location::name).orElse(id);
    }
}
