package be.antwerpen.lom.model.appointment;

/** The life cycle states of an appointment; see {@link AppointmentLifecycle} for the transitions. */
public enum AppointmentStatus {
    BOOKED,
    CHECKED_IN,
    CALLED,
    IN_SERVICE,
    SERVED,
    NO_SHOW,
    CANCELLED;

    /** Whether nothing more can happen to the appointment. */
    public boolean isFinal() {
        return this == SERVED || this == NO_SHOW || this == CANCELLED;
    }
}
