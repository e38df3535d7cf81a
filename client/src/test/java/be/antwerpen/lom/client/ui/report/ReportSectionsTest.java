package be.antwerpen.lom.client.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.report.ReconciliationReport;
import be.antwerpen.lom.model.report.ReconciliationReport.AppointmentLine;
import be.antwerpen.lom.model.report.ReconciliationReport.DeskLine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the report's sections read on screen, for a report as the server sends it. */
class ReportSectionsTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private final ReportSections sections = new ReportSections(new Messages(Messages.DUTCH_BELGIUM), BRUSSELS,
            "#a4000f");

    private static ReconciliationReport report(ReconciliationReport.OfflinePeriods offline,
                                               ReconciliationReport.PaperForms paper) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        byStatus.put("BOOKED", 1);
        byStatus.put("SERVED", 2);
        Map<String, Integer> byOrigin = new LinkedHashMap<>();
        byOrigin.put("PAPER", 3);
        Instant since = DAY.atTime(16, 0).atZone(BRUSSELS).toInstant();
        return new ReconciliationReport("antwerpen", DAY, since, byStatus, byOrigin,
                new ReconciliationReport.Totals(3, 2, 0, 0, 1, 0, false, 0, List.of()),
                List.of(new AppointmentLine("a1", "K7M-2QX", DAY.atTime(9, 40), "EID_APPLY", "BOOKED", "PAPER")),
                List.of(),
                List.of(new ReconciliationReport.ConflictLine("c1", "DOUBLE_BOOKING", "a1", "dev-2",
                        "slot <full>", since)),
                List.of(new DeskLine("dev-1", "Loket 1", since.plusSeconds(60), false, false, 12L, since, 12),
                        new DeskLine("dev-2", "Loket 2", since.minusSeconds(7200), false, true, 9L, since, 7)),
                since, offline, paper,
                List.of(new AppointmentLine("a2", "DSP-1", DAY.atTime(10, 0), "PASSPORT", "SERVED", "COUNTER")),
                List.of(new ReconciliationReport.PossibleDuplicate("85.07.30-***.**", "WALK_IN_TWICE", List.of(
                        new ReconciliationReport.DuplicateRecord("a3", "W101", "antwerpen", DAY.atTime(9, 0),
                                "EID_APPLY", "SERVED", "WALK_IN", "dev-1", "Loket 1"),
                        new ReconciliationReport.DuplicateRecord("a4", "W201", "antwerpen", DAY.atTime(9, 10),
                                "PASSPORT", "CHECKED_IN", "WALK_IN", "dev-2", "Loket 2")))));
    }

    @Test
    void stale_desks_are_marked_and_sections_list_their_lines() {
        String html = sections.html(report(new ReconciliationReport.OfflinePeriods(true, null,
                List.of(new ReconciliationReport.OfflinePeriod("dev-2", "Loket 2",
                        DAY.atTime(9, 30).atZone(BRUSSELS).toInstant(), DAY.atTime(9, 40).atZone(BRUSSELS).toInstant(),
                        DAY.atTime(10, 10).atZone(BRUSSELS).toInstant(), 3))),
                new ReconciliationReport.PaperForms(true, null, List.of(new ReconciliationReport.SerialRangeLine(
                        "dev-2", "Loket 2", "ANT-W-000101", "ANT-W-000110", Instant.EPOCH, 3, "ANT-W-000104",
                        List.of("ANT-W-000103"))), 3, List.of("ANT-W-000103"))));

        assertThat(html).contains("<font color='#a4000f'>Loket 2: laatst gezien 30/11/2026 14:00 \u2013 niet"
                + " gesynchroniseerd</font>").contains("Loket 1: laatst gezien 30/11/2026 16:01 \u2013 gemeld 12, ontvangen 12</li>");
        assertThat(html).contains("09:40 \u00b7 K7M-2QX \u00b7 EID_APPLY \u00b7 Geboekt \u00b7 Papier");
        assertThat(html).contains("Geholpen</td><td align='right'>2");
        assertThat(html)
                .contains("Dubbele boeking \u00b7 30/11/2026 16:00 \u00b7 loket dev-2 \u00b7 slot &lt;full&gt;");
        assertThat(html).contains("Loket 2: van 30/11/2026 09:30 tot 30/11/2026 09:40, 3 opdrachten (bij de server om"
                + " 30/11/2026 10:10)");
        assertThat(html).contains("Ingevoerd voor deze dag: 3. Ontbrekend onder het hoogste ingevoerde nummer van hun"
                        + " reeks: ANT-W-000103. Formulieren na dat nummer zijn niet te controleren.")
                .contains("Loket 2: ANT-W-000101 tot ANT-W-000110, 3 ingevoerd; ontbrekend onder het hoogste ingevoerde"
                        + " nummer ANT-W-000104: ANT-W-000103; daarna niet te controleren");
        assertThat(html).contains("Voorlopige boekingen (wachten op een beslissing) (0)</h3><p>Geen.</p>");
    }

    @Test
    void a_lease_of_which_no_form_was_re_keyed_says_nothing_can_be_checked_yet_not_that_none_is_missing() {
        String html = sections.html(report(new ReconciliationReport.OfflinePeriods(true, null, List.of()),
                new ReconciliationReport.PaperForms(true, null, List.of(new ReconciliationReport.SerialRangeLine(
                        "dev-2", "Loket 2", "ANT-W-000101", "ANT-W-000110", Instant.EPOCH, 0, null, List.of())),
                        0, List.of())));

        assertThat(html).doesNotContainIgnoringCase("geen ontbrekende").doesNotContain("serienummers: Geen")
                .doesNotContain("ontbrekend: Geen").doesNotContain("uitgegeven en ingevoerd");
        assertThat(html).contains("Ingevoerd voor deze dag: 0. Nog geen formulier van een uitgegeven reeks ingevoerd:"
                        + " of er formulieren ontbreken, is nog niet te controleren.")
                .contains("Loket 2: ANT-W-000101 tot ANT-W-000110, nog geen formulier ingevoerd; niet te controleren");
    }

    @Test
    void without_gaps_the_report_claims_only_the_serials_below_the_highest_re_keyed_one() {
        String html = sections.html(report(new ReconciliationReport.OfflinePeriods(true, null, List.of()),
                new ReconciliationReport.PaperForms(true, null, List.of(new ReconciliationReport.SerialRangeLine(
                        "dev-2", "Loket 2", "ANT-W-000101", "ANT-W-000110", Instant.EPOCH, 2, "ANT-W-000102",
                        List.of())), 2, List.of())));

        assertThat(html).doesNotContainIgnoringCase("geen ontbrekende").doesNotContain("ontbrekend: Geen");
        assertThat(html).contains("Ingevoerd voor deze dag: 2. Geen hiaten onder het hoogste ingevoerde nummer van elke"
                        + " reeks; formulieren na dat nummer zijn niet te controleren.")
                .contains("Loket 2: ANT-W-000101 tot ANT-W-000110, 2 ingevoerd; geen hiaten onder het hoogste"
                        + " ingevoerde nummer ANT-W-000102; daarna niet te controleren");
    }

    @Test
    void disputed_appointments_possible_duplicates_and_desks_whose_commands_have_not_arrived_are_shown() {
        String html = sections.html(report(new ReconciliationReport.OfflinePeriods(true, null, List.of()),
                new ReconciliationReport.PaperForms(true, null, List.of(), 0, List.of())));

        assertThat(html).contains("Afspraken in een open conflict (niet meegeteld als geholpen of niet opgedaagd) (1)")
                .contains("10:00 \u00b7 DSP-1 \u00b7 PASSPORT \u00b7 Geholpen \u00b7 Loket");
        assertThat(html).contains("Mogelijke dubbele registraties (1)")
                .contains("Rijksregisternummer 85.07.30-***.**: twee keer zonder afspraak aangemeld")
                .contains("09:00 \u00b7 W101 \u00b7 antwerpen \u00b7 EID_APPLY \u00b7 Geholpen \u00b7 Zonder afspraak"
                        + " \u00b7 Loket 1")
                .contains("09:10 \u00b7 W201 \u00b7 antwerpen \u00b7 PASSPORT \u00b7 Aangemeld \u00b7 Zonder afspraak"
                        + " \u00b7 Loket 2");
        assertThat(html).contains("Loket 1: laatst gezien 30/11/2026 16:01 \u2013 gemeld 12, ontvangen 12")
                .contains("<b><font color='#a4000f'>gemeld 9, ontvangen 7</font></b>");
    }

    @Test
    void a_section_the_server_cannot_make_shows_its_reason() {
        String html = sections.html(report(
                new ReconciliationReport.OfflinePeriods(false, "device time is not recorded", List.of()),
                new ReconciliationReport.PaperForms(false, "no serial leases", List.of(), 0, List.of())));

        assertThat(html).contains("Niet beschikbaar: device time is not recorded")
                .contains("Niet beschikbaar: no serial leases");
    }
}
