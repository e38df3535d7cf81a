package be.antwerpen.lom.client.rekey;

import be.antwerpen.lom.client.failure.DeskFailure;
import be.antwerpen.lom.model.refusal.Refusal;

/** A paper form that cannot be entered as written; the screen says why in plain words (no personal data). */
public final class RekeyRefusedException extends DeskFailure {

    private static final long serialVersionUID = 1L;

    /**
     * @param message    the reason in English, for the log
     * @param messageKey the reason's text in the bundles
     */
    public RekeyRefusedException(String message, String messageKey, Object... arguments) {
        super(message, messageKey, arguments);
    }

    /** A refusal of the shared rules with a stable code, worded by its code; {@code messageKey} otherwise. */
    public RekeyRefusedException(Refusal refusal, String messageKey, Object... arguments) {
        super(refusal, messageKey, arguments);
    }

    /** A coded refusal with the general "not possible" sentence when the code is unknown here. */
    public RekeyRefusedException(Refusal refusal) {
        super(refusal, "refusal.unknown");
    }
}
