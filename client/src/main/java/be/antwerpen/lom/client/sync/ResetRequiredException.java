package be.antwerpen.lom.client.sync;

/** The server no longer knows the desk's cursor (or the device): start again from a snapshot. */
public class ResetRequiredException extends RuntimeException {

    public ResetRequiredException(String message) {
        super(message);
    }
}
