package be.antwerpen.lom.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.report.ReconciliationReport;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every reason the day does not add up has a Dutch sentence in the PDF, never its bare code (ADR 0147). */
class ReconciliationLabelsTest {

    @Test
    void every_reason_code_has_a_dutch_sentence_for_the_pdf() {
        assertThat(ReconciliationReport.Reason.CODES).as("codes without a sentence")
                .filteredOn(code -> !ReconciliationLabels.REASONS.containsKey(code)).isEmpty();
        assertThat(ReconciliationLabels.reason("UNKNOWN_CHECK", Map.of())).isEqualTo("UNKNOWN_CHECK");
    }

    @Test
    void a_desk_not_synced_is_named_with_its_last_contact() {
        assertThat(ReconciliationLabels.reason(ReconciliationReport.Reason.DESK_NOT_SYNCED,
                Map.of("deskName", "Loket 3", "lastContact", "04/05/2026 09:00", "deviceId", "d-1")))
                .isEqualTo("Loket 3 is niet gesynchroniseerd sinds 04/05/2026 09:00 (laatste contact met de server):"
                        + " wat dit loket nadien deed, kan nog ontbreken.")
                .doesNotContain("d-1");
    }
}
