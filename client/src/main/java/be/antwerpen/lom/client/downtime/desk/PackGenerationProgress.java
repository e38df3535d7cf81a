package be.antwerpen.lom.client.downtime.desk;

import be.antwerpen.lom.client.downtime.PackProgressListener;
import java.util.Objects;

/**
 * Relays how far a background pack generation is to whoever shows it (the status bar). Called on the
 * generating thread; the observer hands the figures over to the event thread itself.
 */
public final class PackGenerationProgress implements PackProgressListener {

    /** Receives the parts finished out of all parts of the pack being made. */
    @FunctionalInterface
    public interface Observer {
        void generating(int done, int total);
    }

    private volatile Observer observer = (done, total) -> { };

    public void observe(Observer newObserver) {
        observer = Objects.requireNonNull(newObserver, "observer");
    }

    @Override
    public void progressed(String step, int done, int total) {
        observer.generating(done, total);
    }
}
