package be.antwerpen.lom.model.appointment;

/** How an appointment came to exist. */
public enum AppointmentOrigin {
    ONLINE,
    KIOSK,
    COUNTER,
    WALK_IN,
    PAPER
}
