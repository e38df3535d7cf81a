package be.antwerpen.lom.client.ui.sync;

import static be.antwerpen.lom.client.testing.OnScreen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.counter.BookingConfirmation;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.testing.Press;
import be.antwerpen.lom.client.testing.SwingFlow;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.shell.LookAndFeelSetup;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
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
 * The Sync screen on a real store: removing a booking the server refused asks first, in Dutch, naming the citizen
 * who must be contacted; "Nee" keeps the line, "Ja" removes it (ADR 0143). Runs only with a display (Xvfb).
 */
@ExtendWith(SwingFlow.class)
class SyncPanelFlowTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), BRUSSELS);

    @TempDir
    Path dir;

    private TestDesk desk;
    private ExecutorService background;
    private Robot robot;
    private FrameFixture frame;
    private BookingConfirmation booked;

    @BeforeEach
    void open() {
        desk = new TestDesk(dir, CLOCK);
        desk.referenceData.set(ReferenceDataLoader.antwerpExample());
        booked = desk.booking.book("antwerpen", "EID_APPLY", LocalDateTime.of(2026, 11, 30, 11, 0),
                TestAppointments.citizen("Lotte", "Claes"));
        desk.store.database().inTransaction(c -> {
            desk.store.outbox().settle(c, desk.store.outbox().all(c).get(0).commandId(), OutboxStatus.REJECTED,
                    "location_closed", null);
            return null;
        });
        background = Executors.newSingleThreadExecutor();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        JFrame window = GuiActionRunner.execute(() -> {
            LookAndFeelSetup.install(false);
            Messages messages = new Messages(Messages.DUTCH_BELGIUM);
            BackgroundTasks tasks = new BackgroundTasks(background, SwingUtilities::invokeLater);
            SyncViewModel model = new SyncViewModel(desk.agenda, desk.store, () -> { }, tasks, messages,
                    id -> desk.referenceData.get().flatMap(r -> r.location(id)).map(Location::name).orElse("?"));
            SyncPanel panel = new SyncPanel(model, new ReenrollmentViewModel(null, () -> { }, tasks, messages),
                    messages, BRUSSELS);
            JFrame f = new JFrame("sync");
            f.setContentPane(panel);
            f.pack();
            f.setVisible(true);
            model.reload();
            return f;
        });
        frame = new FrameFixture(robot, window);
        waitFor(() -> frame.table("sync.table").rowCount() == 1);
    }

    @AfterEach
    void close() {
        if (frame != null) {
            frame.cleanUp();
        }
        background.shutdownNow();
        desk.close();
    }

    @Test
    void removing_a_refused_booking_asks_first_naming_the_citizen_to_contact_and_only_ja_removes_it() {
        Press.row(frame.table("sync.table"), 0);

        clickLater("sync.dismiss");
        DialogFixture first = WindowFinder.findDialog("confirm.dismissRefused").using(robot);
        String question = GuiActionRunner.execute(() ->
                ((JTextArea) first.robot().finder().findByName(first.target(), "confirm.dismissRefused.text"))
                        .getText());
        assertThat(question).contains("Lotte Claes", booked.code(), "Districtshuis Antwerpen",
                "moet gecontacteerd worden");
        first.button("confirm.no").requireText("Nee");
        Press.button(first.button("confirm.no"));
        waitFor(() -> !first.target().isShowing());
        assertThat(desk.agenda.unacknowledged()).as("Nee keeps the only copy").hasSize(1);
        assertThat(frame.table("sync.table").rowCount()).isEqualTo(1);

        clickLater("sync.dismiss");
        DialogFixture second = WindowFinder.findDialog("confirm.dismissRefused").using(robot);
        Press.button(second.button("confirm.yes"));

        waitFor(() -> frame.table("sync.table").rowCount() == 0);
        assertThat(desk.agenda.unacknowledged()).isEmpty();
    }

    /** Clicks a button that opens a modal dialog without waiting for the dialog to close. */
    private void clickLater(String name) {
        JButton button = (JButton) frame.button(name).target();
        SwingUtilities.invokeLater(button::doClick);
    }
}
