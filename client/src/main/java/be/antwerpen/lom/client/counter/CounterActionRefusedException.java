package be.antwerpen.lom.client.counter;

import be.antwerpen.lom.model.refusal.Refusal;

/** A counter action is not possible; the message is a sentence for the person at the desk. */
public class CounterActionRefusedException extends RuntimeException {

    private final transient Refusal refusal;

    /** A refusal with a stable code and parameters that the desk words in its language (ADR 0114). */
    public CounterActionRefusedException(String code, String message, Object... params) {
        this(Refusal.of(code, message, params));
    }

    public CounterActionRefusedException(Refusal refusal) {
        super(refusal.message());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
