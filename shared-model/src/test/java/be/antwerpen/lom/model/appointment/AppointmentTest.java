package be.antwerpen.lom.model.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.validation.DomainValidationException;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    private static final UUID ID = UUID.fromString("019ac9f0-1b2c-7d3e-8f40-123456789abc");
    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 9, 30);
    private static final Citizen CITIZEN = new Citizen(null, "Jan", "Peeters", null, null);

    @Test
    void with_status_changes_only_the_status() {
        Appointment booked = new Appointment(ID, "K7M-2QX", "deurne", "EID_APPLY", START, START.plusMinutes(20),
                CITIZEN, AppointmentStatus.BOOKED, AppointmentOrigin.COUNTER, true, 3);

        Appointment checkedIn = booked.withStatus(AppointmentStatus.CHECKED_IN);

        assertThat(checkedIn.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(checkedIn).usingRecursiveComparison().ignoringFields("status").isEqualTo(booked);
    }

    @Test
    void text_fields_are_stripped() {
        Appointment appointment = new Appointment(ID, " K7M-2QX ", " deurne ", "EID_APPLY\t", START,
                START.plusMinutes(20), CITIZEN, AppointmentStatus.BOOKED, AppointmentOrigin.ONLINE, false, 0);

        assertThat(appointment.code()).isEqualTo("K7M-2QX");
        assertThat(appointment.locationId()).isEqualTo("deurne");
        assertThat(appointment.productCode()).isEqualTo("EID_APPLY");
    }

    @Test
    void an_appointment_must_end_after_it_starts() {
        assertThatThrownBy(() -> new Appointment(ID, "K7M-2QX", "deurne", "EID_APPLY", START, START,
                CITIZEN, AppointmentStatus.BOOKED, AppointmentOrigin.ONLINE, false, 0))
                .isInstanceOf(DomainValidationException.class)
                .hasMessage("an appointment must end after it starts");
    }

    @Test
    void required_fields_are_named_when_missing() {
        assertThatThrownBy(() -> new Appointment(ID, "K7M-2QX", "deurne", "EID_APPLY", START, START.plusMinutes(10),
                null, AppointmentStatus.BOOKED, AppointmentOrigin.ONLINE, false, 0))
                .isInstanceOf(DomainValidationException.class)
                .hasMessage("citizen is required");
        assertThatThrownBy(() -> new Appointment(ID, " ", "deurne", "EID_APPLY", START, START.plusMinutes(10),
                CITIZEN, AppointmentStatus.BOOKED, AppointmentOrigin.ONLINE, false, 0))
                .hasMessage("code must not be blank");
        assertThatThrownBy(() -> new Appointment(ID, "K7M-2QX", "deurne", "EID_APPLY", START, START.plusMinutes(10),
                CITIZEN, AppointmentStatus.BOOKED, AppointmentOrigin.ONLINE, false, -1))
                .hasMessage("version must not be negative");
    }
}
