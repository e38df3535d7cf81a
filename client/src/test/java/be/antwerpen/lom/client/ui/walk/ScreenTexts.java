package be.antwerpen.lom.client.ui.walk;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.accessibility.AccessibleContext;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.ListCellRenderer;
import javax.swing.border.TitledBorder;
import javax.swing.text.JTextComponent;

/**
 * Every text a person sees (or hears from a screen reader) on the showing part of a window: labels,
 * buttons, tab titles, table headers and cells, list and choice items as rendered, read-only texts,
 * tooltips, titled borders, accessible names and the window title. Call on the event thread.
 */
final class ScreenTexts {

    private ScreenTexts() {
    }

    static List<String> of(java.awt.Window window) {
        List<String> texts = new ArrayList<>();
        if (window instanceof JFrame f) {
            add(texts, f.getTitle());
        } else if (window instanceof JDialog d) {
            add(texts, d.getTitle());
        }
        collect(window, texts);
        return texts;
    }

    private static void collect(Component c, List<String> texts) {
        if (!c.isShowing()) {
            return;
        }
        if (c instanceof JComponent j) {
            add(texts, j.getToolTipText());
            if (j.getBorder() instanceof TitledBorder t) {
                add(texts, t.getTitle());
            }
            AccessibleContext context = j.getAccessibleContext();
            if (context != null && !(c instanceof JTable) && !(c instanceof JList<?>)) {
                add(texts, context.getAccessibleName());
            }
        }
        if (c instanceof JLabel l) {
            add(texts, l.getText());
        } else if (c instanceof AbstractButton b) {
            add(texts, b.getText());
        } else if (c instanceof JTextComponent t && !t.isEditable()) {
            add(texts, t.getText());
        } else if (c instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                add(texts, tabs.getTitleAt(i));
                add(texts, tabs.getToolTipTextAt(i));
            }
        } else if (c instanceof JTable table) {
            for (int col = 0; col < table.getColumnCount(); col++) {
                add(texts, table.getColumnName(col));
                for (int row = 0; row < table.getRowCount(); row++) {
                    Component shown = table.prepareRenderer(table.getCellRenderer(row, col), row, col);
                    add(texts, shown instanceof JLabel l ? l.getText() : String.valueOf(table.getValueAt(row, col)));
                    if (shown instanceof JComponent j) {
                        add(texts, j.getToolTipText());
                    }
                }
            }
        } else if (c instanceof JComboBox<?> combo) {
            for (int i = 0; i < combo.getItemCount(); i++) {
                add(texts, rendered(combo.getRenderer(), new JList<>(), combo.getItemAt(i)));
            }
            return;
        } else if (c instanceof JList<?> list) {
            for (int i = 0; i < list.getModel().getSize(); i++) {
                add(texts, rendered(list.getCellRenderer(), list, list.getModel().getElementAt(i)));
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, texts);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String rendered(ListCellRenderer renderer, JList list, Object value) {
        Component shown = renderer.getListCellRendererComponent(list, value, 0, false, false);
        return shown instanceof JLabel l ? l.getText() : String.valueOf(value);
    }

    private static void add(List<String> texts, String text) {
        if (text == null) {
            return;
        }
        String plain = text.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replaceAll("\\s+", " ").strip();
        if (!plain.isEmpty()) {
            texts.add(plain);
        }
    }
}
