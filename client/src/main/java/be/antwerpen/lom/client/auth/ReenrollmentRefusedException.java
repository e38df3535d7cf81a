package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.model.refusal.Refusal;

/** A new enrollment code cannot take over this desk's work (not enrolled yet, or another location). */
public class ReenrollmentRefusedException extends RuntimeException {

    private final transient Refusal refusal;

    /** A refusal with a stable code and parameters that the desk words in its language (ADR 0114). */
    public ReenrollmentRefusedException(String code, String message, Object... params) {
        super(message);
        this.refusal = Refusal.of(code, message, params);
    }

    public Refusal refusal() {
        return refusal;
    }
}
