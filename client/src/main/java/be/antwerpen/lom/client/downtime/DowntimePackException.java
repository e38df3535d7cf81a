package be.antwerpen.lom.client.downtime;

/** The downtime pack could not be made; the previous pack, if any, is left in place. */
public class DowntimePackException extends RuntimeException {

    public DowntimePackException(String message) {
        super(message);
    }

    public DowntimePackException(String message, Throwable cause) {
        super(message, cause);
    }
}
