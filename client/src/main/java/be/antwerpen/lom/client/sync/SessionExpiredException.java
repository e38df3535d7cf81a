package be.antwerpen.lom.client.sync;

/** The server refused the staff token (HTTP 401): the login has expired. */
public class SessionExpiredException extends RuntimeException {

    public SessionExpiredException(String message) {
        super(message);
    }
}
