package be.antwerpen.lom.model.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A command written as text (a log line, an exception message) shows no personal data. */
class CommandTextsTest {

    @Test
    void commands_holding_contact_data_or_free_text_show_none_of_it() {
        // fixed: a random id or clock reading can hold "470", the phone number's part looked for below
        UUID id = UUID.fromString("0193a1b2-7c4d-7e5f-8a9b-2d3e4f5a6b7c");
        Citizen citizen = new Citizen(NationalRegisterNumber.parse("85073003328"), "Marie", "Peeters",
                "marie.peeters@example.org", "+32 470 12 34 56");
        SyncCommand book = new SyncCommand(id, 1, SyncCommand.CURRENT_SCHEMA_VERSION, Instant.parse("2026-12-01T10:00:00Z"),
                "agent.antwerpen",
                new Commands.Book(id, "ABC-123", "antwerpen", "EID_APPLY", LocalDateTime.of(2027, 3, 1, 9, 0), citizen,
                        AppointmentOrigin.COUNTER));

        String text = String.join(" | ", book.toString(),
                new Commands.UpdateContact(id, "marie.peeters@example.org", "+32 470 12 34 56").toString(),
                new Commands.Cancel(id, "verhuisd, bel +32 470 12 34 56", null).toString(),
                new Commands.MarkServed(id, "marie.peeters@example.org gaf haar nummer", null).toString());

        assertThat(text).doesNotContain("Marie", "Peeters", "85073003328", "85.07.30", "example.org", "470")
                .contains(id.toString());
    }
}
