package be.antwerpen.lom.client.sync;

/**
 * The server says this desk's identity is in use on another computer (a copied data folder running next
 * to the original, ADR 0043): this desk stops syncing and keeps its work until it is enrolled again.
 */
public class DeskActiveElsewhereException extends RuntimeException {

    public DeskActiveElsewhereException(String message) {
        super(message);
    }
}
