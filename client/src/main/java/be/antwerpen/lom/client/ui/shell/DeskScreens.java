package be.antwerpen.lom.client.ui.shell;

import be.antwerpen.lom.client.auth.DeskEnrollment;
import be.antwerpen.lom.client.auth.LoginOutcome;
import be.antwerpen.lom.client.auth.StaffLogin;
import be.antwerpen.lom.client.auth.Workplace;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.DeskTab;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.TabContext;
import be.antwerpen.lom.client.ui.TabView;
import be.antwerpen.lom.client.ui.login.EnrollmentPanel;
import be.antwerpen.lom.client.ui.login.EnrollmentViewModel;
import be.antwerpen.lom.client.ui.login.LoginPanel;
import be.antwerpen.lom.client.ui.login.LoginViewModel;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;

/**
 * The screens factory: builds the enrollment and login screens and the main screen with the tabs the
 * composition root listed, in that order, each only for whom it is meant (ADR 0105). Holds no state
 * between screens.
 */
public final class DeskScreens {

    private final DeskEnrollment enrollment;
    private final StaffLogin login;
    private final BooleanSupplier demoServer;
    private final String defaultServerUrl;
    private final BackgroundTasks tasks;
    private final ZoneId zone;
    private final List<DeskTab> tabs;

    public DeskScreens(DeskEnrollment enrollment, StaffLogin login, BooleanSupplier demoServer, String defaultServerUrl,
                       BackgroundTasks tasks, ZoneId zone, List<DeskTab> tabs) {
        this.enrollment = enrollment;
        this.login = login;
        this.demoServer = demoServer;
        this.defaultServerUrl = defaultServerUrl;
        this.tasks = tasks;
        this.zone = zone;
        this.tabs = List.copyOf(tabs);
    }

    /** Enrolling this computer as a desk; with {@code autoEnrollCode} it starts enrolling at once. */
    Screen enrollment(Messages messages, String autoEnrollCode, Consumer<DeviceIdentity> enrolled) {
        EnrollmentViewModel model = new EnrollmentViewModel(enrollment, tasks, messages, deviceName());
        EnrollmentPanel panel = new EnrollmentPanel(model, messages, defaultServerUrl, enrolled);
        return Screen.withoutToolbar(panel, () -> {
            panel.focusFirst();
            if (autoEnrollCode != null && !autoEnrollCode.isBlank()) {
                model.enroll(defaultServerUrl, autoEnrollCode, enrolled);
            }
        });
    }

    /** The login at {@code desk}; {@code presetUser} (after a lock) fills the name in. */
    Screen login(Messages messages, DeviceIdentity desk, String presetUser, Consumer<LoginOutcome> loggedIn) {
        LoginViewModel model = new LoginViewModel(login, tasks, messages, demoServer);
        LoginPanel panel = new LoginPanel(model, messages, messages.get("login.desk", desk.deskName(),
                desk.locationId()), presetUser, loggedIn);
        return Screen.withoutToolbar(panel, () -> {
            panel.focusFirst();
            model.probeDemo(desk.locationId());
        });
    }

    /** The tabs this person sees at this desk, built for this login. */
    Screen main(Messages messages, Workplace workplace) {
        TabContext context = new TabContext(messages, tasks, zone, workplace);
        JTabbedPane pane = new JTabbedPane();
        pane.setName("tabs");
        List<TabView> built = new ArrayList<>();
        List<JComponent> header = new ArrayList<>();
        for (DeskTab tab : tabs) {
            if (!tab.shownTo(workplace)) {
                continue;
            }
            TabView view = tab.build(context);
            pane.addTab(view.title(), view.view());
            view.onRetitle(title -> {
                int index = pane.indexOfComponent(view.view());
                if (index >= 0) {
                    pane.setTitleAt(index, title);
                }
            });
            view.header().ifPresent(header::add);
            built.add(view);
        }
        pane.addChangeListener(e -> {
            int selected = pane.getSelectedIndex();
            if (selected >= 0) {
                built.get(selected).selected();
            }
        });
        return new Screen(pane, true, header, () -> built.forEach(TabView::opened));
    }

    private static String deviceName() {
        String host = System.getenv().getOrDefault("HOSTNAME", System.getenv().getOrDefault("COMPUTERNAME", "desk"));
        return host.isBlank() ? "desk" : host;
    }
}
