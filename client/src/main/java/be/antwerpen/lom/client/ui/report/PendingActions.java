package be.antwerpen.lom.client.ui.report;

import java.awt.Component;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * Items of the report a supervisor still has to deal with, one action for the selected one: the refused commands to
 * settle (ADR 0152), the silent desks to confirm as not used (ADR 0154). Hidden while there is none.
 *
 * @param <T> an item of the report
 */
final class PendingActions<T> extends JPanel {

    private final DefaultListModel<T> items = new DefaultListModel<>();
    private final JList<T> list = new JList<>(items);
    private final JButton action = new JButton();
    private boolean busy;

    /**
     * @param name     the list's name; the button is {@code name + ".action"}
     * @param title    the label above the list
     * @param button   the button's text
     * @param describe an item in words
     * @param act      what the button does with the selected item (on the event thread)
     */
    PendingActions(String name, String title, String button, Function<T, String> describe, Consumer<T> act) {
        super(new MigLayout("insets 0, fillx", "[grow,fill][]"));
        setName(name + ".section");
        list.setName(name);
        action.setName(name + ".action");
        action.setText(button);
        JLabel label = new JLabel(title);
        label.setLabelFor(list);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(3);
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            @SuppressWarnings("unchecked")
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected,
                                                          boolean focus) {
                return super.getListCellRendererComponent(l, value == null ? "" : describe.apply((T) value), index,
                        selected, focus);
            }
        });
        add(label, "span, wrap");
        add(new JScrollPane(list), "growx");
        add(action, "top");
        action.addActionListener(e -> {
            T selected = list.getSelectedValue();
            if (selected != null) {
                act.accept(selected);
            }
        });
        list.addListSelectionListener(e -> enableAction());
        update(List.of(), false);
    }

    /** Shows {@code pending} (keeping the selection when nothing changed); the action waits while {@code busy}. */
    void update(List<T> pending, boolean busy) {
        this.busy = busy;
        if (!pending.equals(Collections.list(items.elements()))) {
            items.clear();
            pending.forEach(items::addElement);
        }
        setVisible(!pending.isEmpty());
        enableAction();
    }

    private void enableAction() {
        action.setEnabled(!busy && list.getSelectedValue() != null);
    }
}
