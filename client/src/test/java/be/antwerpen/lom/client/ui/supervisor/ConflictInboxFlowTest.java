package be.antwerpen.lom.client.ui.supervisor;

import static be.antwerpen.lom.client.testing.OnScreen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.supervisor.ConflictInbox;
import be.antwerpen.lom.client.supervisor.SupervisorApi;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.testing.Press;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.SupervisorAccess;
import be.antwerpen.lom.client.testing.SwingFlow;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.server.sync.PushService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** AssertJ Swing: a supervisor rebooks a double booking from the inbox against the real server. */
@ExtendWith(SwingFlow.class)
class ConflictInboxFlowTest {

    private final ObjectMapper json = ProtocolJson.newMapper();
    private RealServer server;
    private ExecutorService background;
    private FrameFixture frame;
    private ConflictInboxViewModel model;
    private UUID provisional;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        server = new RealServer(dir);
        server.start();
        String token = SupervisorAccess.supervisorToken(server);
        provisional = doubleBooking();
        SupervisorApi api = SupervisorAccess.api(server, token);
        background = Executors.newSingleThreadExecutor();
        Messages messages = new Messages(Messages.DUTCH_BELGIUM);
        model = new ConflictInboxViewModel(new ConflictInbox(api, new ServerCalls(json)),
                List.of("antwerpen"), messages, new BackgroundTasks(background, SwingUtilities::invokeLater));
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        JFrame window = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("inbox");
            f.setContentPane(new ConflictInboxPanel(model, messages, ZoneId.of("Europe/Brussels")));
            f.setSize(1100, 600);
            f.setVisible(true);
            return f;
        });
        frame = new FrameFixture(robot, window);
        model.reload();
    }

    @AfterEach
    void stop() {
        if (frame != null) {
            frame.cleanUp();
        }
        if (background != null) {
            background.shutdownNow();
        }
        if (server != null) {
            server.close();
        }
    }

    private UUID doubleBooking() {
        LocalDate from = LocalDate.now().plusDays(7);
        Slot slot = server.components.engine().proximity(new ProximityQuery("antwerpen", "EID_APPLY", from,
                from.plusDays(14)), List.of()).get(0);
        EnrollmentResponse desk = server.components.enrollment().enroll(new EnrollmentRequest(RealServer.ENROLL_CODE,
                "pc"));
        ArrayNode batch = json.createArrayNode();
        UUID last = null;
        for (int i = 0; i <= slot.free(); i++) {
            last = UUID.randomUUID();
            batch.add(json.valueToTree(new SyncCommand(UUID.randomUUID(), i + 1L,
                    SyncCommand.CURRENT_SCHEMA_VERSION, Instant.now(), RealServer.AGENT, new Commands.Book(last,
                    "F" + i, "antwerpen", "EID_APPLY", slot.start(), TestAppointments.anotherCitizen("An", "Peeters"),
                    AppointmentOrigin.COUNTER))));
        }
        server.components.push().push(server.staff(RealServer.AGENT), desk.deviceId(), PushService.identities(batch));
        return last;
    }

    /** A desk of another build pushes commands this server cannot read: each becomes a dead letter (ADR 0142). */
    private void deadLetters(int count) {
        server.pushUnreadableCommands("E2E-FLOOD-01", count);
    }

    private Appointment stored() {
        return server.components.db().inSnapshot(c -> server.components.appointments().find(c, provisional))
                .orElseThrow().appointment();
    }

    @Test
    void a_list_cut_at_the_servers_limit_says_how_many_are_open_and_that_it_shows_the_oldest() {
        int limit = be.antwerpen.lom.server.conflictinbox.ConflictInbox.LIST_LIMIT;
        int open = limit + 21;
        deadLetters(limit + 20);

        model.reload();

        waitFor(() -> frame.list("conflictList").target().getModel().getSize() == limit);
        waitFor(() -> frame.label("conflictTotal").text().startsWith("Open conflicten: " + open));
        assertThat(frame.label("conflictTotal").text())
                .isEqualTo("Open conflicten: " + open + " \u00b7 de lijst toont de oudste " + limit + " van " + open
                        + "; los ze op om de volgende te zien");
        assertThat(frame.label("conflictCounts").text()).contains("Onleesbare opdracht: " + (limit + 20))
                .contains("Dubbele boeking: 1");
    }

    @Test
    void a_supervisor_rebooks_a_double_booking_into_a_proposed_slot() {
        waitFor(() -> frame.list("conflictList").target().getModel().getSize() == 1);
        assertThat(frame.label("conflictCounts").text()).contains("Dubbele boeking: 1");
        assertThat(frame.label("conflictTotal").text()).as("the header count is the server's count")
                .isEqualTo("Open conflicten: 1");

        Press.item(frame.list("conflictList"), 0);
        // The case file: when, which desk (by name), who; labelled fields, no "null" and no JSON.
        assertThat(frame.label("conflictCase.header").text()).startsWith("Geopend ")
                .contains("Loket 1").contains("door " + RealServer.AGENT);
        var fields = frame.table("conflictCase.fields");
        assertThat(fields.target().getRowCount()).isPositive();
        for (int row = 0; row < fields.target().getRowCount(); row++) {
            for (int column = 0; column < 3; column++) {
                assertThat(String.valueOf(fields.valueAt(org.assertj.swing.data.TableCell.row(row).column(column))))
                        .doesNotContain("null", "{", "\"");
            }
        }
        assertThat(frame.label("conflictCase.decisions").text()).contains("Omboeken naar een vrij moment")
                .contains("De voorlopige boeking verhuist");
        Press.item(frame.comboBox("conflictChoice"), 0);
        Press.button(frame.button("conflictPropose"));
        waitFor(() -> frame.list("conflictProposals").target().getModel().getSize() > 0);
        Press.item(frame.list("conflictProposals"), 0);
        frame.textBox("conflictRemark").enterText("burger gebeld");
        Press.button(frame.button("conflictDecide"));

        waitFor(() -> frame.label("conflictNotice").text().contains("opgelost"));
        waitFor(() -> frame.list("conflictList").target().getModel().getSize() == 0);
        assertThat(frame.label("conflictTotal").text()).isEqualTo("Open conflicten: 0");
        assertThat(stored().provisional()).isFalse();
        assertThat(stored().start()).isNotNull();
    }
}
