package be.antwerpen.lom.client.supervisor;

/** No appointment with the typed code is in the desk's local agenda. */
public class UnknownAppointmentCodeException extends RuntimeException {

    public UnknownAppointmentCodeException() {
        super("no appointment with this code is known at this desk");
    }
}
