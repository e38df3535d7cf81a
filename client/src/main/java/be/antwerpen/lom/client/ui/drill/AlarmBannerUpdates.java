package be.antwerpen.lom.client.ui.drill;

import be.antwerpen.lom.client.drill.DrillKeeper;
import be.antwerpen.lom.client.drill.StalenessAlarm;
import be.antwerpen.lom.client.sync.DeskChanges;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.WhileShown;
import java.time.Duration;
import java.time.ZoneId;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * Makes the window's bottom edge: the {@link AlarmBanner} above the status bar, kept current while shown
 * (after each sync status, when a drill begins or ends, and every half minute as ages move on; ADR 0110, 0112).
 */
public final class AlarmBannerUpdates {

    static final Duration REFRESH = Duration.ofSeconds(30);

    private final StalenessAlarm alarm;
    private final DeskChanges changes;
    private final BackgroundTasks tasks;
    private final ZoneId zone;
    private volatile Runnable refreshShown = () -> { };

    public AlarmBannerUpdates(StalenessAlarm alarm, DrillKeeper keeper, DeskChanges changes, BackgroundTasks tasks,
                              ZoneId zone) {
        this.alarm = alarm;
        this.changes = changes;
        this.tasks = tasks;
        this.zone = zone;
        keeper.addListener(() -> tasks.onUi(() -> refreshShown.run()));
    }

    /** The banner stacked above {@code statusBar}, in the language of {@code messages}; event thread. */
    public JComponent above(JComponent statusBar, Messages messages) {
        AlarmBanner banner = new AlarmBanner();
        Runnable refresh = () -> tasks.run(alarm::now, state -> banner.show(state, messages, zone), e -> { });
        JPanel bottom = AlarmBanner.above(banner, statusBar);
        WhileShown.follow(bottom, () -> changes.onStatus(status -> tasks.onUi(refresh)));
        WhileShown.every(bottom, REFRESH, refresh);
        WhileShown.follow(bottom, () -> {
            refreshShown = refresh;
            refresh.run();
            return () -> refreshShown = () -> { };
        });
        return bottom;
    }
}
