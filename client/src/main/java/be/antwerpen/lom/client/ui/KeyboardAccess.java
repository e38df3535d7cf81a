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
    public static void apply(Container root, Messages messages) {
        Set<Integer> shared = new HashSet<>();
        collectTaken(root, shared, false);
        assign(root, shared, messages);
        contentsOfTabs(root, shared, messages);
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
    private static void assign(Component c, Set<Integer> used, Messages messages) {
        if (c instanceof AbstractButton b && !(c instanceof JMenuItem) && b.getMnemonic() == 0
                && !(b.getParent() instanceof JComboBox) && b.getText() != null && !b.getText().isBlank()) {
            int index = pick(b.getText(), used);
            if (index >= 0) {
                b.setMnemonic(code(b.getText().charAt(index)));
                b.setDisplayedMnemonicIndex(index);
            } else {
                // every letter of the text is taken on this screen: a free key, told in the tooltip
                for (char ch : "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray()) {
                    if (used.add(code(ch))) {
                        b.setMnemonic(code(ch));
                        if (b.getToolTipText() == null) {
                            b.setToolTipText(messages.get("keyboard.shortcut", "Alt+" + ch));
                        }
                        break;
                    }
                }
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
                assign(child, used, messages);
            }
        }
    }

    private static void contentsOfTabs(Component c, Set<Integer> shared, Messages messages) {
        if (c instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                Component content = tabs.getComponentAt(i);
                Set<Integer> used = new HashSet<>(shared);
                collectTaken(content, used, true);
                assign(content, used, messages);
                contentsOfTabs(content, used, messages);
            }
            return;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                contentsOfTabs(child, shared, messages);
            }
        }
    }

    /**
     * The index of the first letter or digit of {@code text} whose key is free: first outside "(F2)"-like
     * hints, then inside them (the hint's digit), so a crowded screen still gives every button a key.
     */
    static int pick(String text, Set<Integer> used) {
        for (boolean inHint : new boolean[] {false, true}) {
            int depth = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '(') {
                    depth++;
                } else if (ch == ')') {
                    depth = Math.max(0, depth - 1);
                } else if ((depth > 0) == inHint && Character.isLetterOrDigit(ch) && ch < 128) {
                    int code = code(ch);
                    if (code != KeyEvent.VK_UNDEFINED && used.add(code)) {
                        return i;
                    }
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
