package be.antwerpen.lom.client.ui.today;

import be.antwerpen.lom.client.ui.Messages;
import java.text.Collator;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import javax.swing.table.TableRowSorter;

/**
 * Sorting of the agenda columns (a click on a column header; again for descending): times
 * as times, text with the Dutch collation (so "Çelik" sorts with C and case does not matter).
 */
final class AgendaSorting {

    private AgendaSorting() {
    }

    static TableRowSorter<AgendaTableModel> sorter(AgendaTableModel model, Messages messages) {
        TableRowSorter<AgendaTableModel> sorter = new TableRowSorter<>(model);
        Collator collator = Collator.getInstance(messages.locale());
        collator.setStrength(Collator.SECONDARY);
        for (int column = 0; column < model.getColumnCount(); column++) {
            sorter.setComparator(column, Comparator.comparing(Object::toString, collator));
        }
        sorter.setComparator(0, Comparator.comparing((Object shown) -> timeOf(shown.toString(), messages))
                .thenComparing(Object::toString));
        sorter.setSortsOnUpdates(true);
        return sorter;
    }

    /** The shown time ("9:05" or "09:05") as a time; text that is no time sorts last. */
    static LocalTime timeOf(String shown, Messages messages) {
        try {
            return LocalTime.parse(shown.strip(), messages.time());
        } catch (DateTimeParseException e) {
            try {
                return LocalTime.parse(shown.strip().length() == 4 ? "0" + shown.strip() : shown.strip());
            } catch (DateTimeParseException notATime) {
                return LocalTime.MAX;
            }
        }
    }
}
