package be.antwerpen.lom.client.sync;

/** The server could not be reached or answered with a server error: retry later. */
public class ServerUnreachableException extends RuntimeException {

    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
