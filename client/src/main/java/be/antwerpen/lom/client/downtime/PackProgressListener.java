package be.antwerpen.lom.client.downtime;

/** Hears how far the rendering of a pack is; called on the rendering thread. */
@FunctionalInterface
public interface PackProgressListener {

    PackProgressListener NONE = (step, done, total) -> { };

    /**
     * @param step  what was just finished, e.g. the file name
     * @param done  steps finished
     * @param total steps in all
     */
    void progressed(String step, int done, int total);
}
