package be.antwerpen.lom.client.ui.audit;

import be.antwerpen.lom.client.auth.Workplace;
import be.antwerpen.lom.client.supervisor.SupervisorServices;
import be.antwerpen.lom.client.ui.DeskTab;
import be.antwerpen.lom.client.ui.TabContext;
import be.antwerpen.lom.client.ui.TabView;
import java.util.function.Function;

/** The supervisor's search in the audit trail. */
public final class AuditTrailTab implements DeskTab {

    private final Function<String, SupervisorServices> supervisor;

    /** @param supervisor the supervisor's services at a server URL */
    public AuditTrailTab(Function<String, SupervisorServices> supervisor) {
        this.supervisor = supervisor;
    }

    @Override
    public boolean shownTo(Workplace workplace) {
        return workplace.supervisor();
    }

    @Override
    public TabView build(TabContext context) {
        SupervisorServices services = supervisor.apply(context.workplace().serverUrl());
        AuditTrailViewModel audit = new AuditTrailViewModel(services.audit(), context.workplace().overseenLocations(),
                context.zone(), context.messages(), context.tasks());
        return TabView.of(context.messages().get("tab.audit"),
                new AuditTrailPanel(audit, context.messages(), context.zone()));
    }
}
