package be.antwerpen.lom.client.counter;

import be.antwerpen.lom.client.failure.DeskFailure;
import be.antwerpen.lom.model.refusal.Refusal;

/** A counter action or booking is not possible; the screen says why in the person's language. */
public class CounterActionRefusedException extends DeskFailure {

    /**
     * @param message    the reason in English, for the log (no personal data)
     * @param messageKey the reason's text in the bundles
     */
    public CounterActionRefusedException(String message, String messageKey, Object... arguments) {
        super(message, messageKey, arguments);
    }

    /** A refusal of the shared rules with a stable code, worded by its code; {@code messageKey} otherwise. */
    public CounterActionRefusedException(Refusal refusal, String messageKey, Object... arguments) {
        super(refusal, messageKey, arguments);
    }

    /** A coded refusal with the general "not possible" sentence when the code is unknown here. */
    public CounterActionRefusedException(Refusal refusal) {
        super(refusal, "refusal.unknown");
    }
}
