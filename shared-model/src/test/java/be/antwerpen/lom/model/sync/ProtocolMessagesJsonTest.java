package be.antwerpen.lom.model.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.api.CancelRequest;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.api.LoginResponse;
import be.antwerpen.lom.model.api.RescheduleRequest;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProtocolMessagesJsonTest {

    private static final ObjectMapper JSON = ProtocolJson.newMapper();

    private static final UUID COMMAND_ID = UUID.fromString("019ac9f0-1b2c-7d3e-8f40-123456789abc");
    private static final UUID APPOINTMENT_ID = UUID.fromString("019ac9f0-0000-7aaa-8bbb-000000000001");
    private static final UUID CONFLICT_ID = UUID.fromString("019ac9f0-0000-7ccc-8ddd-000000000002");
    private static final Instant SERVER_TIME = Instant.parse("2026-11-28T08:30:01Z");
    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 9, 30);
    private static final Citizen CITIZEN = new Citizen(
            NationalRegisterNumber.parse("85073003328", LocalDate.of(2026, 11, 28)),
            "Łucja", "Żółkiewska", null, null);

    private static <T> T roundTrip(T value, Class<T> type) throws JsonProcessingException {
        return JSON.readValue(JSON.writeValueAsString(value), type);
    }

    @Test
    void push_request_round_trips_in_order() throws JsonProcessingException {
        PushRequest request = new PushRequest(List.of(
                new SyncCommand(COMMAND_ID, 1, 1, SERVER_TIME, "agent.deurne", new Commands.CheckIn(APPOINTMENT_ID, null)),
                new SyncCommand(UUID.fromString("019ac9f0-1b2c-7d3e-8f40-123456789abd"), 2, 1, SERVER_TIME,
                        "agent.deurne", new Commands.Call(APPOINTMENT_ID, "Loket 2", null))), 3L);

        assertThat(roundTrip(request, PushRequest.class)).isEqualTo(request);
        assertThat(JSON.readValue("{\"commands\":[]}", PushRequest.class).deskSequence()).isNull();
    }

    @Test
    void an_empty_or_missing_command_list_reads_as_empty() throws JsonProcessingException {
        assertThat(JSON.readValue("{}", PushRequest.class).commands()).isEmpty();
        assertThat(JSON.readValue("{\"commands\":null}", PushRequest.class).commands()).isEmpty();
    }

    @Test
    void push_response_round_trips_with_every_outcome() throws JsonProcessingException {
        PushResponse response = new PushResponse(List.of(
                new CommandReceipt(COMMAND_ID, 1, CommandOutcome.APPLIED, null, null),
                new CommandReceipt(COMMAND_ID, 2, CommandOutcome.APPLIED_WITH_CHANGES, "kept as provisional", null),
                new CommandReceipt(COMMAND_ID, 3, CommandOutcome.REJECTED, "the appointment is already served", null),
                new CommandReceipt(COMMAND_ID, 4, CommandOutcome.CONFLICT, "double booking", CONFLICT_ID)),
                4, null, SERVER_TIME);

        String json = JSON.writeValueAsString(response);

        assertThat(JSON.readValue(json, PushResponse.class)).isEqualTo(response);
        assertThat(JSON.readTree(json).get("serverTime").asText()).isEqualTo("2026-11-28T08:30:01Z");
    }

    @Test
    void push_response_keeps_the_expected_sequence_of_a_gap() throws JsonProcessingException {
        PushResponse gap = new PushResponse(List.of(), 7, 8L, SERVER_TIME);

        assertThat(roundTrip(gap, PushResponse.class).expectedSequence()).isEqualTo(8L);
    }

    @Test
    void pull_response_round_trips_with_change_data() throws JsonProcessingException {
        ObjectNode data = JSON.createObjectNode()
                .put("id", APPOINTMENT_ID.toString())
                .put("status", "CHECKED_IN")
                .put("start", "2026-12-01T09:30:00")
                .put("version", 3);
        data.putArray("tags").add("provisional");
        PullResponse response = new PullResponse(List.of(
                new Change(101, ChangeType.APPOINTMENT, APPOINTMENT_ID.toString(), data),
                new Change(102, ChangeType.CONFLICT, CONFLICT_ID.toString(), JSON.createObjectNode().put("kind", "DOUBLE_BOOKING"))),
                102, true, 17, SERVER_TIME);

        PullResponse back = roundTrip(response, PullResponse.class);

        assertThat(back).isEqualTo(response);
        assertThat(back.changes().get(0).data().get("version").asInt()).isEqualTo(3);
    }

    @Test
    void snapshot_response_round_trips() throws JsonProcessingException {
        ReferenceData referenceData = new ReferenceData("2026.1-example", true, 10,
                List.of(), List.of(), List.of(), List.of());
        Appointment appointment = new Appointment(APPOINTMENT_ID, "K7M-2QX", "deurne", "EID_APPLY", START,
                START.plusMinutes(20), CITIZEN, AppointmentStatus.BOOKED, AppointmentOrigin.ONLINE, false, 2);
        SnapshotResponse snapshot = new SnapshotResponse(500, referenceData, LocalDate.of(2026, 11, 28),
                LocalDate.of(2026, 12, 19), List.of(appointment),
                List.of(new OccupiedSeat(COMMAND_ID, "merksem", START, START.plusMinutes(10), true)), 17, SERVER_TIME,
                List.of(CONFLICT_ID));

        String json = JSON.writeValueAsString(snapshot);

        assertThat(JSON.readValue(json, SnapshotResponse.class)).isEqualTo(snapshot);
        JsonNode tree = JSON.readTree(json);
        assertThat(tree.get("from").asText()).isEqualTo("2026-11-28");
        assertThat(tree.get("appointments").get(0).get("start").asText()).isEqualTo("2026-12-01T09:30:00");
        assertThat(tree.get("appointments").get(0).get("citizen").get("nationalRegisterNumber").asText())
                .isEqualTo("85073003328");
        assertThat(tree.get("occupancy").get(0).has("citizen")).isFalse();
        assertThat(tree.get("occupancy").get(0).get("appointmentId").asText()).isEqualTo(COMMAND_ID.toString());
    }

    @Test
    void error_body_round_trips_with_and_without_a_field() throws JsonProcessingException {
        ErrorBody withField = new ErrorBody("invalid_input", "the check digits do not match the number",
                "nationalRegisterNumber");
        ErrorBody withoutField = new ErrorBody("slot_full", "no seat is left in this slot", null);

        assertThat(roundTrip(withField, ErrorBody.class)).isEqualTo(withField);
        assertThat(roundTrip(withoutField, ErrorBody.class)).isEqualTo(withoutField);
    }

    @Test
    void enrollment_round_trips_and_its_credentials_stay_out_of_to_string() throws JsonProcessingException {
        EnrollmentRequest request = new EnrollmentRequest("DEMO-ANTWERPEN-1", "Loket 1 PC");
        EnrollmentResponse response = new EnrollmentResponse("dev-123", "s3cr3t-value", "antwerpen", "Loket 1");

        assertThat(roundTrip(request, EnrollmentRequest.class)).isEqualTo(request);
        assertThat(roundTrip(response, EnrollmentResponse.class)).isEqualTo(response);
        assertThat(JSON.writeValueAsString(response)).contains("\"deviceSecret\":\"s3cr3t-value\"");
        assertThat(request.toString()).doesNotContain("DEMO-ANTWERPEN-1").contains("Loket 1 PC");
        assertThat(response.toString()).doesNotContain("s3cr3t-value").contains("dev-123");
    }

    @Test
    void login_round_trips_and_password_and_token_stay_out_of_to_string() throws JsonProcessingException {
        LoginRequest request = new LoginRequest("agent.deurne", "demo-password");
        LoginResponse response = new LoginResponse("token-abc", SERVER_TIME.plusSeconds(3600),
                new StaffMember("agent.deurne", "An Peeters", StaffRole.AGENT, Set.of("deurne", "merksem")));

        assertThat(roundTrip(request, LoginRequest.class)).isEqualTo(request);
        assertThat(roundTrip(response, LoginResponse.class)).isEqualTo(response);
        assertThat(JSON.readTree(JSON.writeValueAsString(response)).get("expiresAt").asText())
                .isEqualTo("2026-11-28T09:30:01Z");
        assertThat(request.toString()).doesNotContain("demo-password");
        assertThat(response.toString()).doesNotContain("token-abc");
    }

    @Test
    void booking_request_round_trips() throws JsonProcessingException {
        BookingRequest request = new BookingRequest("wilrijk", "PASSPORT", START, CITIZEN);

        String json = JSON.writeValueAsString(request);

        assertThat(JSON.readValue(json, BookingRequest.class)).isEqualTo(request);
        assertThat(JSON.readTree(json).get("start").asText()).isEqualTo("2026-12-01T09:30:00");
    }

    @Test
    void reschedule_and_cancel_requests_round_trip() throws JsonProcessingException {
        RescheduleRequest reschedule = new RescheduleRequest(null, START.plusDays(1));
        CancelRequest cancel = new CancelRequest("citizen is ill");

        assertThat(roundTrip(reschedule, RescheduleRequest.class)).isEqualTo(reschedule);
        assertThat(roundTrip(cancel, CancelRequest.class)).isEqualTo(cancel);
    }

    @Test
    void local_date_times_are_read_from_iso_strings_as_wall_clock_times() throws JsonProcessingException {
        RescheduleRequest request = JSON.readValue(
                "{\"locationId\":\"hoboken\",\"start\":\"2026-03-29T02:30:00\",\"unknown\":1}", RescheduleRequest.class);

        assertThat(request.start()).isEqualTo(LocalDateTime.of(2026, 3, 29, 2, 30));
        assertThat(request.locationId()).isEqualTo("hoboken");
    }
}
