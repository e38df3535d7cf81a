package be.antwerpen.lom.client.ui.sync;

import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.RefusalWording;
import java.time.ZoneId;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The rows of the Sync screen: when, what, whose (code, name, start, location by name), its state and reason. */
final class SyncTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"time", "command", "code", "name", "start", "location", "state", "reason"};

    private final SyncViewModel model;
    private final Messages messages;
    private final ZoneId zone;

    SyncTableModel(SyncViewModel model, Messages messages, ZoneId zone) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
    }

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
        List<SyncItem> rows = model.items();
        if (row >= rows.size()) {
            return "";
        }
        SyncItem item = rows.get(row);
        var e = item.entry();
        return switch (column) {
            case 0 -> messages.time().format(e.deviceTime().atZone(zone));
            case 1 -> e.readable() ? messages.get("command." + e.commandType())
                    : messages.get("command.unreadable", e.commandType());
            case 2 -> orEmpty(item.code());
            case 3 -> orEmpty(item.citizenName());
            case 4 -> model.startText(item);
            case 5 -> orEmpty(item.locationName());
            case 6 -> messages.get("outbox." + e.status().name());
            case 7 -> RefusalWording.stored(messages, e.reason(),
                    e.status() == OutboxStatus.CONFLICT ? "refusal.conflict" : "refusal.unknown");
            default -> "";
        };
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
