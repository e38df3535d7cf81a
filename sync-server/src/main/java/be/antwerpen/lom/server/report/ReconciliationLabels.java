package be.antwerpen.lom.server.report;

import java.util.Map;

/** Every text of the PDF report, in Dutch (nl-BE): the report is read by Antwerp supervisors. */
final class ReconciliationLabels {

    static final String TITLE = "Dagafsluiting";
    static final String GENERATED = "Opgemaakt op";
    static final String DATE = "Datum";
    static final String PAGE = "Pagina";
    static final String OF = "van";

    static final String TOTALS = "Totalen";
    static final String BOOKED = "Geboekt";
    static final String SERVED = "Geholpen";
    static final String NO_SHOW = "Niet komen opdagen";
    static final String CANCELLED = "Geannuleerd";
    static final String STILL_OPEN = "Nog open";
    static final String DIFFERENCE = "Verschil";
    static final String ADDS_UP = "Klopt: geboekt = geholpen + niet komen opdagen + geannuleerd + nog open, en elke"
            + " afspraak staat zo ook in het logboek van wijzigingen.";
    static final String DOES_NOT_ADD_UP = "Klopt niet: %d afspraken staan anders in de agenda dan in het logboek"
            + " van wijzigingen.";

    static final String DISPUTED = "In conflict";
    static final String DOES_NOT_ADD_UP_BECAUSE = "Klopt niet:";
    static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("TOTALS_DIFFER", "{difference} afspraken staan anders in de agenda dan in het logboek van"
                    + " wijzigingen"
                    + " (rechtstreeks in de databank gewijzigd of verwijderd?)."),
            Map.entry("COMMANDS_NOT_ARRIVED", "{deskName} meldt {reported} handelingen, de server ontving er"
                    + " {received}:"
                    + " {missing} handelingen van dit loket zijn nog niet aangekomen."),
            Map.entry("DESK_BEHIND_SERVER", "{deskName} meldt {reported} handelingen, maar de server ontving er al"
                    + " {received}:"
                    + " de gegevens van dit loket gingen terug in de tijd (back-up teruggezet?)."),
            Map.entry("DESK_NOT_SYNCED", "{deskName} is niet gesynchroniseerd sinds {lastContact} (laatste contact"
                    + " met de"
                    + " server): wat dit loket nadien deed, kan nog ontbreken."),
            Map.entry("DISPUTED", "{count} afspraken staan in een open conflict: ze tellen niet als geholpen of niet"
                    + " komen"
                    + " opdagen tot een supervisor beslist."),
            Map.entry("PAPER_FORMS_MISSING", "{count} uitgegeven papieren formulieren zijn niet ingevoerd: {serials}."),
            Map.entry("POSSIBLE_DUPLICATES", "{count} burgers werden mogelijk twee keer geholpen of geboekt"
                    + " ({extraRecords}"
                    + " records te veel)."),
            Map.entry("COMMANDS_REFUSED", "De server weigerde {count} handelingen van {deskName} voor deze dag die"
                    + " nog niet"
                    + " afgehandeld zijn: de burgers ervan staan mogelijk niet in de agenda. Het loket toont bij"
                    + " Synchronisatie wie het was; een supervisor duidt daarna aan hoe het opgevangen is."),
            Map.entry("UNREADABLE_COMMANDS", "De server kon {count} handelingen van de loketten niet lezen: ze staan"
                    + " als open"
                    + " conflict (niet verwerkbare handeling) tot ze afgehandeld zijn."),
            Map.entry("DESK_CAME_BACK", "{deskName} kwam terug uit een vroegere toestand (een teruggezette back-up?)"
                    + " zonder"
                    + " {lost} handelingen die het al gemeld had: ze zijn nooit aangekomen. Een supervisor duidt aan"
                    + " hoe de burgers ervan opgevangen zijn."),
            Map.entry("DESK_COPY_STOPPED", "Een kopie van {deskName} werd gestopt op {stoppedAt} omdat een andere kopie"
                    + " van dit loket nadien synchroniseerde: wat ze daarna deed, komt pas binnen als ze opnieuw"
                    + " ingeschreven is. Een supervisor duidt aan hoe het opgevangen is."));
    static final String DISPUTED_LINES = "Afspraken in een open conflict (niet meegeteld als geholpen of niet"
            + " komen opdagen)";
    static final String DUPLICATES = "Mogelijke dubbele registraties";
    static final String CITIZEN = "Rijksregister";
    static final String RULE = "Regel";
    static final String LOCATION = "Locatie";
    static final Map<String, String> RULES = Map.of("WALK_IN_TWICE", "twee keer zonder afspraak",
            "SAME_PRODUCT_TWICE", "zelfde product twee keer");
    static final String REPORTED = "Gemeld";
    static final String RECEIVED = "Ontvangen";

    static final String BY_STATUS = "Afspraken per status";
    static final String BY_ORIGIN = "Afspraken per herkomst";
    static final String COUNT = "Aantal";
    static final String STATUS = "Status";
    static final String ORIGIN = "Herkomst";

    static final String OPEN_LINES = "Nog open afspraken";
    static final String PROVISIONAL = "Voorlopige boekingen (dubbele boeking, wacht op beslissing)";
    static final String CODE = "Code";
    static final String START = "Tijdstip";
    static final String PRODUCT = "Product";
    static final String NONE = "Geen.";

    static final String CONFLICTS = "Open conflicten";
    static final String KIND = "Soort";
    static final String CREATED = "Ontstaan";
    static final String DESCRIPTION = "Omschrijving";

    static final String REFUSED = "Geweigerde handelingen";
    static final String NUMBER = "Nr.";
    static final String MADE = "Gemaakt";
    static final String SETTLEMENT = "Afhandeling";
    static final String SETTLED_BY = "Door";
    static final String NOT_SETTLED = "nog niet afgehandeld";
    static final String CAME_BACK = "Werk van loketten dat niet binnenkwam";
    static final String COPY_STOPPED = "kopie gestopt";
    static final String LOST = "Verloren";
    static final String REPORTED_AT = "Gemeld op";
    static final Map<String, String> OUTCOMES = Map.of("ENTERED_AGAIN", "opnieuw ingevoerd",
            "CITIZEN_CONTACTED", "burger gecontacteerd", "NOTHING_LOST", "niets verloren (dubbel of vergissing)");

    /** The desks' heading with the moment they are judged against: a table cell is too narrow for it. */
    static final String DESKS_SINCE = "Loketten (gesynchroniseerd sinds %s?)";
    static final String DESK = "Loket";
    static final String LAST_SEEN = "Laatste contact";
    static final String SYNC_STATE = "Synchronisatie";
    static final String STALE = "NIET gesynchroniseerd";
    static final String SYNCED = "gesynchroniseerd";
    static final String NOT_USED = "niet gebruikt na laatste contact (bevestigd door %s, %s)";
    static final String REVOKED = "ingetrokken";
    static final String NEVER = "nooit";

    static final String OFFLINE = "Offline periodes per loket";
    static final String FROM = "Van";
    static final String TO = "Tot";
    static final String RECONNECTED = "Terug verbonden";
    static final String COMMANDS = "Handelingen";
    static final String NOT_AVAILABLE = "Niet beschikbaar: %s";

    static final String PAPER = "Papieren formulieren";
    static final String REKEYED_TOTAL = "Papieren formulieren van deze dag ingevoerd: %d.";
    // Forms after the highest re-keyed serial of a range cannot be checked (ADR 0093): no text claims more.
    static final String MISSING_TOTAL = "Ontbrekende formulieren onder het hoogste ingevoerde nummer van hun reeks: %d."
            + " Formulieren na dat nummer zijn niet te controleren.";
    static final String NO_GAPS = "Geen hiaten onder het hoogste ingevoerde nummer van elke reeks; formulieren na dat"
            + " nummer zijn niet te controleren.";
    static final String NOTHING_CHECKED = "Nog geen formulier van een uitgegeven reeks ingevoerd: of er formulieren"
            + " ontbreken, is nog niet te controleren.";
    static final String RANGE = "Reeks";
    static final String LEASED = "Toegekend";
    static final String REKEYED = "Ingevoerd";
    static final String HIGHEST = "Hoogste";
    static final String MISSING = "Ontbrekend";
    static final String MISSING_SERIALS = "Ontbrekende volgnummers";

    static final Map<String, String> STATUSES = Map.of("BOOKED", "Geboekt", "CHECKED_IN", "Aangemeld",
            "CALLED", "Opgeroepen", "IN_SERVICE", "In behandeling", "SERVED", "Geholpen",
            "NO_SHOW", "Niet komen opdagen", "CANCELLED", "Geannuleerd");
    static final Map<String, String> ORIGINS = Map.of("ONLINE", "Online", "KIOSK", "Kiosk", "COUNTER", "Loket",
            "WALK_IN", "Zonder afspraak", "PAPER", "Papier");
    static final Map<String, String> CONFLICT_KINDS = Map.of("DOUBLE_BOOKING", "Dubbele boeking",
            "CONTRADICTING_FACTS", "Tegenstrijdige feiten", "STALE_STATE", "Verouderde toestand",
            "CONCURRENT_EDIT", "Gelijktijdige wijziging", "DEAD_LETTER", "Niet verwerkbare handeling");

    private ReconciliationLabels() {
    }

    /** A reason of "does not add up" in Dutch, its parameters filled in. */
    static String reason(String code, Map<String, String> parameters) {
        String text = REASONS.getOrDefault(code, code);
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            text = text.replace("{" + p.getKey() + "}", p.getValue() == null ? "" : p.getValue());
        }
        return text;
    }

    /** The Dutch label of a status, origin or conflict kind, or the code itself when there is none. */
    static String of(Map<String, String> labels, String code) {
        return labels.getOrDefault(code, code);
    }
}
