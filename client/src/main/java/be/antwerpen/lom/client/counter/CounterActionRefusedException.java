package be.antwerpen.lom.client.counter;

import be.antwerpen.lom.client.failure.DeskFailure;

/** A counter action or booking is not possible; the screen says why in the person's language. */
public class CounterActionRefusedException extends DeskFailure {

    /**
     * @param message    the reason in English, for the log (no personal data)
     * @param messageKey the reason's text in the bundles
     */
    public CounterActionRefusedException(String message, String messageKey, Object... arguments) {
        super(message, messageKey, arguments);
    }
}
