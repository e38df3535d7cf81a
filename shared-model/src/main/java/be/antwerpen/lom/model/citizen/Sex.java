package be.antwerpen.lom.model.citizen;

/** Sex as encoded in a national register number (odd sequence: male, even: female). */
public enum Sex {
    MALE,
    FEMALE,
    /** A BIS number registered with month + 20 does not encode the sex. */
    UNKNOWN
}
