package be.antwerpen.lom.client.rekey;

import be.antwerpen.lom.model.refusal.Refusal;

/** A paper form that cannot be entered as written; the message says why in plain words (no personal data). */
public final class RekeyRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    /** A refusal with a stable code and parameters that the desk words in its language (ADR 0114). */
    public RekeyRefusedException(String code, String message, Object... params) {
        this(Refusal.of(code, message, params));
    }

    public RekeyRefusedException(Refusal refusal) {
        super(refusal.message());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
