package be.antwerpen.lom.client.supervisor;

import be.antwerpen.lom.client.failure.DeskFailure;

/** No appointment with the typed code is in the desk's local agenda. */
public class UnknownAppointmentCodeException extends DeskFailure {

    public UnknownAppointmentCodeException() {
        super("no appointment with this code is known at this desk", "audit.unknownCode");
    }
}
