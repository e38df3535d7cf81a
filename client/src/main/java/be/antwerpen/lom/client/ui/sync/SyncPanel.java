package be.antwerpen.lom.client.ui.sync;

import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.ui.Messages;
import java.time.ZoneId;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;

/** The Sync screen: waiting, rejected and conflicting changes with their reasons; "sync now". */
public final class SyncPanel extends JPanel {

    private final SyncViewModel model;
    private final Messages messages;
    private final ZoneId zone;
    private final ItemsModel items = new ItemsModel();

    public SyncPanel(SyncViewModel model, Messages messages, ZoneId zone) {
        super(new MigLayout("insets 8, fill", "[grow]", "[][grow]"));
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        setName("syncPanel");
        JButton syncNow = new JButton(messages.get("sync.now"));
        syncNow.setName("sync.now");
        syncNow.addActionListener(e -> model.syncNow());
        JTable table = new JTable(items);
        table.setName("sync.table");
        JButton dismiss = new JButton(messages.get("sync.dismiss"));
        dismiss.setName("sync.dismiss");
        dismiss.addActionListener(e -> {
            int row = table.getSelectedRow();
            if (row >= 0) {
                model.dismiss(model.items().get(row));
            }
        });
        add(syncNow, "split 2");
        add(dismiss, "wrap");
        add(new JScrollPane(table), "grow");
        model.addListener(items::fireTableDataChanged);
    }

    private final class ItemsModel extends AbstractTableModel {

        private static final String[] COLUMNS = {"time", "command", "state", "reason"};

        @Override
        public int getRowCount() {
            return model.items().size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return messages.get("sync.column." + COLUMNS[column]);
        }

        @Override
        public Object getValueAt(int row, int column) {
            List<OutboxEntry> rows = model.items();
            if (row >= rows.size()) {
                return "";
            }
            OutboxEntry e = rows.get(row);
            return switch (column) {
                case 0 -> messages.time().format(e.deviceTime().atZone(zone));
                case 1 -> messages.get("command." + e.commandType());
                case 2 -> messages.get("outbox." + e.status().name());
                case 3 -> e.reason() == null ? "" : e.reason();
                default -> "";
            };
        }
    }
}
