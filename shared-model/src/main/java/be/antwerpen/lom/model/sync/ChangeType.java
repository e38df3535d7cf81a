package be.antwerpen.lom.model.sync;

/** What kind of entity a pulled change carries. */
public enum ChangeType {
    APPOINTMENT,
    CONFLICT,
    CLOSURE
}
