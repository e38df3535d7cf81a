package be.antwerpen.lom.model.sync;

/** The ways a supervisor can settle a conflict. */
public enum ConflictResolution {
    /** Keep the server's (first committed) version. */
    KEEP_SERVER,
    /** Keep the desk's version and apply it. */
    KEEP_DESK,
    /** Merge differing fields (concurrent contact edits). */
    MERGE,
    /** Rebook the provisional booking into another free slot. */
    REBOOK,
    /** Nothing to change; mark as handled with a remark. */
    MARK_HANDLED
}
