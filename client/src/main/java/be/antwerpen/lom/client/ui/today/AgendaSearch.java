package be.antwerpen.lom.client.ui.today;

import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.model.appointment.Appointment;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Matches a typed or scanned search text against name, national register number (any notation)
 * and appointment code (with or without the dash).
 */
final class AgendaSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9]");

    private AgendaSearch() {
    }

    /**
     * The test for one search text, prepared once for a whole agenda (issue 16: a keystroke filters thousands
     * of rows; the text is folded once and no pattern is compiled per row).
     */
    static Predicate<AgendaEntry> matcher(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return entry -> true;
        }
        String plain = fold(q);
        String compactQuery = plain.replace("-", "").replace(" ", "");
        String digits = NOT_DIGITS.matcher(q).replaceAll("");
        return entry -> {
            Appointment a = entry.appointment();
            if (fold(a.citizen().fullName()).contains(plain) || fold(a.citizen().familyName() + " "
                    + a.citizen().givenName()).contains(plain)) {
                return true;
            }
            String compactCode = a.code().replace("-", "").toLowerCase(Locale.ROOT);
            if (!compactQuery.isEmpty() && compactCode.contains(compactQuery)) {
                return true;
            }
            return digits.length() >= 6 && a.citizen().nationalRegisterNumber() != null
                    && a.citizen().nationalRegisterNumber().digits().contains(digits);
        };
    }

    private static String fold(String text) {
        if (ascii(text)) {
            return text.toLowerCase(Locale.ROOT); // nothing to decompose, no marks to drop
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
