package be.antwerpen.lom.client.testing;

import javax.swing.AbstractButton;
import javax.swing.JTabbedPane;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.AbstractButtonFixture;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.assertj.swing.fixture.JListFixture;
import org.assertj.swing.fixture.JTabbedPaneFixture;
import org.assertj.swing.fixture.JTableFixture;

/**
 * Presses buttons, picks tabs, rows and items on the event thread, as a click would, without the
 * mouse. Under Xvfb without a window manager the robot's mouse clicks sometimes land beside their
 * target (seen: a click aimed at the first table row selected a tab, clicks on tabs and dialog
 * buttons did nothing), so the UI flows use the mouse for nothing; typing and function keys still
 * go through the robot as real key events.
 */
public final class Press {

    private Press() {
    }

    /** Fires the button's action exactly as a click does ({@link AbstractButton#doClick()}). */
    public static void button(AbstractButtonFixture<?, ? extends AbstractButton> button) {
        GuiActionRunner.execute(() -> button.target().doClick());
        button.robot().waitForIdle();
    }

    /** Selects a table row as a click on it does, and gives the table the keyboard focus. */
    public static void row(JTableFixture table, int row) {
        GuiActionRunner.execute(() -> {
            table.target().setRowSelectionInterval(row, row);
            table.target().requestFocusInWindow();
        });
        table.robot().waitForIdle();
    }

    public static void item(JListFixture list, int index) {
        GuiActionRunner.execute(() -> list.target().setSelectedIndex(index));
        list.robot().waitForIdle();
    }

    public static void item(JComboBoxFixture combo, int index) {
        GuiActionRunner.execute(() -> combo.target().setSelectedIndex(index));
        combo.robot().waitForIdle();
    }

    /** Selects the tab with this title, as a click on it does. */
    public static void tab(JTabbedPaneFixture tabs, String title) {
        GuiActionRunner.execute(() -> {
            JTabbedPane pane = (JTabbedPane) tabs.target();
            int index = pane.indexOfTab(title);
            if (index < 0) {
                throw new AssertionError("no tab titled " + title);
            }
            pane.setSelectedIndex(index);
        });
        tabs.robot().waitForIdle();
    }

    public static void tab(JTabbedPaneFixture tabs, int index) {
        GuiActionRunner.execute(() -> ((JTabbedPane) tabs.target()).setSelectedIndex(index));
        tabs.robot().waitForIdle();
    }
}
