package be.antwerpen.lom.client.ui.walk;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;

/**
 * Keyboard and screen-reader access of the showing part of a window: every button with text and every
 * tab has a mnemonic, no mnemonic twice among what shows together; every editable field or choice is
 * named by a linked label ({@link JLabel#setLabelFor}) or an accessible name. Call on the event thread.
 */
final class KeyboardCheck {

    private KeyboardCheck() {
    }

    static List<String> of(Window window) {
        List<String> problems = new ArrayList<>();
        Map<Integer, String> mnemonics = new HashMap<>();
        List<Component> labelled = new ArrayList<>();
        collectLabelled(window, labelled);
        walk(window, problems, mnemonics, labelled);
        return problems;
    }

    private static void collectLabelled(Component c, List<Component> labelled) {
        if (c instanceof JLabel l && l.getLabelFor() != null) {
            labelled.add(l.getLabelFor());
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collectLabelled(child, labelled);
            }
        }
    }

    private static void walk(Component c, List<String> problems, Map<Integer, String> mnemonics,
                             List<Component> labelled) {
        if (!c.isShowing()) {
            return;
        }
        if (c instanceof AbstractButton b && !(c instanceof JMenuItem) && b.getText() != null && !b.getText().isBlank()
                && !(b.getParent() instanceof JComboBox) && !(SwingParts.isChooserInternal(b))) {
            mnemonic(b.getMnemonic(), "button \"" + b.getText() + "\"", problems, mnemonics);
        }
        if (c instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                mnemonic(tabs.getMnemonicAt(i), "tab \"" + tabs.getTitleAt(i) + "\"", problems, mnemonics);
            }
        }
        if ((c instanceof JTextField || c instanceof JPasswordField || (c instanceof JTextComponent t && t.isEditable()
                && !(c.getParent() instanceof JComboBox)) || c instanceof JComboBox<?>) && !SwingParts.isChooserInternal(c)
                && !(c.getParent() instanceof JComboBox)) {
            boolean named = labelled.contains(c) || (c.getParent() != null && c.getParent().getParent() instanceof JScrollPane
                    && labelled.contains(c.getParent().getParent()))
                    || (c.getAccessibleContext().getAccessibleName() != null
                    && !c.getAccessibleContext().getAccessibleName().isBlank());
            if (!named) {
                problems.add("field " + (c.getName() == null ? c.getClass().getSimpleName() : c.getName())
                        + " has no linked label and no accessible name");
            }
        }
        if (c instanceof JList<?> list && list.getParent() instanceof JComboBox) {
            return;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                walk(child, problems, mnemonics, labelled);
            }
        }
    }

    private static void mnemonic(int code, String what, List<String> problems, Map<Integer, String> mnemonics) {
        if (code <= 0) {
            problems.add(what + " has no mnemonic");
            return;
        }
        String other = mnemonics.putIfAbsent(code, what);
        if (other != null) {
            problems.add(what + " has the same mnemonic as " + other);
        }
    }
}
