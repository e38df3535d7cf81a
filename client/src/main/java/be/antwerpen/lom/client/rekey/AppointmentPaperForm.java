package be.antwerpen.lom.client.rekey;

import be.antwerpen.lom.model.appointment.Appointment;
import java.time.LocalDate;

/** The intake form of a booked appointment. */
public record AppointmentPaperForm(Appointment appointment) implements PaperForm {

    @Override
    public String key() {
        return "A:" + appointment.code();
    }

    @Override
    public LocalDate day() {
        return appointment.start().toLocalDate();
    }
}
