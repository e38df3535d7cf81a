package be.antwerpen.lom.client.rekey;

import be.antwerpen.lom.model.appointment.Appointment;
import java.time.LocalDate;

/**
 * The intake form of a booked appointment, printed on the pack of {@code day}: the day the paper's times are on,
 * even when the appointment was moved to another day since (ADR 0144).
 */
public record AppointmentPaperForm(Appointment appointment, LocalDate day) implements PaperForm {

    /** A form found without a pack that lists it: its day is the appointment's day. */
    public AppointmentPaperForm(Appointment appointment) {
        this(appointment, appointment.start().toLocalDate());
    }

    @Override
    public String key() {
        return "A:" + appointment.code();
    }
}
