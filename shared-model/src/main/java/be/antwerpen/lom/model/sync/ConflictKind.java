package be.antwerpen.lom.model.sync;

/** The conflict classes of the sync design (see docs/sync-protocol.md). */
public enum ConflictKind {
    DOUBLE_BOOKING,
    CONTRADICTING_FACTS,
    STALE_STATE,
    CONCURRENT_EDIT,
    DEAD_LETTER
}
