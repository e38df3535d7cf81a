package be.antwerpen.lom.client.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.KeyEvent;
import java.util.HashSet;
import java.util.Set;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.text.JTextComponent;

/**
 * Keyboard and screen-reader access for a whole screen, in whichever language it is built (issue 18):
 * every button, check box and tab gets an Alt-mnemonic from its own text, unique on the screen (the
 * window's toolbar and tab titles are shared by every tab, each tab's content has the rest); every label
 * not yet linked is linked ({@link JLabel#setLabelFor}) to the input that follows it in its container,
 * so a screen reader reads the label with the field. Mnemonics set by a panel itself are kept.
 */
public final class KeyboardAccess {

    private KeyboardAccess() {
    }

    /** Applies both to {@code root} and everything in it; call on the event thread once it is built. */
    public static void apply(Container root) {
        Set<Integer> shared = new HashSet<>();
        collectTaken(root, shared, false);
        assign(root, shared, false);
        contentsOfTabs(root, shared);
        linkLabels(root);
    }

    /** The mnemonics a panel set itself, outside tab contents (or inside one tab content when {@code inTab}). */
    private static void collectTaken(Component c, Set<Integer> used, boolean inTab) {
        if (c instanceof AbstractButton b && !(c instanceof JMenuItem) && b.getMnemonic() != 0) {
            used.add(b.getMnemonic());
        }
        if (c instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if (tabs.getMnemonicAt(i) > 0) {
                    used.add(tabs.getMnemonicAt(i));
                }
            }
            return;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collectTaken(child, used, inTab);
            }
        }
    }

    /** Gives mnemonics to buttons and tab titles, not descending into tab contents. */
    private static void assign(Component c, Set<Integer> used, boolean unused) {
        if (c instanceof AbstractButton b && !(c instanceof JMenuItem) && b.getMnemonic() == 0
                && !(b.getParent() instanceof JComboBox) && b.getText() != null) {
            int index = pick(b.getText(), used);
            if (index >= 0) {
                b.setMnemonic(code(b.getText().charAt(index)));
                b.setDisplayedMnemonicIndex(index);
            }
        }
        if (c instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                String title = tabs.getTitleAt(i);
                if (tabs.getMnemonicAt(i) <= 0 && title != null) {
                    int index = pick(title, used);
                    if (index >= 0) {
                        tabs.setMnemonicAt(i, code(title.charAt(index)));
                        tabs.setDisplayedMnemonicIndexAt(i, index);
                    }
                }
            }
            return;
        }
        if (c instanceof JComboBox<?>) {
            return;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                assign(child, used, unused);
            }
        }
    }

    private static void contentsOfTabs(Component c, Set<Integer> shared) {
        if (c instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                Component content = tabs.getComponentAt(i);
                Set<Integer> used = new HashSet<>(shared);
                collectTaken(content, used, true);
                assign(content, used, true);
                contentsOfTabs(content, used);
            }
            return;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                contentsOfTabs(child, shared);
            }
        }
    }

    /** The index of the first letter or digit of {@code text} whose key is free, outside "(F2)"-like hints. */
    static int pick(String text, Set<Integer> used) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && Character.isLetterOrDigit(ch) && ch < 128) {
                int code = code(ch);
                if (code != KeyEvent.VK_UNDEFINED && used.add(code)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int code(char ch) {
        return KeyEvent.getExtendedKeyCodeForChar(Character.toUpperCase(ch));
    }

    private static void linkLabels(Container container) {
        Component[] children = container.getComponents();
        for (int i = 0; i < children.length; i++) {
            if (children[i] instanceof JLabel label && label.getLabelFor() == null && label.getText() != null
                    && !label.getText().isBlank()) {
                for (int j = i + 1; j < children.length && !(children[j] instanceof JLabel); j++) {
                    Component input = input(children[j]);
                    if (input != null) {
                        label.setLabelFor(input);
                        break;
                    }
                }
            }
            if (children[i] instanceof Container child) {
                linkLabels(child);
            }
        }
    }

    /** The input a label can stand for: a text field, a choice, a list (also inside a scroll pane). */
    static JComponent input(Component c) {
        if (c instanceof JTextComponent || c instanceof JComboBox<?> || c instanceof JSpinner || c instanceof JList<?>) {
            return (JComponent) c;
        }
        if (c instanceof JScrollPane scroll && scroll.getViewport().getView() instanceof JComponent view) {
            return input(view);
        }
        return null;
    }
}
