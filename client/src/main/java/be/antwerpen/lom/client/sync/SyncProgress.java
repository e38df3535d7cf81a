package be.antwerpen.lom.client.sync;

/** How the push and the pull report progress within a round: records handled so far, and whether data changed. */
@FunctionalInterface
interface SyncProgress {

    void progressed(long handled, boolean dataChanged);
}
