package be.antwerpen.lom.client.rekey;

/** A paper form that cannot be entered as written; the message says why in plain words (no personal data). */
public final class RekeyRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RekeyRefusedException(String message) {
        super(message);
    }
}
