package be.antwerpen.lom.client.ui.supervisor;

import be.antwerpen.lom.client.auth.Workplace;
import be.antwerpen.lom.client.reference.CurrentReferenceData;
import be.antwerpen.lom.client.supervisor.SupervisorServices;
import be.antwerpen.lom.client.ui.DeskTab;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.TabContext;
import be.antwerpen.lom.client.ui.TabView;
import be.antwerpen.lom.client.ui.WhileShown;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.product.Product;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The supervisor's conflict inbox; its title carries the open count. It also puts the open-conflict badge
 * in the window's header, refreshed every minute while shown and after each decision.
 */
public final class ConflictInboxTab implements DeskTab {

    static final Duration BADGE_REFRESH = Duration.ofMinutes(1);

    private final Function<String, SupervisorServices> supervisor;
    private final CurrentReferenceData referenceData;
    private final Clock clock;

    /**
     * @param supervisor    the supervisor's services at a server URL
     * @param referenceData names products and locations in the case file
     */
    public ConflictInboxTab(Function<String, SupervisorServices> supervisor, CurrentReferenceData referenceData,
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
        Messages messages = context.messages();
        SupervisorServices services = supervisor.apply(context.workplace().serverUrl());
        List<String> locations = context.workplace().overseenLocations();
        ConflictBadgeViewModel badge = new ConflictBadgeViewModel(services.openConflicts(), locations,
                clock.withZone(context.zone()), messages, context.tasks(), id -> referenceData.get()
                        .flatMap(r -> r.location(id)).map(Location::name).orElse(messages.get("location.unknown")));
        ConflictInboxViewModel inbox = new ConflictInboxViewModel(services.inbox(), locations, messages,
                context.tasks());
        ConflictCaseFile caseFile = new ConflictCaseFile(messages, context.zone(),
                code -> referenceData.get().flatMap(r -> r.product(code)).map(Product::name).orElse(code),
                id -> referenceData.get().flatMap(r -> r.location(id)).map(Location::name).orElse(id));
        ConflictInboxPanel panel = new ConflictInboxPanel(inbox, messages, context.zone(), caseFile);
        panel.setName("conflictInbox");
        ConflictBadge header = new ConflictBadge(badge);
        TabView tab = TabView.of(messages.get("inbox.title"), panel).withHeader(header);
        inbox.addListener(() -> {
            if (inbox.online()) {
                tab.retitle(title(messages, inbox.openCount()));
            }
        });
        // Badge and inbox both show the server's counts; when the badge's count moved, the list is read again.
        badge.addListener(() -> badge.total().filter(n -> badge.online()).ifPresent(inbox::reloadIfTheServerCounts));
        inbox.addResolvedListener(badge::refresh);
        WhileShown.every(header, BADGE_REFRESH, badge::refresh);
        inbox.reload();
        badge.refresh();
        return tab.whenSelected(inbox::reload);
    }

    private static String title(Messages messages, int open) {
        return open == 0 ? messages.get("inbox.title") : messages.get("inbox.titleWithCount", open);
    }
}
