package be.antwerpen.lom.client.ui.supervisor;

import be.antwerpen.lom.client.auth.Workplace;
import be.antwerpen.lom.client.supervisor.SupervisorServices;
import be.antwerpen.lom.client.ui.DeskTab;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.TabContext;
import be.antwerpen.lom.client.ui.TabView;
import be.antwerpen.lom.client.ui.WhileShown;
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
    private final Clock clock;

    /** @param supervisor the supervisor's services at a server URL */
    public ConflictInboxTab(Function<String, SupervisorServices> supervisor, Clock clock) {
        this.supervisor = supervisor;
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
                clock.withZone(context.zone()), messages, context.tasks());
        ConflictInboxViewModel inbox = new ConflictInboxViewModel(services.inbox(), locations, messages,
                context.tasks());
        ConflictInboxPanel panel = new ConflictInboxPanel(inbox, messages, context.zone());
        panel.setName("conflictInbox");
        ConflictBadge header = new ConflictBadge(badge);
        TabView tab = TabView.of(messages.get("inbox.title"), panel).withHeader(header);
        inbox.addListener(() -> {
            if (inbox.online()) {
                tab.retitle(title(messages, inbox.openCount()));
            }
        });
        badge.addListener(() -> badge.total().filter(n -> badge.online())
                .ifPresent(n -> tab.retitle(title(messages, n))));
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
