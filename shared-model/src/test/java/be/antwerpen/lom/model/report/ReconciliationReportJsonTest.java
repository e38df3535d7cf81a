package be.antwerpen.lom.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.sync.ProtocolJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconciliationReportJsonTest {

    private static final ObjectMapper JSON = ProtocolJson.newMapper();

    @Test
    void a_report_with_every_section_filled_round_trips_unchanged() throws Exception {
        Instant at = Instant.parse("2026-11-28T16:05:00Z");
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        byStatus.put("BOOKED", 1);
        byStatus.put("SERVED", 2);
        ReconciliationReport.AppointmentLine open = new ReconciliationReport.AppointmentLine(
                "019ac9f0-0000-7aaa-8bbb-000000000001", "K7Q-2M4", LocalDateTime.of(2026, 11, 28, 9, 30), "EID",
                "BOOKED", "COUNTER");
        ReconciliationReport report = new ReconciliationReport("deurne", LocalDate.of(2026, 11, 28), at, byStatus,
                Map.of("ONLINE", 3), new ReconciliationReport.Totals(3, 2, 0, 0, 1, 0, false, 0,
                        List.of(new ReconciliationReport.Reason("PAPER_FORMS_MISSING", Map.of("count", "1",
                                "serials", "DEU-000002")))), List.of(open),
                List.of(), List.of(new ReconciliationReport.ConflictLine("c1", "DEAD_LETTER", null, "desk-1",
                "a command the server could not apply", at)),
                List.of(new ReconciliationReport.DeskLine("desk-1", "Loket 1", at, false, false, 14L, at, 14)), at,
                new ReconciliationReport.OfflinePeriods(true, null, List.of(new ReconciliationReport.OfflinePeriod(
                        "desk-1", "Loket 1", at.minusSeconds(3600), at.minusSeconds(600), at, 12))),
                new ReconciliationReport.PaperForms(true, null, List.of(new ReconciliationReport.SerialRangeLine(
                        "desk-1", "Loket 1", "DEU-000001", "DEU-000100", at, 2, "DEU-000003", List.of("DEU-000002"))),
                        2, List.of("DEU-000002")), List.of(), List.of(new ReconciliationReport.PossibleDuplicate(
                        "85.07.30-***.**", "WALK_IN_TWICE", List.of(new ReconciliationReport.DuplicateRecord("a1",
                        "W1", "deurne", LocalDateTime.of(2026, 11, 28, 9, 0), "EID_APPLY", "SERVED", "WALK_IN",
                        "desk-1", "Loket 1")))));

        String text = JSON.writeValueAsString(report);

        assertThat(JSON.readValue(text, ReconciliationReport.class)).isEqualTo(report);
        assertThat(text).contains("\"date\":\"2026-11-28\"").contains("\"start\":\"2026-11-28T09:30:00\"");
    }
}
