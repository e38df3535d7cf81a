package be.antwerpen.lom.server.error;

import be.antwerpen.lom.model.refusal.Refusal;

/**
 * A request the server refuses, with the HTTP status and the stable error code it maps to. The
 * message is a sentence a person can read and never contains personal data.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;
    private final Refusal refusal;

    public ApiProblem(int status, String code, String message, String field) {
        this(status, code, Refusal.plain(message), field);
    }

    /** A problem whose reason carries a stable code and parameters for a desk to word (ADR 0114). */
    public ApiProblem(int status, String code, Refusal refusal, String field) {
        super(refusal.message());
        this.status = status;
        this.code = code;
        this.field = field;
        this.refusal = refusal;
    }

    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(400, "invalid_input", message, field);
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(404, "not_found", what + " does not exist", null);
    }

    public static ApiProblem forbidden(String message) {
        return new ApiProblem(403, "forbidden", message, null);
    }

    public static ApiProblem unauthorized(String code, String message) {
        return new ApiProblem(401, code, message, null);
    }

    /** The device id is not known (any more): 410, the desk resets and an administrator re-enrolls it. */
    public static ApiProblem unknownDevice() {
        return new ApiProblem(410, "unknown_device", "this device is not enrolled on this server", null);
    }

    public static ApiProblem slotFull() {
        return new ApiProblem(409, "slot_full", "no seat is left in this slot", "start");
    }

    public static ApiProblem conflict(String code, String message) {
        return new ApiProblem(409, code, message, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    /** The reason with its code (or none) and parameters; the message is the English sentence. */
    public Refusal refusal() {
        return refusal;
    }
}
