package be.antwerpen.lom.client.store;

/** A sealed value does not open with the data key in the vault: another key sealed it, or it was altered. */
public final class SealedWithAnotherKeyException extends StoreException {

    public SealedWithAnotherKeyException() {
        super("a sealed value does not open with the desk's data key", null);
    }
}
