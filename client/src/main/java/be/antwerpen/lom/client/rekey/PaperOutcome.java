package be.antwerpen.lom.client.rekey;

/** What the paper form says happened. */
public enum PaperOutcome {
    ARRIVED,
    SERVED,
    NO_SHOW
}
