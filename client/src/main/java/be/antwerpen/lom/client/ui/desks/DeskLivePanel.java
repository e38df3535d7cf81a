package be.antwerpen.lom.client.ui.desks;

import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.drill.DrillView;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Function;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.SpinnerNumberModel;

/**
 * The supervisor's "Desks" tab (ADR 0110, 0111): every desk of their locations with its connection, sync,
 * waiting changes, ages of copy and pack, clock skew, version and drill; start, cancel and report of drills.
 */
public final class DeskLivePanel extends JPanel {

    private final DeskLiveViewModel model;
    private final Messages messages;
    private final ZoneId zone;
    private final DeskTableModel table;
    private final JComboBox<DrillView> drills = new JComboBox<>();
    private final JLabel status = new JLabel(" ");
    private final DrillReportText reportText;
    private final BackgroundTasks tasks;

    /** @param endHere ends a drill running at this desk now (a supervisor at a desk that is cut off) */
    public DeskLivePanel(DeskLiveViewModel model, Messages messages, ZoneId zone, Function<String, String> locationName,
                         BackgroundTasks tasks, Runnable endHere) {
        super(new BorderLayout());
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        this.tasks = tasks;
        this.table = new DeskTableModel(messages, zone, locationName);
        this.reportText = new DrillReportText(messages, zone, locationName);
        setName("deskLive");
        JTable grid = new JTable(table);
        grid.setName("desks.table");
        grid.setAutoCreateRowSorter(true);
        drills.setName("drills.choice");
        drills.setRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                String text = value instanceof DrillView d ? describe(d) : " ";
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        JPanel actions = new JPanel(new FlowLayout(FlowLayout.LEFT));
        actions.add(button("desks.refresh", model::reload));
        actions.add(button("drill.start", this::askStart));
        actions.add(new JLabel(messages.get("drill.choose")));
        actions.add(drills);
        actions.add(button("drill.cancel", () -> selected(model::cancel)));
        actions.add(button("drill.report", () -> selected(d -> model.report(d,
                report -> DrillReportDialog.show(this, report, reportText, messages, tasks)))));
        actions.add(button("drill.cancelHere", () -> tasks.run(() -> {
            endHere.run();
            return true;
        }, done -> model.reload(), failed -> model.reload())));
        status.setName("desks.status");
        add(actions, BorderLayout.NORTH);
        add(new JScrollPane(grid), BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
        model.addListener(this::refresh);
    }

    private void refresh() {
        table.show(model.lines());
        Object chosen = drills.getSelectedItem();
        DefaultComboBoxModel<DrillView> items = new DefaultComboBoxModel<>();
        model.drills().forEach(items::addElement);
        drills.setModel(items);
        if (chosen instanceof DrillView d) {
            model.drills().stream().filter(x -> x.id().equals(d.id())).findFirst().ifPresent(drills::setSelectedItem);
        }
        status.setText(model.message());
    }

    private void askStart() {
        JComboBox<String> scope = new JComboBox<>(new String[] {"DESK", "LOCATION", "ALL"});
        scope.setName("drill.scope");
        scope.setSelectedIndex(1);
        scope.setRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, messages.get("drill.scope." + value), index,
                        selected, focus);
            }
        });
        JSpinner startIn = new JSpinner(new SpinnerNumberModel(0, 0, 20_160, 5));
        startIn.setName("drill.startIn");
        JSpinner minutes = new JSpinner(new SpinnerNumberModel(30, 1, 480, 5));
        minutes.setName("drill.minutes");
        Object[] form = {messages.get("drill.scope"), scope, messages.get("drill.startIn"), startIn,
            messages.get("drill.minutes"), minutes};
        if (JOptionPane.showConfirmDialog(this, form, messages.get("drill.start"), JOptionPane.OK_CANCEL_OPTION)
                == JOptionPane.OK_OPTION) {
            model.start((String) scope.getSelectedItem(), (Integer) startIn.getValue(), (Integer) minutes.getValue());
        }
    }

    private void selected(java.util.function.Consumer<DrillView> action) {
        if (drills.getSelectedItem() instanceof DrillView d) {
            action.accept(d);
        } else {
            status.setText(messages.get("drill.noDrill"));
        }
    }

    private String describe(DrillView d) {
        return LocalDateTime.ofInstant(d.startsAt(), zone).format(messages.date()) + " "
                + LocalDateTime.ofInstant(d.startsAt(), zone).format(messages.time()) + "–"
                + LocalDateTime.ofInstant(d.plannedEnd(), zone).format(messages.time()) + " ("
                + messages.get("drill.state." + d.state()) + ")";
    }

    private JButton button(String key, Runnable action) {
        JButton button = new JButton(messages.get(key));
        button.setName(key);
        button.addActionListener(e -> action.run());
        return button;
    }
}
