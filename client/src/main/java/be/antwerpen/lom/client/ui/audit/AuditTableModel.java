package be.antwerpen.lom.client.ui.audit;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.api.AuditEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;

/** Audit entries as table rows: when, who, desk, action, entity, detail. */
final class AuditTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"when", "who", "desk", "action", "entity", "detail"};

    private final Messages messages;
    private final Function<AuditEntry, String> entity;
    private final DateTimeFormatter when;
    private List<AuditEntry> rows = List.of();

    AuditTableModel(Messages messages, ZoneId zone, Function<AuditEntry, String> entity) {
        this.messages = messages;
        this.entity = entity;
        this.when = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", messages.locale()).withZone(zone);
    }

    void show(List<AuditEntry> entries) {
        rows = List.copyOf(entries);
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return messages.get("audit.column." + COLUMNS[column]);
    }

    @Override
    public Object getValueAt(int row, int column) {
        AuditEntry e = rows.get(row);
        return switch (column) {
            case 0 -> e.at() == null ? "" : when.format(e.at());
            case 1 -> e.actor();
            case 2 -> e.deviceId() == null ? "-" : e.deviceId();
            case 3 -> e.action();
            case 4 -> entity.apply(e);
            default -> e.detail();
        };
    }
}
