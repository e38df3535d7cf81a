package be.antwerpen.lom.client.store;

/**
 * Another desk program already works on this data folder (the desk was started twice, e.g. by a double click):
 * two programs on one folder would share one identity, one outbox and one sequence, and the server would stop
 * both as a copied desk. The second start stops instead, before it touches the database.
 */
public final class DataFolderInUseException extends StoreException {

    public DataFolderInUseException(String message) {
        super(message, null);
    }
}
