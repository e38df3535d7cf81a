package be.antwerpen.lom.client.rekey;

import static be.antwerpen.lom.client.testing.OnScreen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.downtime.RenderedPack;
import be.antwerpen.lom.client.downtime.SerialRange;
import be.antwerpen.lom.client.testing.Press;
import be.antwerpen.lom.client.testing.SwingFlow;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.rekey.PackPrinting;
import be.antwerpen.lom.client.ui.rekey.RekeyPanel;
import be.antwerpen.lom.client.ui.rekey.RekeyViewModel;
import be.antwerpen.lom.model.sync.Commands;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
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

/** AssertJ Swing: re-keying paper walk-in forms in the Paper tab, with the real store and pack. */
@ExtendWith(SwingFlow.class)
class RekeyFlowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneId.of("Europe/Brussels"));
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    private PaperDesk paper;
    private RenderedPack pack;
    private ExecutorService background;
    private FrameFixture frame;

    @BeforeEach
    void start() {
        paper = new PaperDesk(dir, CLOCK);
        paper.lease(new SerialRange("ANT-W", 1, 200));
        pack = paper.generator.generate(DAY, (step, done, total) -> { }).orElseThrow();
        background = Executors.newSingleThreadExecutor();
        Messages messages = new Messages(Messages.DUTCH_BELGIUM);
        RekeyViewModel model = new RekeyViewModel(paper.lookup, paper.rekeying, paper.progress,
                new BackgroundTasks(background, SwingUtilities::invokeLater), messages);
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        JFrame window = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("papier");
            f.setContentPane(new RekeyPanel(model, messages, paper.folder, () -> "antwerpen",
                    new PackPrinting(paper.generator::packPassword), new BackgroundTasks(background,
                    SwingUtilities::invokeLater), false));
            f.setSize(1000, 700);
            f.setVisible(true);
            return f;
        });
        frame = new FrameFixture(robot, window);
    }

    @AfterEach
    void stop() {
        if (frame != null) {
            frame.cleanUp();
        }
        background.shutdownNow();
        paper.close();
    }

    @Test
    void every_citizen_field_has_its_own_linked_label_and_the_outcomes_read_in_dutch() {
        for (String[] pair : new String[][] {{"rekey.registerNumberLabel", "rekey.registerNumber"},
            {"rekey.givenNameLabel", "rekey.givenName"}, {"rekey.familyNameLabel", "rekey.familyName"},
            {"rekey.timeLabel", "rekey.time"}, {"rekey.outcomeLabel", "rekey.outcome"},
            {"rekey.scanLabel", "rekey.scan"}}) {
            JLabel label = frame.label(pair[0]).target();
            assertThat(GuiActionRunner.execute(() -> label.getLabelFor().getName())).isEqualTo(pair[1]);
        }
        assertThat(frame.label("rekey.registerNumberLabel").text()).isEqualTo("Rijksregisternummer");
        assertThat(GuiActionRunner.execute(() -> {
            @SuppressWarnings("unchecked")
            JComboBox<Object> box = (JComboBox<Object>) frame.comboBox("rekey.outcome").target();
            JList<Object> list = new JList<>();
            StringBuilder shown = new StringBuilder();
            for (int i = 0; i < box.getItemCount(); i++) {
                shown.append(((JLabel) box.getRenderer().getListCellRendererComponent(list, box.getItemAt(i), i,
                        false, false)).getText()).append('|');
            }
            return shown.toString();
        })).isEqualTo("Aangekomen|Geholpen|Niet opgedaagd|");
    }

    @Test
    void after_a_form_is_entered_it_is_confirmed_in_words_and_the_next_form_starts_blank() {
        String first = pack.manifest().walkInForms().get(0).serial();
        String second = pack.manifest().walkInForms().get(1).serial();
        String time = PaperDesk.openTime(DAY).toString();

        frame.textBox("rekey.scan").enterText(first + "\n");
        waitFor(() -> frame.label("rekey.form").text().contains(first));
        Press.item(frame.comboBox("rekey.outcome"), 1);
        frame.textBox("rekey.time").enterText(time);
        frame.textBox("rekey.registerNumber").enterText("85.07.30-033.28");
        frame.textBox("rekey.givenName").enterText("Jan");
        frame.textBox("rekey.familyName").enterText("Peeters");
        Press.button(frame.button("rekey.enter"));

        waitFor(() -> frame.label("rekey.message").text().startsWith("Ingevoerd"));
        assertThat(frame.label("rekey.message").text())
                .isEqualTo("Ingevoerd: formulier " + first + ", Geholpen om " + time
                        + ", Jan Peeters (85.07.30-***.**). Het wordt gesynchroniseerd zoals elke andere handeling.");
        assertThat(paper.desk.agenda.outbox()).anySatisfy(e ->
                assertThat(e.payload()).isInstanceOf(Commands.RegisterWalkIn.class));
        for (String field : new String[] {"rekey.registerNumber", "rekey.givenName", "rekey.familyName",
            "rekey.time", "rekey.remark"}) {
            frame.textBox(field).requireText("");
        }
        frame.comboBox("rekey.outcome").requireSelection(0);

        frame.textBox("rekey.scan").enterText(second + "\n");
        waitFor(() -> frame.label("rekey.form").text().contains(second));
        frame.textBox("rekey.registerNumber").requireText("");
        frame.textBox("rekey.givenName").requireText("");
    }
}
