package be.antwerpen.lom.client.counter;

/** A counter action is not possible; the message is a sentence for the person at the desk. */
public class CounterActionRefusedException extends RuntimeException {

    public CounterActionRefusedException(String message) {
        super(message);
    }
}
