package be.antwerpen.lom.model.appointment;

/** What a desk can do to an appointment; each action leads to one target status. */
public enum AppointmentAction {
    CHECK_IN(AppointmentStatus.CHECKED_IN),
    CALL(AppointmentStatus.CALLED),
    START_SERVICE(AppointmentStatus.IN_SERVICE),
    MARK_SERVED(AppointmentStatus.SERVED),
    MARK_NO_SHOW(AppointmentStatus.NO_SHOW),
    CANCEL(AppointmentStatus.CANCELLED);

    private final AppointmentStatus target;

    AppointmentAction(AppointmentStatus target) {
        this.target = target;
    }

    public AppointmentStatus target() {
        return target;
    }
}
