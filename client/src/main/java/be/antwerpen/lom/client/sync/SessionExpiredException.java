package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.client.failure.DeskFailure;

/** The server refused the staff token (HTTP 401): the login has expired. */
public class SessionExpiredException extends DeskFailure {

    public SessionExpiredException(String message) {
        super(message, "failure.sessionExpired");
    }
}
