package be.antwerpen.lom.client.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.auth.Workplace;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.DeskTab;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.TabContext;
import be.antwerpen.lom.client.ui.TabView;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The screens factory builds the listed tabs in order, each only for whom it is meant, and relays selection. */
class DeskScreensTest {

    private static final DeviceIdentity DESK = new DeviceIdentity("https://lom.example", "dev-1", "secret",
            "antwerpen", "Loket 1");
    private static final Messages DUTCH = new Messages(Messages.DUTCH_BELGIUM);

    private final List<String> events = new ArrayList<>();

    @Test
    void an_agent_gets_the_tabs_for_everyone_and_a_supervisor_also_theirs_in_the_listed_order() throws Exception {
        DeskScreens screens = screens(List.of(tab("Vandaag", false), tab("Conflicten", true), tab("Papier", false)));

        assertThat(titles(screens, StaffRole.AGENT)).containsExactly("Vandaag", "Papier");
        assertThat(titles(screens, StaffRole.SUPERVISOR)).containsExactly("Vandaag", "Conflicten", "Papier");
    }

    @Test
    void opening_runs_every_tab_once_selecting_runs_the_selected_tab_and_a_tab_can_change_its_title()
            throws Exception {
        AtomicReference<TabView> papier = new AtomicReference<>();
        DeskScreens screens = screens(List.of(tab("Vandaag", false), new DeskTab() {
            @Override
            public TabView build(TabContext context) {
                papier.set(TabView.of("Papier", new JLabel()).whenSelected(() -> events.add("selected Papier")));
                return papier.get();
            }
        }));

        AtomicReference<JTabbedPane> pane = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Screen main = screens.main(DUTCH, workplace(StaffRole.AGENT));
            main.opened().run();
            pane.set((JTabbedPane) main.view());
            pane.get().setSelectedIndex(1);
            papier.get().retitle("Papier (2)");
        });

        assertThat(events).containsExactly("opened Vandaag", "selected Papier");
        assertThat(pane.get().getName()).isEqualTo("tabs");
        assertThat(pane.get().getTitleAt(1)).isEqualTo("Papier (2)");
    }

    private List<String> titles(DeskScreens screens, StaffRole role) throws Exception {
        List<String> titles = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            JTabbedPane pane = (JTabbedPane) screens.main(DUTCH, workplace(role)).view();
            for (int i = 0; i < pane.getTabCount(); i++) {
                titles.add(pane.getTitleAt(i));
            }
        });
        return titles;
    }

    private DeskTab tab(String title, boolean supervisorsOnly) {
        return new DeskTab() {
            @Override
            public boolean shownTo(Workplace workplace) {
                return !supervisorsOnly || workplace.supervisor();
            }

            @Override
            public TabView build(TabContext context) {
                return TabView.of(title, new JLabel(title)).whenOpened(() -> events.add("opened " + title));
            }
        };
    }

    private static DeskScreens screens(List<DeskTab> tabs) {
        return new DeskScreens(null, null, () -> false, "https://lom.example",
                new BackgroundTasks(Runnable::run, Runnable::run), ZoneId.of("Europe/Brussels"), tabs);
    }

    private static Workplace workplace(StaffRole role) {
        return new Workplace(DESK, new StaffMember("someone", "Someone", role, Set.of("antwerpen")));
    }
}
