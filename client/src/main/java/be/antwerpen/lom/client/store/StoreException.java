package be.antwerpen.lom.client.store;

/** The local database could not do what was asked; the message names the operation, never personal data. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
