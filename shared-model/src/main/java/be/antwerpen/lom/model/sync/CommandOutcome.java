package be.antwerpen.lom.model.sync;

/** What became of a pushed command. None of them blocks the queue. */
public enum CommandOutcome {
    /** Applied as sent. */
    APPLIED,
    /** Applied, but the server adjusted it (e.g. an idempotent repeat, or a booking kept as provisional). */
    APPLIED_WITH_CHANGES,
    /** Not applied; {@code reason} says why in a sentence. */
    REJECTED,
    /** Acknowledged; a conflict record was opened for a supervisor. */
    CONFLICT
}
