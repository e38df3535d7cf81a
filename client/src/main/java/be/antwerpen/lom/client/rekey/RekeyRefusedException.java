package be.antwerpen.lom.client.rekey;

import be.antwerpen.lom.client.failure.DeskFailure;

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
}
