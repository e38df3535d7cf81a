package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.client.failure.DeskFailure;

/** The server could not be reached or answered with a server error: retry later. */
public class ServerUnreachableException extends DeskFailure {

    private final boolean noAnswer;

    public ServerUnreachableException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /**
     * @param noAnswer the server gave no answer of its own (no connection, or a gateway saying the server
     *                 behind it is down): the desk probes cheaply until it answers (ADR 0044)
     */
    public ServerUnreachableException(String message, Throwable cause, boolean noAnswer) {
        super(message, cause, "failure.serverUnreachable");
        this.noAnswer = noAnswer;
    }

    /** Whether the server gave no answer of its own (probe until it is back) rather than an error (back off). */
    public boolean noAnswer() {
        return noAnswer;
    }
}
