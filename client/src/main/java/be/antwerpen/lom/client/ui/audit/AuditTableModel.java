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

    /**
     * The outcome at the start of a detail line in words, with the time on a paper form; the rest of the
     * server's line is English for administrators and stays off the screen (ADR 0114).
     */
    private String detail(String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        java.util.regex.Matcher m = OUTCOME.matcher(detail);
        if (!m.lookingAt()) {
            return "";
        }
        String text = messages.get("audit.outcome." + m.group(1));
        java.util.regex.Matcher paper = PAPER_TIME.matcher(detail);
        if (paper.find()) {
            text += " \u00b7 " + messages.get("audit.paper", paper.group(1));
        }
        return text;
    }

    private static final java.util.regex.Pattern OUTCOME =
            java.util.regex.Pattern.compile("(APPLIED_WITH_CHANGES|APPLIED|REJECTED|CONFLICT)\\b");
    private static final java.util.regex.Pattern PAPER_TIME =
            java.util.regex.Pattern.compile("\\[paper \\d{4}-\\d{2}-\\d{2}T(\\d{2}:\\d{2})");

    @Override
    public String getColumnName(int column) {
        return messages.get("audit.column." + COLUMNS[column]);
    }

    @Override
    public Object getValueAt(int row, int column) {
        AuditEntry e = rows.get(row);
        return switch (column) {
            case 0 -> e.at() == null ? "" : when.format(e.at());
            case 1 -> e.actor() != null && e.actor().startsWith("device:") ? messages.get("audit.actor.device") : e.actor();
            case 2 -> e.deviceId() == null ? "-" : e.deskName() == null ? messages.get("audit.desk.unknown") : e.deskName();
            case 3 -> messages.has("audit.action." + e.action()) ? messages.get("audit.action." + e.action())
                    : messages.get("audit.action.other");
            case 4 -> entity.apply(e);
            default -> detail(e.detail());
        };
    }
}
