package be.antwerpen.lom.client.testing;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import java.time.LocalDateTime;
import java.util.UUID;

/** Appointments and citizens for tests (the register number is a valid made-up one). */
public final class TestAppointments {

    public static final String VALID_NRN = "85073003328";

    private TestAppointments() {
    }

    public static Citizen citizen(String given, String family) {
        return new Citizen(NationalRegisterNumber.parse(VALID_NRN), given, family, null, null);
    }

    /**
     * A citizen with a register number of its own ({@code 85.07.30-NNN.CC}, {@code serial} 1..997): the
     * day-end report counts records of one number on a day as possible duplicates (ADR 0096).
     */
    public static Citizen distinctCitizen(int serial, String given, String family) {
        String first9 = "850730" + String.format("%03d", serial);
        String check = String.format("%02d", 97 - Long.parseLong(first9) % 97);
        return new Citizen(NationalRegisterNumber.parse(first9 + check), given, family, null, null);
    }

    private static final java.util.concurrent.atomic.AtomicInteger SERIALS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A citizen with a register number of their own (valid, made up): the server keeps one citizen to one
     * live booking per slot (ADR 0027), so tests that fill a slot need different citizens.
     */
    public static Citizen anotherCitizen(String given, String family) {
        int serial = 1 + SERIALS.getAndIncrement() % 997;
        String first = String.format("900101%03d", serial);
        String number = first + String.format("%02d", 97 - Long.parseLong(first) % 97);
        return new Citizen(NationalRegisterNumber.parse(number), given, family, null, null);
    }

    public static Appointment booked(String code, LocalDateTime start) {
        return new Appointment(UUID.randomUUID(), code, "antwerpen", "EID", start, start.plusMinutes(10),
                citizen("An", "Peeters"), AppointmentStatus.BOOKED, AppointmentOrigin.ONLINE, false, 1);
    }
}
