package be.antwerpen.lom.client.ui.today;

import be.antwerpen.lom.client.agenda.SyncMark;
import be.antwerpen.lom.client.ui.RefusalWording;
import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.appointment.Appointment;
import java.util.List;
import java.util.UUID;
import javax.swing.table.AbstractTableModel;

/** The agenda rows of the Today screen; register numbers are shown masked. */
final class AgendaTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"time", "code", "name", "product", "status", "origin", "sync"};

    private final Messages messages;
    private final java.util.function.Function<String, String> productName;
    private List<AgendaEntry> rows = List.of();

    /** @param productName a product's name by its code (reference data), never the code on screen */
    AgendaTableModel(Messages messages, java.util.function.Function<String, String> productName) {
        this.messages = messages;
        this.productName = productName;
    }

    void setRows(List<AgendaEntry> rows) {
        this.rows = rows;
        fireTableDataChanged();
    }

    AgendaEntry row(int index) {
        return rows.get(index);
    }

    int indexOf(UUID id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).appointment().id().equals(id)) {
                return i;
            }
        }
        return -1;
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
        return messages.get("today.column." + COLUMNS[column]);
    }

    @Override
    public Object getValueAt(int rowIndex, int columnIndex) {
        AgendaEntry entry = rows.get(rowIndex);
        Appointment a = entry.appointment();
        return switch (columnIndex) {
            case 0 -> messages.time().format(a.start());
            case 1 -> a.code();
            case 2 -> a.citizen().familyName() + ", " + a.citizen().givenName();
            case 3 -> productName.apply(a.productCode());
            case 4 -> entry.refusedBooking() ? messages.get("today.notBooked")
                    : messages.get("status." + a.status().name());
            case 5 -> messages.get("origin." + a.origin().name());
            case 6 -> messages.get("mark." + entry.mark().name())
                    + (entry.reason() == null ? "" : ": " + RefusalWording.stored(messages, entry.reason(),
                            entry.mark() == SyncMark.CONFLICT ? "refusal.conflict" : "refusal.unknown"));
            default -> "";
        };
    }
}
