package be.antwerpen.lom.model.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.validation.DomainValidationException;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SyncCommandJsonTest {

    private static final ObjectMapper JSON = ProtocolJson.newMapper();

    private static final UUID COMMAND_ID = UUID.fromString("019ac9f0-1b2c-7d3e-8f40-123456789abc");
    private static final UUID APPOINTMENT_ID = UUID.fromString("019ac9f0-0000-7aaa-8bbb-000000000001");
    private static final UUID CONFLICT_ID = UUID.fromString("019ac9f0-0000-7ccc-8ddd-000000000002");
    private static final Instant DEVICE_TIME = Instant.parse("2026-11-28T08:30:00.123Z");
    private static final LocalDateTime PAPER_TIME = LocalDateTime.of(2026, 11, 28, 9, 42);
    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 9, 30);
    private static final Citizen CITIZEN = new Citizen(
            NationalRegisterNumber.parse("85073003328", LocalDate.of(2026, 11, 28)),
            "Şükrü", "Nguyễn", "sukru@example.be", "+32 3 338 11 11");

    static Stream<Arguments> payloads() {
        return Stream.of(
                Arguments.of("CheckIn", new Commands.CheckIn(APPOINTMENT_ID, null)),
                Arguments.of("Call", new Commands.Call(APPOINTMENT_ID, "Loket 1", null)),
                Arguments.of("StartService", new Commands.StartService(APPOINTMENT_ID, PAPER_TIME)),
                Arguments.of("MarkServed", new Commands.MarkServed(APPOINTMENT_ID, "eID requested", PAPER_TIME)),
                Arguments.of("MarkNoShow", new Commands.MarkNoShow(APPOINTMENT_ID, null)),
                Arguments.of("Cancel", new Commands.Cancel(APPOINTMENT_ID, "citizen phoned", null)),
                Arguments.of("Book", new Commands.Book(APPOINTMENT_ID, "K7M-2QX", "deurne", "EID_APPLY", START,
                        CITIZEN, AppointmentOrigin.COUNTER)),
                Arguments.of("Reschedule", new Commands.Reschedule(APPOINTMENT_ID, "merksem", START.plusDays(7))),
                Arguments.of("UpdateContact", new Commands.UpdateContact(APPOINTMENT_ID, "new@example.be", null)),
                Arguments.of("RegisterWalkIn", new Commands.RegisterWalkIn(APPOINTMENT_ID, "W-0042", "antwerpen",
                        "ADDRESS_CHANGE", PAPER_TIME, CITIZEN, AppointmentOrigin.PAPER, "P-000123")),
                Arguments.of("ResolveConflict", new Commands.ResolveConflict(CONFLICT_ID, ConflictResolution.REBOOK,
                        "moved to Saturday", START.plusDays(4), "wilrijk")));
    }

    @Test
    void every_payload_type_is_covered() {
        List<String> registered = Stream.of(CommandPayload.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::name).toList();

        assertThat(payloads().map(a -> (String) a.get()[0])).containsExactlyInAnyOrderElementsOf(registered);
        assertThat(payloads().map(a -> a.get()[1].getClass().getSimpleName()))
                .containsExactlyInAnyOrderElementsOf(registered);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void every_command_payload_survives_a_round_trip_inside_a_sync_command(String type, CommandPayload payload)
            throws JsonProcessingException {
        SyncCommand command = new SyncCommand(COMMAND_ID, 42, SyncCommand.CURRENT_SCHEMA_VERSION, DEVICE_TIME,
                "agent.deurne", payload);

        String json = JSON.writeValueAsString(command);
        SyncCommand back = JSON.readValue(json, SyncCommand.class);

        assertThat(back).isEqualTo(command);
        JsonNode tree = JSON.readTree(json);
        assertThat(tree.get("payload").get("type").asText()).isEqualTo(type);
        assertThat(tree.get("deviceTime").asText()).isEqualTo("2026-11-28T08:30:00.123Z");
        assertThat(tree.get("commandId").asText()).isEqualTo(COMMAND_ID.toString());
    }

    @Test
    void the_wire_shape_of_a_lifecycle_command_is_pinned() throws JsonProcessingException {
        SyncCommand command = new SyncCommand(COMMAND_ID, 7, 1, DEVICE_TIME, "agent.deurne",
                new Commands.MarkServed(APPOINTMENT_ID, "done", PAPER_TIME));

        JsonNode tree = JSON.readTree(JSON.writeValueAsString(command));

        assertThat(tree).isEqualTo(JSON.readTree("""
                {"commandId":"019ac9f0-1b2c-7d3e-8f40-123456789abc","sequence":7,"schemaVersion":1,
                 "deviceTime":"2026-11-28T08:30:00.123Z","actor":"agent.deurne",
                 "payload":{"type":"MarkServed","appointmentId":"019ac9f0-0000-7aaa-8bbb-000000000001",
                            "outcome":"done","paperTime":"2026-11-28T09:42:00"}}
                """));
    }

    @Test
    void a_citizen_in_a_command_carries_the_register_number_as_its_11_digits() throws JsonProcessingException {
        Commands.Book book = new Commands.Book(APPOINTMENT_ID, "K7M-2QX", "deurne", "EID_APPLY", START, CITIZEN,
                AppointmentOrigin.COUNTER);

        JsonNode tree = JSON.readTree(JSON.writeValueAsString(book));

        assertThat(tree.get("citizen").get("nationalRegisterNumber").isTextual()).isTrue();
        assertThat(tree.get("citizen").get("nationalRegisterNumber").asText()).isEqualTo("85073003328");
        assertThat(tree.get("start").asText()).isEqualTo("2026-12-01T09:30:00");
    }

    @Test
    void unknown_properties_are_ignored_at_every_level() throws JsonProcessingException {
        String json = """
                {"commandId":"019ac9f0-1b2c-7d3e-8f40-123456789abc","sequence":7,"schemaVersion":2,
                 "deviceTime":"2026-11-28T08:30:00.123Z","actor":"agent.deurne","addedInVersion2":true,
                 "payload":{"type":"CheckIn","appointmentId":"019ac9f0-0000-7aaa-8bbb-000000000001",
                            "kioskId":"zuil-12"}}
                """;

        SyncCommand command = JSON.readValue(json, SyncCommand.class);

        assertThat(command.payload()).isEqualTo(new Commands.CheckIn(APPOINTMENT_ID, null));
        assertThat(command.schemaVersion()).isEqualTo(2);
    }

    @Test
    void an_unknown_command_type_fails_with_an_invalid_type_id() {
        String json = """
                {"commandId":"019ac9f0-1b2c-7d3e-8f40-123456789abc","sequence":7,"schemaVersion":1,
                 "deviceTime":"2026-11-28T08:30:00.123Z","actor":"agent.deurne",
                 "payload":{"type":"TeleportCitizen","appointmentId":"019ac9f0-0000-7aaa-8bbb-000000000001"}}
                """;

        assertThatThrownBy(() -> JSON.readValue(json, SyncCommand.class))
                .isInstanceOf(InvalidTypeIdException.class)
                .satisfies(e -> assertThat(((InvalidTypeIdException) e).getTypeId()).isEqualTo("TeleportCitizen"))
                .hasMessageContaining("TeleportCitizen");
    }

    @Test
    void a_payload_without_a_type_fails_with_an_invalid_type_id() {
        String json = """
                {"commandId":"019ac9f0-1b2c-7d3e-8f40-123456789abc","sequence":7,"schemaVersion":1,
                 "deviceTime":"2026-11-28T08:30:00.123Z","actor":"agent.deurne",
                 "payload":{"appointmentId":"019ac9f0-0000-7aaa-8bbb-000000000001"}}
                """;

        assertThatThrownBy(() -> JSON.readValue(json, SyncCommand.class))
                .isInstanceOf(InvalidTypeIdException.class)
                .hasMessageContaining("missing type id");
    }

    @Test
    void the_compact_constructor_rejects_sequence_0_coming_through_json() {
        String json = """
                {"commandId":"019ac9f0-1b2c-7d3e-8f40-123456789abc","sequence":0,"schemaVersion":1,
                 "deviceTime":"2026-11-28T08:30:00.123Z","actor":"agent.deurne",
                 "payload":{"type":"CheckIn","appointmentId":"019ac9f0-0000-7aaa-8bbb-000000000001"}}
                """;

        assertThatThrownBy(() -> JSON.readValue(json, SyncCommand.class))
                .isInstanceOf(ValueInstantiationException.class)
                .cause()
                .isInstanceOf(DomainValidationException.class)
                .hasMessage("sequence starts at 1")
                .satisfies(e -> assertThat(((DomainValidationException) e).field()).isEqualTo("sequence"));
    }

    @Test
    void a_command_without_an_actor_is_rejected_through_json() {
        String json = """
                {"commandId":"019ac9f0-1b2c-7d3e-8f40-123456789abc","sequence":3,"schemaVersion":1,
                 "deviceTime":"2026-11-28T08:30:00.123Z",
                 "payload":{"type":"CheckIn","appointmentId":"019ac9f0-0000-7aaa-8bbb-000000000001"}}
                """;

        assertThatThrownBy(() -> JSON.readValue(json, SyncCommand.class))
                .isInstanceOf(ValueInstantiationException.class)
                .cause()
                .isInstanceOf(DomainValidationException.class)
                .hasMessage("actor is required");
    }

    @Test
    void an_invalid_citizen_name_in_a_command_fails_with_the_validation_message() {
        String json = """
                {"type":"Book","appointmentId":"019ac9f0-0000-7aaa-8bbb-000000000001","code":"K7M-2QX",
                 "locationId":"deurne","productCode":"EID_APPLY","start":"2026-12-01T09:30:00","origin":"COUNTER",
                 "citizen":{"givenName":"Jan\\nDROP","familyName":"Peeters"}}
                """;

        assertThatThrownBy(() -> JSON.readValue(json, CommandPayload.class))
                .isInstanceOf(ValueInstantiationException.class)
                .cause()
                .isInstanceOf(DomainValidationException.class)
                .hasMessage("givenName must not contain control characters such as line breaks or tabs");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2026-12-01T09:30:00Z", "2026-12-01T09:30:00+01:00",
            "2026-12-01T09:30Z", "2026-12-01T09:30:00-0500"})
    void a_time_with_Z_or_an_offset_is_refused_instead_of_having_its_zone_dropped(String start) {
        String json = """
                {"type":"Book","appointmentId":"019ac9f0-0000-7aaa-8bbb-000000000001","code":"K7M-2QX",
                 "locationId":"deurne","productCode":"EID_APPLY","start":"%s","origin":"COUNTER",
                 "citizen":{"givenName":"Jan","familyName":"Peeters"}}
                """.formatted(start);

        assertThatThrownBy(() -> JSON.readValue(json, CommandPayload.class))
                .rootCause()
                .isInstanceOf(DomainValidationException.class)
                .hasMessage("start is Brussels wall-clock time without 'Z' or an offset, e.g. 2026-12-07T09:30");
    }

    @Test
    void a_time_that_is_no_time_is_refused_with_its_field() {
        String json = """
                {"type":"CheckIn","appointmentId":"019ac9f0-0000-7aaa-8bbb-000000000001","paperTime":"tomorrow"}
                """;

        assertThatThrownBy(() -> JSON.readValue(json, CommandPayload.class))
                .rootCause()
                .isInstanceOf(DomainValidationException.class)
                .hasMessage("paperTime is not a time written YYYY-MM-DDTHH:MM");
    }

    @Test
    void a_booking_marked_register_number_unknown_keeps_the_marker_and_an_old_booking_reads_without_it()
            throws JsonProcessingException {
        Commands.Book marked = new Commands.Book(APPOINTMENT_ID, "K7M-2QX", "deurne", "EID_APPLY", START,
                new Citizen(null, "Amal", "Haddad", null, null), AppointmentOrigin.COUNTER, true);
        String old = """
                {"type":"Book","appointmentId":"019ac9f0-0000-7aaa-8bbb-000000000001","code":"K7M-2QX",
                 "locationId":"deurne","productCode":"EID_APPLY","start":"2026-12-01T09:30","origin":"COUNTER",
                 "citizen":{"givenName":"Jan","familyName":"Peeters"}}
                """;

        assertThat(JSON.readValue(JSON.writeValueAsString(marked), CommandPayload.class)).isEqualTo(marked);
        assertThat(((Commands.Book) JSON.readValue(old, CommandPayload.class)).registerNumberUnknown()).isNull();
    }

    @Test
    void a_null_sequence_is_refused_rather_than_read_as_zero() {
        String json = """
                {"commandId":"019ac9f0-1b2c-7d3e-8f40-123456789abc","sequence":null,"schemaVersion":1,
                 "deviceTime":"2026-11-28T08:30:00.123Z","actor":"agent.deurne",
                 "payload":{"type":"CheckIn","appointmentId":"019ac9f0-0000-7aaa-8bbb-000000000001"}}
                """;

        assertThatThrownBy(() -> JSON.readValue(json, SyncCommand.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("null")
                .hasMessageContaining("sequence");
    }

    @Test
    void an_enum_sent_as_a_number_is_refused() {
        String json = """
                {"type":"Book","appointmentId":"019ac9f0-0000-7aaa-8bbb-000000000001","code":"K7M-2QX",
                 "locationId":"deurne","productCode":"EID_APPLY","start":"2026-12-01T09:30:00","origin":2,
                 "citizen":{"givenName":"Jan","familyName":"Peeters"}}
                """;

        assertThatThrownBy(() -> JSON.readValue(json, CommandPayload.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void a_command_carries_its_actor_proof_and_the_proof_binds_actor_command_and_payload()
            throws JsonProcessingException {
        byte[] key = new byte[32];
        key[0] = 7;
        CommandPayload checkIn = new Commands.CheckIn(APPOINTMENT_ID, null);
        byte[] digest = PayloadDigest.of(JSON.readTree(JSON.writerFor(CommandPayload.class).writeValueAsString(checkIn)));
        String proof = ActorProof.of(key, COMMAND_ID, "agent.deurne", digest);
        SyncCommand command = new SyncCommand(COMMAND_ID, 7, 1, DEVICE_TIME, "agent.deurne", checkIn, proof);

        SyncCommand back = JSON.readValue(JSON.writeValueAsString(command), SyncCommand.class);

        assertThat(back.actorProof()).isEqualTo(proof);
        assertThat(ActorProof.matches(key, COMMAND_ID, "agent.deurne", digest, back.actorProof())).isTrue();
        byte[] other = PayloadDigest.of(JSON.readTree(JSON.writerFor(CommandPayload.class)
                .writeValueAsString(new Commands.MarkNoShow(APPOINTMENT_ID, null))));
        assertThat(ActorProof.matches(key, COMMAND_ID, "agent.deurne", other, proof)).as("another payload").isFalse();
        assertThat(ActorProof.matches(key, COMMAND_ID, "admin", digest, proof)).isFalse();
        assertThat(ActorProof.matches(key, APPOINTMENT_ID, "agent.deurne", digest, proof)).isFalse();
        assertThat(ActorProof.matches(new byte[32], COMMAND_ID, "agent.deurne", digest, proof)).isFalse();
        assertThat(ActorProof.matches(key, COMMAND_ID, "agent.deurne", digest, "not base64!")).isFalse();
        assertThat(ActorProof.matches(key, COMMAND_ID, "agent.deurne", digest, null)).isFalse();
        // the first form, from a desk before ADR 0161, covers no payload and still matches its command
        assertThat(ActorProof.matches(key, COMMAND_ID, "agent.deurne", other,
                ActorProof.ofFirstForm(key, COMMAND_ID, "agent.deurne"))).isTrue();
    }

    @Test
    void the_payload_digest_is_the_same_whatever_the_order_of_fields_or_the_form_of_numbers_and_differs_otherwise()
            throws JsonProcessingException {
        byte[] one = PayloadDigest.of(JSON.readTree("{\"type\":\"X\",\"a\":1.50,\"b\":[\"\u00e9\",null,true]}"));
        byte[] reordered = PayloadDigest.of(JSON.readTree("{\"b\":[\"é\",null,true],\"a\":1.5,\"type\":\"X\"}"));
        byte[] changed = PayloadDigest.of(JSON.readTree("{\"type\":\"X\",\"a\":1.5,\"b\":[\"e\",null,true]}"));

        assertThat(one).isEqualTo(reordered);
        assertThat(one).isNotEqualTo(changed);
        assertThat(PayloadDigest.of(JSON.readTree("{\"a\":\"1\"}")))
                .as("a text is not a number").isNotEqualTo(PayloadDigest.of(JSON.readTree("{\"a\":1}")));
        // a parser that keeps decimals exactly reads the same text as the same number
        com.fasterxml.jackson.databind.ObjectMapper exact = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        assertThat(PayloadDigest.of(exact.readTree("{\"a\":1.50,\"b\":1e400}")))
                .isEqualTo(PayloadDigest.of(JSON.readTree("{\"a\":1.5,\"b\":1E+400}")));
        assertThat(PayloadDigest.of(JSON.readTree("{\"b\":1e400}"))).as("Infinity, without an exception")
                .isNotEqualTo(PayloadDigest.of(JSON.readTree("{\"b\":1}")));
    }
}
