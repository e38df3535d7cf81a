package be.antwerpen.lom.client.sync;

/** What the sync engine is doing, as the status bar shows it. */
public enum SyncPhase {
    /** The desk has no device identity yet. */
    NOT_ENROLLED,
    /** Talking to the server. */
    SYNCING,
    /** The last sync succeeded. */
    ONLINE,
    /** The server cannot be reached; retrying with backoff. */
    OFFLINE,
    /** The server does not know this desk (any more): sync stops until it is enrolled again; the outbox is kept. */
    DEVICE_UNKNOWN,
    /** The staff login expired: sync waits for a new login; the outbox is untouched. */
    LOGIN_EXPIRED,
    /** Nobody is logged in at the desk yet: sync starts after the first login. */
    WAITING_FOR_LOGIN,
    /** A sync round failed inside the desk (a fault, or an answer that breaks the protocol); retrying with backoff. */
    FAILED,
    /**
     * This desk's identity runs on another computer (a copied data folder): sync stays stopped until the
     * desk is enrolled again as a desk of its own; the outbox is kept (ADR 0043).
     */
    ACTIVE_ELSEWHERE
}
