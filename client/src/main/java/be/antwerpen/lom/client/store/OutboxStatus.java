package be.antwerpen.lom.client.store;

/** Where a command stands in the outbox. */
public enum OutboxStatus {
    /** Saved locally, not yet acknowledged by the server. */
    PENDING,
    /** Acknowledged (applied); leaves the outbox once a pull reflects it. */
    ACKED,
    /** Refused by the server; stays visible with its reason until someone dismisses it. */
    REJECTED,
    /** Acknowledged, but the server opened a conflict for a supervisor. */
    CONFLICT
}
