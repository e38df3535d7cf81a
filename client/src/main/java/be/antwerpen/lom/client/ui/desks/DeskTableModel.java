package be.antwerpen.lom.client.ui.desks;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.drill.DeskLiveLine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;

/** One row per desk of the live view, in words (ADR 0111). */
final class DeskTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"desks.col.desk", "desks.col.location", "desks.col.state",
        "desks.col.lastSync", "desks.col.waiting", "desks.col.copyAge", "desks.col.packAge", "desks.col.packPrinted",
        "desks.col.skew", "desks.col.version", "desks.col.drill", "desks.col.alarm"};

    private final Messages messages;
    private final ZoneId zone;
    private final Function<String, String> locationName;
    private List<DeskLiveLine> lines = List.of();

    DeskTableModel(Messages messages, ZoneId zone, Function<String, String> locationName) {
        this.messages = messages;
        this.zone = zone;
        this.locationName = locationName;
    }

    void show(List<DeskLiveLine> next) {
        lines = List.copyOf(next);
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return lines.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return messages.get(COLUMNS[column]);
    }

    @Override
    public Object getValueAt(int row, int column) {
        DeskLiveLine l = lines.get(row);
        return switch (column) {
            case 0 -> l.deskName();
            case 1 -> locationName.apply(l.locationId());
            case 2 -> l.since() == null ? messages.get("desks.neverSeen")
                    : messages.get(l.online() ? "desks.online" : "desks.offline", moment(l.since()));
            case 3 -> l.lastSyncAt() == null ? messages.get("desks.unknown") : moment(l.lastSyncAt());
            case 4 -> l.commandsWaiting() == null ? messages.get("desks.unknown") : String.valueOf(l.commandsWaiting());
            case 5 -> age(l.copyAgeMinutes());
            case 6 -> age(l.packAgeMinutes());
            case 7 -> l.packPrintedAt() == null ? messages.get("desks.no") : moment(l.packPrintedAt());
            case 8 -> l.clockSkewMs() == null ? messages.get("desks.unknown")
                    : messages.get("desks.seconds", Math.round(l.clockSkewMs() / 1000.0));
            case 9 -> l.appVersion() == null ? messages.get("desks.unknown") : l.appVersion();
            case 10 -> l.drillId() == null ? "" : messages.get("desks.inDrill");
            case 11 -> l.stale() ? messages.get("desks.stale") : "";
            default -> "";
        };
    }

    private String moment(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        return local.format(messages.date()) + " " + local.format(messages.time());
    }

    private String age(Long minutes) {
        if (minutes == null) {
            return messages.get("desks.unknown");
        }
        Duration d = Duration.ofMinutes(minutes);
        return messages.get("alarm.age", d.toHours(), d.toMinutesPart());
    }
}
