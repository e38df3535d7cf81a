package be.antwerpen.lom.client.ui.capacity;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.lease.SeatDayCapacity;
import java.awt.BorderLayout;
import java.awt.Component;
import java.util.List;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;

/** The supervisor's seat capacity: pick a location, see per day offered, booked, leased to desks and free. */
public final class SeatCapacityPanel extends JPanel {

    private final SeatCapacityViewModel model;
    private final Messages messages;
    private final JComboBox<String> location = new JComboBox<>();
    private final JButton load = new JButton();
    private final JLabel notice = new JLabel();
    private final JLabel summary = new JLabel();
    private final DaysTable days = new DaysTable();

    /** @param locationName a location's name for its id (the id itself when the desk does not know it) */
    public SeatCapacityPanel(SeatCapacityViewModel model, Messages messages, Function<String, String> locationName) {
        super(new BorderLayout());
        this.model = model;
        this.messages = messages;
        setName("capacity");
        location.setName("capacity.location");
        load.setName("capacity.load");
        notice.setName("capacity.notice");
        summary.setName("capacity.summary");
        JTable table = new JTable(days);
        table.setName("capacity.table");
        table.setAutoCreateRowSorter(true);
        model.locations().forEach(location::addItem);
        location.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? "" : locationName.apply(
                        value.toString()), index, selected, focus);
            }
        });
        JLabel locationLabel = new JLabel(messages.get("capacity.location"));
        locationLabel.setLabelFor(location);
        load.setText(messages.get("capacity.load"));
        load.addActionListener(e -> model.load((String) location.getSelectedItem()));
        location.addActionListener(e -> model.load((String) location.getSelectedItem()));

        JPanel top = new JPanel(new MigLayout("insets 8", "[][200!][]push"));
        top.add(locationLabel);
        top.add(location);
        top.add(load, "wrap");
        top.add(new JLabel(messages.get("capacity.explanation")), "span, wrap");
        top.add(notice, "span, wrap");
        top.add(summary, "span");
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        model.addListener(this::render);
        render();
    }

    /** Loads the chosen location each time the tab is selected. */
    public void opened() {
        model.load((String) location.getSelectedItem());
    }

    private void render() {
        load.setEnabled(!model.busy());
        notice.setText(model.notice());
        List<SeatDayCapacity> wrong = model.daysThatDoNotAddUp();
        String summaryText = model.days().isEmpty() ? "" : messages.get("capacity.summary", model.leasedPercent());
        if (!wrong.isEmpty()) {
            summaryText += " " + messages.get("capacity.doesNotAddUp", String.join(", ", wrong.stream()
                    .map(d -> messages.dayWithWeekday().format(d.day())).toList()));
        }
        summary.setText(summaryText);
        summary.setForeground(wrong.isEmpty() ? UIManager.getColor("Label.foreground")
                : UIManager.getColor("Lom.staleForeground"));
        days.show(model.days());
    }

    private final class DaysTable extends AbstractTableModel {

        private final String[] columns = {"capacity.day", "capacity.offered", "capacity.booked", "capacity.leased",
                "capacity.free"};
        private List<SeatDayCapacity> rows = List.of();

        void show(List<SeatDayCapacity> days) {
            rows = days;
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int column) {
            return messages.get(columns[column]);
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 0 ? String.class : Integer.class;
        }

        @Override
        public Object getValueAt(int row, int column) {
            SeatDayCapacity day = rows.get(row);
            return switch (column) {
                case 0 -> messages.dayWithWeekday().format(day.day());
                case 1 -> day.capacity();
                case 2 -> day.booked();
                case 3 -> day.leased();
                default -> day.free();
            };
        }
    }
}
