package be.antwerpen.lom.client.downtime;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The Dutch (nl-BE) wording and date formats printed in the pack. */
final class PackTexts {

    static final Locale NL_BE = Locale.forLanguageTag("nl-BE");
    static final String EMPTY_PART = "Dit deel is leeg.";
    static final String CONFIDENTIAL = "Vertrouwelijk: bevat persoonsgegevens. Bewaar achter slot, vernietig na invoer.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", NL_BE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", NL_BE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'om' HH:mm", NL_BE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", NL_BE);

    static final List<String> HOW_TO_USE = List.of(
            "Gebruik dit pakket alleen als Loket op Maat niet werkt (geen computer, geen netwerk of geen printer).",
            "Afsprakenlijst (01): zoek de burger op uur en code. Vink 'Aangekomen' aan en schrijf het uur van "
                    + "aankomst. Vink daarna 'Geholpen' of 'Niet opgedaagd' aan.",
            "Intakeformulieren (02): één formulier per afspraak, al ingevuld. Controleer de identiteit en de "
                    + "checklist, vul de uren en de uitkomst in en laat de burger tekenen.",
            "Blanco formulieren (03): voor burgers zonder afspraak. Neem een formulier van het juiste product. "
                    + "Elk formulier heeft een uniek nummer: maak er geen kopieën van.",
            "Na de storing: voer elk formulier in via 'Papieren formulieren invoeren' in Loket op Maat. Scan de "
                    + "QR-code of typ de code of het formuliernummer. Elk formulier wordt maar één keer aanvaard.",
            "Afspraken die na de stand van de gegevens geboekt, verzet of geannuleerd werden, staan niet in dit pakket.");

    private PackTexts() {
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String dateTime(LocalDateTime moment) {
        return DATE_TIME.format(moment);
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }

    static String pageOf(int page, int pages) {
        return "Pagina " + page + " van " + pages;
    }
}
