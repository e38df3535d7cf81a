package be.antwerpen.lom.client.ui;

import static be.antwerpen.lom.client.testing.OnScreen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.ClientMain;
import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.testing.DeskTeardown;
import be.antwerpen.lom.client.testing.OfflineStaff;
import be.antwerpen.lom.client.testing.Press;
import be.antwerpen.lom.client.testing.ScriptedServer.Answer;
import be.antwerpen.lom.client.testing.ScriptedServer;
import be.antwerpen.lom.client.testing.SwingFlow;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.ui.shell.ClientWindow;
import be.antwerpen.lom.client.ui.shell.LanguagePreference;
import be.antwerpen.lom.client.ui.shell.LookAndFeelSetup;
import be.antwerpen.lom.client.ui.shell.ThemePreference;
import be.antwerpen.lom.model.api.LoginResponse;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.PullResponse;
import be.antwerpen.lom.model.sync.PushResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.event.KeyEvent;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.Index;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * AssertJ Swing flows through the real window, store and sync engine. The server side is a scripted
 * HTTP endpoint that is down at first (the desk logs in offline) and can be brought up on the same port.
 * Runs only with a display (CI: Xvfb).
 */
@ExtendWith(SwingFlow.class)
class DeskWindowFlowTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final StaffMember AGENT = new StaffMember("agent.antwerpen", "Agent", StaffRole.AGENT,
            Set.of("antwerpen"));

    @TempDir
    Path dir;

    private final ObjectMapper json = ProtocolJson.newMapper();
    private int port;
    private ScriptedServer server;
    private DeskServices services;
    private ScheduledExecutorService scheduler;
    private ExecutorService background;
    private Robot robot;
    private FrameFixture frame;
    private Preferences preferences;
    private Appointment first;

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Clock clock = Clock.system(BRUSSELS);
        scheduler = DeskAssembly.syncScheduler();
        background = Executors.newFixedThreadPool(2);
        ClientOptions options = new ClientOptions("http://127.0.0.1:" + port, null, dir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO);
        services = DeskAssembly.build(options, clock, scheduler, 1_000);
        seed(clock);
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
        // Enter in the password field submits like the button; under Xvfb without a window manager the
        // first mouse click on a new window is sometimes lost, the key press is not.
        frame.textBox("login.password").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor(() -> frame.robot().finder().findAll(c -> "tabs".equals(c.getName())).size() == 1);
        waitFor(() -> frame.table("today.table").rowCount() == 2);
    }

    private void seed(Clock clock) throws Exception {
        String staffJson = json.writeValueAsString(AGENT);
        LocalDate today = LocalDate.now(clock);
        first = TestAppointments.booked("K7M-2QX", today.atTime(23, 0));
        Appointment second = TestAppointments.booked("ABC-DEF", today.atTime(23, 30));
        OfflineStaff.remember(services.store(), "agent.antwerpen", "demo", staffJson, clock.instant(), 1_000);
        services.store().database().inTransaction(c -> {
            services.store().syncState().saveIdentity(c, new DeviceIdentity("http://127.0.0.1:" + port, "dev-1",
                    "secret", "antwerpen", "Loket 1"));
            services.store().syncState().snapshotApplied(c, 0, clock.instant());
            services.store().syncState().synced(c, clock.instant(), 0);
            services.store().referenceData().save(c, ReferenceDataLoader.antwerpExample(), clock.instant());
            services.store().appointments().upsert(c, first);
            services.store().appointments().upsert(c, second);
            return null;
        });
        services.referenceData().set(ReferenceDataLoader.antwerpExample());
    }

    @AfterEach
    void stop() throws Exception {
        if (frame != null) {
            frame.cleanUp();
        }
        DeskTeardown.close(services, scheduler, background);
        if (server != null) {
            server.close();
        }
        if (preferences != null) {
            preferences.removeNode();
        }
    }

    @Test
    void check_in_with_f2_marks_the_appointment_checked_in_and_waiting_for_the_server() {
        Press.row(frame.table("today.table"), 0);
        frame.table("today.table").pressAndReleaseKeys(KeyEvent.VK_F2);

        waitFor(() -> frame.table("today.table").valueAt(org.assertj.swing.data.TableCell.row(0).column(4))
                .equals("Aangemeld"));
        assertThat(frame.table("today.table").valueAt(org.assertj.swing.data.TableCell.row(0).column(6)))
                .isEqualTo("Wacht op server");
        assertThat(outbox()).singleElement().satisfies(e ->
                assertThat(e.payload()).isEqualTo(new Commands.CheckIn(first.id(), null)));
    }

    @Test
    void scanning_a_code_into_search_and_pressing_enter_selects_that_appointment() {
        frame.textBox("today.search").enterText("ABCDEF\n");

        waitFor(() -> frame.table("today.table").rowCount() == 1);
        frame.table("today.table").requireSelectedRows(0);
    }

    @Test
    void walk_in_with_f7_hands_out_a_ticket_from_the_desk_range() {
        frame.pressAndReleaseKeys(KeyEvent.VK_F7);
        DialogFixture dialog = WindowFinder.findDialog("walkInDialog").using(robot);
        dialog.textBox("walkIn.givenName").enterText("Jan");
        dialog.textBox("walkIn.familyName").enterText("Janssens");
        // Enter confirms (OK is the default button); a click would be the new dialog's first one.
        dialog.textBox("walkIn.familyName").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        waitFor(() -> frame.label("today.message").text().equals("Ticketnummer: L1-0001"));
        waitFor(() -> frame.table("today.table").rowCount() == 3);
        assertThat(outbox()).singleElement().satisfies(e ->
                assertThat(e.payload()).isInstanceOf(Commands.RegisterWalkIn.class));
    }

    @Test
    void booking_offline_shows_the_booking_as_provisional() {
        Press.tab(frame.tabbedPane("tabs"), 1);
        Press.button(frame.radioButton("book.mode.flexibility"));
        Press.button(frame.button("book.search"));
        waitFor(() -> frame.list("book.slots").contents().length > 0);
        Press.item(frame.list("book.slots"), 0);
        frame.textBox("book.givenName").enterText("Lotte");
        frame.textBox("book.familyName").enterText("Claes");
        frame.textBox("book.nrn").enterText("85.07.30-033.28");
        Press.button(frame.button("book.confirm"));

        waitFor(() -> frame.label("book.message").text().contains("Voorlopig"));
        assertThat(outbox()).singleElement().satisfies(e ->
                assertThat(e.payload()).isInstanceOf(Commands.Book.class));
    }

    @Test
    void status_bar_goes_from_offline_to_online_when_the_server_comes_back() throws Exception {
        waitFor(() -> frame.label("status.connection").text().startsWith("Offline sinds"));
        Press.row(frame.table("today.table"), 0);
        Press.button(frame.button("action.checkIn"));
        waitFor(() -> frame.label("status.waiting").text().equals("1 wijzigingen wachten"));

        List<JsonNode> pushed = new ArrayList<>();
        server = new ScriptedServer(json, port);
        server.on("POST", "/api/v1/auth/login",
                r -> new Answer(200, new LoginResponse("tok", java.time.Instant.now().plusSeconds(3600), AGENT)));
        server.on("POST", "/api/v1/sync/push", r -> {
            pushed.add(r.body());
            List<CommandReceipt> receipts = new ArrayList<>();
            r.body().get("commands").forEach(c -> receipts.add(new CommandReceipt(
                    UUID.fromString(c.get("commandId").asText()), c.get("sequence").asLong(), CommandOutcome.APPLIED,
                    null, null)));
            return new Answer(200, new PushResponse(receipts, receipts.size(), null, java.time.Instant.now()));
        });
        server.on("GET", "/api/v1/sync/pull",
                r -> new Answer(200, new PullResponse(List.of(), 0, false, 0, java.time.Instant.now())));
        server.on("GET", "/api/v1/health", r -> new Answer(200, Map.of("status", "ok")));
        Press.tab(frame.tabbedPane("tabs"), 2);
        Press.button(frame.button("sync.now"));

        waitFor(() -> frame.label("status.connection").text().equals("Online"));
        waitFor(() -> frame.label("status.waiting").text().equals("0 wijzigingen wachten"));
        assertThat(pushed).hasSize(1);
    }

    @Test
    void switching_the_language_relabels_the_screens_in_english() {
        Press.button(frame.button("toolbar.language"));

        waitFor(() -> "Today".equals(GuiActionRunner.execute(() -> frame.tabbedPane("tabs").target().getTitleAt(0))));
        frame.tabbedPane("tabs").requireTitle("Book", Index.atIndex(1));
        frame.button("action.checkIn").requireText("Check in (F2)");
        assertThat(new LanguagePreference(preferences).language()).isEqualTo("en");
    }

    @Test
    void an_agent_sees_neither_the_supervisor_tabs_nor_the_conflict_badge() {
        List<String> titles = GuiActionRunner.execute(() -> {
            javax.swing.JTabbedPane tabs = (javax.swing.JTabbedPane) frame.tabbedPane("tabs").target();
            List<String> all = new ArrayList<>();
            for (int i = 0; i < tabs.getTabCount(); i++) {
                all.add(tabs.getTitleAt(i));
            }
            return all;
        });

        assertThat(titles).contains("Vandaag").noneMatch(t -> t.startsWith("Conflicten"))
                .doesNotContain("Dagrapport", "Audittrail", "Capaciteit", "Loketten");
        assertThat(frame.robot().finder().findAll(c -> "conflictBadge".equals(c.getName()))).isEmpty();
    }

    private List<OutboxEntry> outbox() {
        return services.agenda().outbox();
    }
}
