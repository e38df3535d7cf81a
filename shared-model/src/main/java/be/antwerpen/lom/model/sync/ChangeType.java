package be.antwerpen.lom.model.sync;

/** What kind of entity a pulled change carries. */
public enum ChangeType {
    APPOINTMENT,
    CONFLICT,
    CLOSURE,
    /** Another location's appointment reduced to the seat it holds ({@link OccupiedSeat}, no personal data). */
    OCCUPANCY
}
