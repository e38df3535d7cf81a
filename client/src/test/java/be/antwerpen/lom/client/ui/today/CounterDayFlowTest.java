package be.antwerpen.lom.client.ui.today;

import static be.antwerpen.lom.client.testing.OnScreen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.ClientMain;
import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.testing.DeskTeardown;
import be.antwerpen.lom.client.testing.OfflineStaff;
import be.antwerpen.lom.client.testing.Press;
import be.antwerpen.lom.client.testing.SwingFlow;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.shell.ClientWindow;
import be.antwerpen.lom.client.ui.shell.LanguagePreference;
import be.antwerpen.lom.client.ui.shell.LookAndFeelSetup;
import be.antwerpen.lom.client.ui.shell.ThemePreference;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ProtocolJson;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Today screen through the real window, store and agenda, on the desk's own clock: a closed
 * Sunday, the no-show and cancel confirmations, the focus after a dialog, and sorting (issue 18).
 */
@ExtendWith(SwingFlow.class)
class CounterDayFlowTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final StaffMember AGENT = new StaffMember("agent.antwerpen", "Agent", StaffRole.AGENT,
            Set.of("antwerpen"));

    @TempDir
    Path dir;

    private DeskServices services;
    private ScheduledExecutorService scheduler;
    private ExecutorService background;
    private Robot robot;
    private FrameFixture frame;
    private Preferences preferences;

    @AfterEach
    void stop() throws Exception {
        if (frame != null) {
            frame.cleanUp();
        }
        DeskTeardown.close(services, scheduler, background);
        preferences.removeNode();
    }

    @Test
    void a_closed_sunday_says_so_and_names_the_next_opening_instead_of_an_empty_table() throws Exception {
        open(SUNDAY.atTime(10, 0));

        waitFor(() -> component("today.closed", javax.swing.JLabel.class).isShowing());
        assertThat(frame.label("today.closed").text())
                .startsWith("Vandaag gesloten. Volgende opening: ma 7 december 2026, ")
                .matches(".*\\d\\d:\\d\\d\u2013\\d\\d:\\d\\d.*");
        assertThat(GuiActionRunner.execute(() -> component("today.table", JTable.class).isShowing()))
                .as("no empty table on a closed day").isFalse();
    }

    @Test
    void christmas_names_the_public_holiday_and_the_first_day_after_the_city_holiday() throws Exception {
        open(LocalDate.of(2026, 12, 25).atTime(9, 0));

        waitFor(() -> component("today.closed", javax.swing.JLabel.class).isShowing());
        assertThat(frame.label("today.closed").text()).startsWith("Vandaag gesloten (")
                .contains("Volgende opening: ma 28 december 2026");
    }

    @Test
    void an_open_day_shows_the_agenda_and_no_closed_notice() throws Exception {
        open(MONDAY.atTime(10, 0), booked("AAA111", MONDAY.atTime(11, 0), "An", "Peeters"));

        waitFor(() -> frame.table("today.table").rowCount() == 1);
        assertThat(GuiActionRunner.execute(() -> component("today.closed", javax.swing.JLabel.class).isShowing()))
                .isFalse();
    }

    @Test
    void no_nothing_happens_on_nee_and_the_f_keys_work_right_after_the_dialog_without_a_click() throws Exception {
        Appointment a = booked("AAA111", MONDAY.atTime(11, 0), "An", "Peeters");
        open(MONDAY.atTime(10, 0), a);
        Press.row(frame.table("today.table"), 0);

        robot.pressAndReleaseKeys(KeyEvent.VK_F6);
        DialogFixture confirm = WindowFinder.findDialog("confirm.noShow").using(robot);
        Press.button(confirm.button("confirm.no"));
        waitFor(() -> !confirm.target().isShowing());

        assertThat(services.agenda().outbox()).as("Nee changes nothing").isEmpty();
        waitFor(() -> focusOwner() instanceof JTable, () -> "focus is on " + focusOwner());
        // The next key goes straight to the window (no click, no focusing by the test robot).
        robot.pressAndReleaseKeys(KeyEvent.VK_F2);
        waitFor(() -> "Aangemeld".equals(frame.table("today.table").valueAt(TableCell.row(0).column(4))));
        assertThat(services.agenda().outbox()).singleElement()
                .satisfies(e -> assertThat(e.payload()).isInstanceOf(Commands.CheckIn.class));
    }

    @Test
    void ja_records_the_no_show_and_escape_like_nee_does_not() throws Exception {
        open(MONDAY.atTime(12, 0), booked("AAA111", MONDAY.atTime(11, 0), "An", "Peeters"));
        Press.row(frame.table("today.table"), 0);

        robot.pressAndReleaseKeys(KeyEvent.VK_F6);
        DialogFixture first = WindowFinder.findDialog("confirm.noShow").using(robot);
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER); // the default button is "Nee"
        waitFor(() -> !first.target().isShowing());
        assertThat(services.agenda().outbox()).isEmpty();

        robot.pressAndReleaseKeys(KeyEvent.VK_F6);
        DialogFixture second = WindowFinder.findDialog("confirm.noShow").using(robot);
        second.button("confirm.no").requireText("Nee");
        Press.button(second.button("confirm.yes"));

        waitFor(() -> "Niet opgedaagd".equals(frame.table("today.table").valueAt(TableCell.row(0).column(4))));
        assertThat(services.agenda().outbox()).singleElement()
                .satisfies(e -> assertThat(e.payload()).isInstanceOf(Commands.MarkNoShow.class));
    }

    @Test
    void cancel_asks_first_and_only_ja_cancels_with_the_reason_given() throws Exception {
        open(MONDAY.atTime(10, 0), booked("AAA111", MONDAY.atTime(11, 0), "An", "Peeters"));
        Press.row(frame.table("today.table"), 0);

        clickLater("action.cancel");
        DialogFixture first = WindowFinder.findDialog("confirm.cancel").using(robot);
        Press.button(first.button("confirm.no"));
        waitFor(() -> !first.target().isShowing());
        assertThat(services.agenda().outbox()).isEmpty();
        assertThat(frame.table("today.table").valueAt(TableCell.row(0).column(4))).isEqualTo("Geboekt");

        clickLater("action.cancel");
        DialogFixture second = WindowFinder.findDialog("confirm.cancel").using(robot);
        second.textBox("confirm.cancel.reasonField").enterText("Burger belde af");
        Press.button(second.button("confirm.yes"));

        waitFor(() -> "Geannuleerd".equals(frame.table("today.table").valueAt(TableCell.row(0).column(4))));
        assertThat(services.agenda().outbox()).singleElement()
                .satisfies(e -> assertThat(e.payload()).isInstanceOf(Commands.Cancel.class));
    }

    @Test
    void columns_sort_times_as_times_and_names_in_dutch_order_and_actions_hit_the_row_shown() throws Exception {
        Appointment late = booked("LAT001", MONDAY.atTime(15, 30), "Zoë", "Çelik");
        Appointment early = booked("EAR001", MONDAY.atTime(9, 0), "Jan", "Adams");
        Appointment middle = booked("MID001", MONDAY.atTime(11, 0), "Eva", "Dewit");
        open(MONDAY.atTime(8, 0), late, early, middle);
        JTable table = (JTable) frame.table("today.table").target();

        GuiActionRunner.execute(() -> table.getRowSorter().toggleSortOrder(0));
        GuiActionRunner.execute(() -> table.getRowSorter().toggleSortOrder(0));
        assertThat(column(1)).as("time, descending").containsExactly("LAT001", "MID001", "EAR001");

        GuiActionRunner.execute(() -> table.getRowSorter().toggleSortOrder(2));
        assertThat(column(1)).as("name, Ç with C").containsExactly("EAR001", "LAT001", "MID001");

        Press.row(frame.table("today.table"), 1);
        robot.pressAndReleaseKeys(KeyEvent.VK_F2);
        waitFor(() -> !services.agenda().outbox().isEmpty());
        assertThat(services.agenda().outbox()).singleElement()
                .satisfies(e -> assertThat(e.payload()).isEqualTo(new Commands.CheckIn(late.id(), null)));
    }

    @Test
    void booking_offers_the_catalogue_by_theme_the_earliest_or_a_chosen_date_and_names_locations() throws Exception {
        open(MONDAY.atTime(10, 0));
        Press.tab(frame.tabbedPane("tabs"), 1);
        waitFor(() -> frame.comboBox("book.theme").target().getItemCount() > 0);

        assertThat(rendered("book.theme")).startsWith("Identiteit|").contains("Mobiliteit", "Wonen", "Levensloop");
        Press.item(frame.comboBox("book.theme"), 1);
        var mobility = ReferenceDataLoader.antwerpExample().products().stream()
                .filter(p -> p.theme() == be.antwerpen.lom.model.product.ProductTheme.MOBILITY)
                .map(be.antwerpen.lom.model.product.Product::name).toList();
        assertThat(rendered("book.product").split("\\|")).containsExactlyInAnyOrderElementsOf(mobility);

        Press.item(frame.comboBox("book.theme"), 0);
        Press.button(frame.radioButton("book.mode.flexibility"));
        frame.textBox("book.date").enterText("14/12/2026");
        frame.radioButton("book.fromDate").requireSelected();
        Press.button(frame.button("book.search"));
        waitFor(() -> frame.list("book.slots").contents().length > 0);
        assertThat(frame.list("book.slots").contents()).allSatisfy(slot -> {
            assertThat(slot).doesNotContain("07/12/2026", "08/12/2026", " antwerpen ");
            assertThat(slot).containsPattern("Districtshuis|Stadsloket");
        });

        Press.button(frame.radioButton("book.earliest"));
        Press.button(frame.button("book.search"));
        waitFor(() -> frame.list("book.slots").contents().length > 0
                && frame.list("book.slots").contents()[0].contains("07/12/2026"));
    }

    private String rendered(String comboName) {
        return GuiActionRunner.execute(() -> {
            @SuppressWarnings("unchecked")
            javax.swing.JComboBox<Object> box = (javax.swing.JComboBox<Object>) frame.comboBox(comboName).target();
            javax.swing.JList<Object> list = new javax.swing.JList<>();
            StringBuilder shown = new StringBuilder();
            for (int i = 0; i < box.getItemCount(); i++) {
                shown.append(i == 0 ? "" : "|").append(((javax.swing.JLabel) box.getRenderer()
                        .getListCellRendererComponent(list, box.getItemAt(i), i, false, false)).getText());
            }
            return shown.toString();
        });
    }

    /** Clicks a button that opens a modal dialog without waiting for the dialog to close. */
    private void clickLater(String name) {
        javax.swing.JButton button = (javax.swing.JButton) frame.button(name).target();
        SwingUtilities.invokeLater(button::doClick);
    }

    private List<String> column(int column) {
        return GuiActionRunner.execute(() -> {
            JTable table = (JTable) frame.table("today.table").target();
            List<String> values = new ArrayList<>();
            for (int row = 0; row < table.getRowCount(); row++) {
                values.add(String.valueOf(table.getValueAt(row, column)));
            }
            return values;
        });
    }

    private static Component focusOwner() {
        return KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
    }

    private static Appointment booked(String code, LocalDateTime start, String given, String family) {
        return new Appointment(UUID.randomUUID(), code, "antwerpen", "EID_APPLY", start, start.plusMinutes(10),
                new Citizen(NationalRegisterNumber.parse("85073003328"), given, family, null, null),
                AppointmentStatus.BOOKED, AppointmentOrigin.ONLINE, false, 1);
    }

    /** Opens the desk window on the desk's clock at {@code now}, logged in offline, with these appointments. */
    private void open(LocalDateTime now, Appointment... appointments) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Clock clock = Clock.fixed(now.atZone(BRUSSELS).toInstant(), BRUSSELS);
        scheduler = DeskAssembly.syncScheduler();
        background = Executors.newFixedThreadPool(2);
        ClientOptions options = new ClientOptions("http://127.0.0.1:" + port, null, dir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO);
        services = DeskAssembly.build(options, clock, scheduler, 1_000);
        String staffJson = ProtocolJson.newMapper().writeValueAsString(AGENT);
        OfflineStaff.remember(services.store(), "agent.antwerpen", "demo", staffJson, clock.instant(), 1_000);
        String server = "http://127.0.0.1:" + port;
        services.store().database().inTransaction(c -> {
            services.store().syncState().saveIdentity(c, new DeviceIdentity(server, "dev-1", "secret", "antwerpen",
                    "Loket 1"));
            services.store().syncState().snapshotApplied(c, 0, clock.instant());
            services.store().syncState().synced(c, clock.instant(), 0);
            services.store().referenceData().save(c, ReferenceDataLoader.antwerpExample(), clock.instant());
            for (Appointment a : appointments) {
                services.store().appointments().upsert(c, a);
            }
            return null;
        });
        services.referenceData().set(ReferenceDataLoader.antwerpExample());
        preferences = Preferences.userRoot().node("lom-ui-test-" + UUID.randomUUID());
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        JFrame window = GuiActionRunner.execute(() -> {
            LookAndFeelSetup.install(false);
            ClientWindow client = ClientMain.window(services, new BackgroundTasks(background, SwingUtilities::invokeLater),
                    new ThemePreference(preferences), new LanguagePreference(preferences), BRUSSELS, null);
            client.show();
            return client.frame();
        });
        frame = new FrameFixture(robot, window);
        frame.textBox("login.username").enterText("agent.antwerpen");
        frame.textBox("login.password").enterText("demo");
        frame.textBox("login.password").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor(() -> frame.robot().finder().findAll(c -> "tabs".equals(c.getName())).size() == 1);
        if (appointments.length > 0) {
            waitFor(() -> frame.table("today.table").rowCount() == appointments.length);
        }
    }

    /** A component by name, shown or not. */
    private <T extends Component> T component(String name, Class<T> type) {
        return robot.finder().findByName(name, type, false);
    }
}
