package be.antwerpen.lom.server.refusal;

/**
 * A request the server refuses, said without HTTP: what kind of refusal it is, a stable code, the field
 * it is about (or null) and a sentence a person can read, never holding personal data. The web edge
 * turns the kind into a status code in one place; command-line tools print the sentence; the push path
 * turns it into a rejected receipt (ADR 0100).
 */
public class Refusal extends RuntimeException {

    /** What kind of refusal this is; the web edge maps each to exactly one status. */
    public enum Kind {
        /** The input breaks a rule (a missing field, a malformed value). */
        INVALID,
        /** The caller is not (or no longer) logged in, or its credentials are wrong. */
        UNAUTHENTICATED,
        /** The caller is known but may not do this. */
        FORBIDDEN,
        /** What the request names does not exist (or is not visible to the caller). */
        NOT_FOUND,
        /** The request contradicts the current state (taken, full, already settled, in use). */
        CONFLICT,
        /** What the request names existed once and is gone for good (a forgotten device or cursor). */
        GONE,
        /** The request is larger than the server accepts. */
        TOO_LARGE,
        /** The request is well formed but repeats a key with other content. */
        INCONSISTENT,
        /** Too many attempts in too short a time; try again later. */
        TOO_MANY_ATTEMPTS
    }

    private final Kind kind;
    private final String code;
    private final String field;

    public Refusal(Kind kind, String code, String message, String field) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.field = field;
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, "invalid_input", message, field);
    }

    public static Refusal notFound(String what) {
        return new Refusal(Kind.NOT_FOUND, "not_found", what + " does not exist", null);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, "forbidden", message, null);
    }

    public static Refusal unauthenticated(String code, String message) {
        return new Refusal(Kind.UNAUTHENTICATED, code, message, null);
    }

    /** The device id is not known (any more): the desk resets and an administrator re-enrolls it. */
    public static Refusal unknownDevice() {
        return new Refusal(Kind.GONE, "unknown_device", "this device is not enrolled on this server", null);
    }

    public static Refusal slotFull() {
        return new Refusal(Kind.CONFLICT, "slot_full", "no seat is left in this slot", "start");
    }

    public static Refusal conflict(String code, String message) {
        return new Refusal(Kind.CONFLICT, code, message, null);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    /** The message as a sentence for a person at a console: capital first letter, full stop at the end. */
    public String sentence() {
        String m = getMessage() == null || getMessage().isBlank() ? code : getMessage().strip();
        String first = m.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + m.substring(1);
        return first.endsWith(".") || first.endsWith("?") || first.endsWith("!") ? first : first + ".";
    }
}
