package be.antwerpen.lom.client.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.drill.DrillReport;
import be.antwerpen.lom.model.report.ReconciliationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every reason the server gives why a day does not add up, or why a drill's citizens are not all accounted for,
 * is worded on the desk in Dutch and in English (ADR 0095, 0147): never the general sentence, a code or an id.
 */
class ReasonCodesWordedTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Map<String, String> PARAMETERS = Map.of("deviceId", "0190f7a2-desk", "deskName", "Loket 3",
            "lastContact", "2026-05-04T07:00:00Z", "reported", "5", "received", "3", "missing", "2", "count", "2",
            "serials", "ANT-W-000003", "extraRecords", "1", "difference", "1");

    @Test
    void every_day_end_reason_is_worded_in_both_languages_by_name_not_by_code() {
        for (Locale language : new Locale[] {Locale.forLanguageTag("nl"), Locale.ENGLISH}) {
            Messages messages = new Messages(language);
            ReasonWording wording = new ReasonWording(messages, BRUSSELS);
            for (String code : ReconciliationReport.Reason.CODES) {
                String text = wording.reason(new ReconciliationReport.Reason(code, PARAMETERS));
                assertThat(text).as(code + " in " + language)
                        .isNotEqualTo(messages.get("report.reason.other", code))
                        .doesNotContain(code).doesNotContain("0190f7a2").doesNotContain("{");
            }
        }
    }

    @Test
    void every_drill_reason_has_a_dutch_and_an_english_phrase() throws IOException {
        for (String language : new String[] {"nl", "en"}) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/messages_" + language + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(ReconciliationReport.Reason.CODES).as("day-end codes without a drill phrase in " + language)
                    .filteredOn(code -> !bundle.containsKey("drill.reason." + code)).isEmpty();
            assertThat(DrillReport.DeskPart.CODES).as("desk codes without a drill phrase in " + language)
                    .filteredOn(code -> !bundle.containsKey("drill.reason." + code)).isEmpty();
        }
    }

    @Test
    void a_desk_not_synced_is_named_with_its_last_contact_in_brussels_time() {
        ReconciliationReport.Reason silent = new ReconciliationReport.Reason("DESK_NOT_SYNCED", PARAMETERS);

        assertThat(new ReasonWording(new Messages(Locale.forLanguageTag("nl")), BRUSSELS).reason(silent))
                .isEqualTo("Loket 3 is niet gesynchroniseerd sinds 04/05/2026 09:00 (laatste contact met de server):"
                        + " wat dit loket nadien deed, kan nog ontbreken.");
        assertThat(new ReasonWording(new Messages(Locale.ENGLISH), BRUSSELS).reason(silent))
                .isEqualTo("Loket 3 has not synced since 04/05/2026 09:00 (last contact with the server): what this"
                        + " desk did afterwards may still be missing.");
    }

    @Test
    void refused_and_unreadable_commands_are_counted_and_the_desk_named() {
        ReasonWording dutch = new ReasonWording(new Messages(Locale.forLanguageTag("nl")), BRUSSELS);

        assertThat(dutch.reason(new ReconciliationReport.Reason("COMMANDS_REFUSED", PARAMETERS)))
                .startsWith("De server weigerde 2 handelingen van Loket 3 voor deze dag")
                .contains("nog niet afgehandeld", "Synchronisatie");
        assertThat(dutch.reason(new ReconciliationReport.Reason("UNREADABLE_COMMANDS", PARAMETERS)))
                .startsWith("De server kon 2 handelingen van de loketten niet lezen");
    }
}
