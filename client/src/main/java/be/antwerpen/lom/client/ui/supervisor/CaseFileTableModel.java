package be.antwerpen.lom.client.ui.supervisor;

import be.antwerpen.lom.client.ui.Messages;
import java.awt.Component;
import java.awt.Font;
import java.util.List;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;

/** The case file's fields: label, server version, desk version, and "≠" where they differ. */
final class CaseFileTableModel extends AbstractTableModel {

    static final String DIFFERS = "\u2260";
    private static final String[] COLUMNS = {"field", "server", "desk", "differs"};

    private final Messages messages;
    private List<ConflictCaseFile.Field> fields = List.of();

    CaseFileTableModel(Messages messages) {
        this.messages = messages;
    }

    void show(List<ConflictCaseFile.Field> newFields) {
        fields = List.copyOf(newFields);
        fireTableDataChanged();
    }

    boolean differs(int row) {
        return fields.get(row).differs();
    }

    @Override
    public int getRowCount() {
        return fields.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return messages.get("inbox.case.column." + COLUMNS[column]);
    }

    @Override
    public Object getValueAt(int row, int column) {
        ConflictCaseFile.Field f = fields.get(row);
        return switch (column) {
            case 0 -> f.label();
            case 1 -> f.server();
            case 2 -> f.desk();
            default -> f.differs() ? DIFFERS : "";
        };
    }

    /** Differing rows in bold on the theme's warning colour, so they stand out in both themes. */
    static final class DifferenceRenderer extends DefaultTableCellRenderer {

        private final CaseFileTableModel model;

        DifferenceRenderer(CaseFileTableModel model) {
            this.model = model;
        }

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            Component c = super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            boolean differs = model.differs(table.convertRowIndexToModel(row));
            c.setFont(c.getFont().deriveFont(differs ? Font.BOLD : Font.PLAIN));
            if (!selected) {
                java.awt.Color warning = UIManager.getColor("Lom.offlineForeground");
                c.setForeground(differs && warning != null ? warning : table.getForeground());
            }
            return c;
        }
    }
}
