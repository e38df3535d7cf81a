package be.antwerpen.lom.model.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.slot.ExistingBooking;
import be.antwerpen.lom.model.sync.ProtocolJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

class AppointmentMapperTest {

    private final AppointmentMapper mapper = Mappers.getMapper(AppointmentMapper.class);

    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 9, 30);
    private static final Citizen CITIZEN = new Citizen(
            NationalRegisterNumber.parse("85073003328", LocalDate.of(2026, 11, 28)),
            "Jan", "Peeters", "jan@example.be", "+32 3 338 11 11");

    private static Appointment appointment(String id, String locationId, int startOffsetMinutes, boolean provisional) {
        LocalDateTime start = START.plusMinutes(startOffsetMinutes);
        return new Appointment(UUID.fromString(id), "K7M-2QX", locationId, "EID_APPLY", start, start.plusMinutes(20),
                CITIZEN, AppointmentStatus.CHECKED_IN, AppointmentOrigin.PAPER, provisional, 4);
    }

    @Test
    void an_appointment_occupies_its_location_from_start_to_end() {
        Appointment appointment = appointment("019ac9f0-0000-7aaa-8bbb-000000000001", "deurne", 0, false);

        assertThat(mapper.toOccupancy(appointment))
                .isEqualTo(new ExistingBooking("deurne", START, START.plusMinutes(20)));
    }

    @Test
    void a_list_of_appointments_maps_in_order() {
        List<Appointment> appointments = List.of(
                appointment("019ac9f0-0000-7aaa-8bbb-000000000001", "deurne", 30, false),
                appointment("019ac9f0-0000-7aaa-8bbb-000000000002", "merksem", 0, true));

        assertThat(mapper.toOccupancy(appointments)).containsExactly(
                new ExistingBooking("deurne", START.plusMinutes(30), START.plusMinutes(50)),
                new ExistingBooking("merksem", START, START.plusMinutes(20)));
        assertThat(mapper.toOccupancy(List.of())).isEmpty();
    }

    @Test
    void the_summary_keeps_everything_but_the_citizen() {
        Appointment appointment = appointment("019ac9f0-0000-7aaa-8bbb-000000000003", "wilrijk", 10, true);

        AppointmentSummary summary = mapper.toSummary(appointment);

        assertThat(summary).isEqualTo(new AppointmentSummary(appointment.id(), "K7M-2QX", "wilrijk", "EID_APPLY",
                START.plusMinutes(10), START.plusMinutes(30), AppointmentStatus.CHECKED_IN, AppointmentOrigin.PAPER,
                true));
    }

    @Test
    void the_summary_has_no_citizen_field_and_its_json_carries_no_personal_data() throws JsonProcessingException {
        assertThat(Arrays.stream(AppointmentSummary.class.getRecordComponents()).map(RecordComponent::getType))
                .doesNotContain(Citizen.class, NationalRegisterNumber.class);

        String json = ProtocolJson.newMapper().writeValueAsString(
                mapper.toSummary(appointment("019ac9f0-0000-7aaa-8bbb-000000000004", "ekeren", 0, false)));

        assertThat(json).doesNotContain("Peeters").doesNotContain("85073003328").doesNotContain("jan@example.be")
                .doesNotContain("citizen");
    }

    @Test
    void null_maps_to_null() {
        assertThat(mapper.toOccupancy((Appointment) null)).isNull();
        assertThat(mapper.toSummary(null)).isNull();
    }
}
