package be.antwerpen.lom.client.ui.today;

import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.model.appointment.Appointment;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Matches a typed or scanned search text against name, national register number (any notation)
 * and appointment code (with or without the dash).
 */
final class AgendaSearch {

    private AgendaSearch() {
    }

    static boolean matches(AgendaEntry entry, String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return true;
        }
        Appointment a = entry.appointment();
        String plain = fold(q);
        if (fold(a.citizen().fullName()).contains(plain) || fold(a.citizen().familyName() + " "
                + a.citizen().givenName()).contains(plain)) {
            return true;
        }
        String compactCode = a.code().replace("-", "").toLowerCase(Locale.ROOT);
        String compactQuery = plain.replace("-", "").replace(" ", "");
        if (!compactQuery.isEmpty() && compactCode.contains(compactQuery)) {
            return true;
        }
        String digits = q.replaceAll("[^0-9]", "");
        return digits.length() >= 6 && a.citizen().nationalRegisterNumber() != null
                && a.citizen().nationalRegisterNumber().digits().contains(digits);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
