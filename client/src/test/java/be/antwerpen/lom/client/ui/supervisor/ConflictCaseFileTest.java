package be.antwerpen.lom.client.ui.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.SyncCommand;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConflictCaseFileTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private final ObjectMapper json = ProtocolJson.newMapper();
    private final ConflictCaseFile caseFile = new ConflictCaseFile(new Messages(Messages.DUTCH_BELGIUM), BRUSSELS,
            code -> "EID".equals(code) ? "Elektronische identiteitskaart" : code,
            id -> "antwerpen".equals(id) ? "Districtshuis Antwerpen" : id);

    private final Appointment served = TestAppointments.booked("K7M-2QX", LocalDateTime.of(2026, 12, 7, 10, 40))
            .withStatus(AppointmentStatus.SERVED);

    private ConflictView contradicting(String deskName, String actor) {
        SyncCommand command = new SyncCommand(UUID.randomUUID(), 4, 1, Instant.parse("2026-12-07T09:50:00Z"),
                "agent.deurne", new Commands.MarkNoShow(served.id(), null), null);
        return new ConflictView(UUID.randomUUID(), ConflictKind.CONTRADICTING_FACTS, "antwerpen", served.id(), "dev-2",
                command.commandId(), "another desk recorded the appointment as served", json.valueToTree(served),
                json.valueToTree(Map.of("status", "NO_SHOW", "command", command)), true, null, null, null,
                Instant.parse("2026-12-07T09:51:00Z"), null, deskName, actor);
    }

    @Test
    void both_versions_are_labelled_fields_in_dutch_with_the_difference_marked_and_no_null_or_json() {
        var fields = caseFile.fields(contradicting("Loket 2", "agent.deurne"));

        assertThat(fields).extracting(ConflictCaseFile.Field::label)
                .contains("Status", "Moment", "Product", "Locatie", "Afspraakcode", "Naam", "Rijksregisternummer");
        assertThat(fields).filteredOn(ConflictCaseFile.Field::differs).singleElement().satisfies(f -> {
            assertThat(f.label()).isEqualTo("Status");
            assertThat(f.server()).isEqualTo("Geholpen");
            assertThat(f.desk()).isEqualTo("Niet opgedaagd");
        });
        assertThat(fields).filteredOn(f -> f.label().equals("Moment")).singleElement()
                .satisfies(f -> assertThat(f.server()).isEqualTo("ma 7 december 2026 om 10:40"));
        assertThat(fields).filteredOn(f -> f.label().equals("Product")).singleElement()
                .satisfies(f -> assertThat(f.server()).isEqualTo("Elektronische identiteitskaart"));
        assertThat(fields).filteredOn(f -> f.label().equals("Rijksregisternummer")).singleElement()
                .satisfies(f -> assertThat(f.server()).isEqualTo("85.07.30-***.**"));
        assertThat(fields).allSatisfy(f -> assertThat(f.label() + f.server() + f.desk())
                .doesNotContain("null", "{", "\"", "inbox."));
    }

    @Test
    void the_header_says_when_which_desk_and_who() {
        assertThat(caseFile.header(contradicting("Loket 2", "agent.deurne")))
                .isEqualTo("Geopend ma 7 december 2026 om 10:51 \u00b7 Loket 2 \u00b7 door agent.deurne");
    }

    @Test
    void an_older_conflict_without_stored_actor_takes_it_from_the_command_and_names_an_unknown_desk_in_words() {
        assertThat(caseFile.header(contradicting(null, null)))
                .contains("onbekend loket").contains("door agent.deurne").doesNotContain("null", "dev-2");
    }

    @Test
    void a_double_booking_has_only_the_desk_version_and_marks_nothing() {
        ConflictView doubleBooking = new ConflictView(UUID.randomUUID(), ConflictKind.DOUBLE_BOOKING, "antwerpen",
                served.id(), "dev-2", UUID.randomUUID(), "slot full", null, json.valueToTree(served), true, null,
                null, null, Instant.parse("2026-12-07T09:51:00Z"), null, "Loket 2", "agent.deurne");

        assertThat(caseFile.fields(doubleBooking)).isNotEmpty().noneMatch(ConflictCaseFile.Field::differs)
                .allSatisfy(f -> assertThat(f.server()).isEqualTo("\u2014"));
    }
}
