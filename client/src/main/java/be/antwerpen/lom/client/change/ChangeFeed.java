package be.antwerpen.lom.client.change;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whoever subscribed that something changed. Listeners run on the thread that publishes (the sync
 * thread or a background task); a listener that needs the event thread hands over itself. A failing
 * listener is logged and does not stop the others or the publisher.
 *
 * @param <T> what a notification carries
 */
public final class ChangeFeed<T> {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    private final List<Registration<T>> listeners = new CopyOnWriteArrayList<>();

    /** Registers {@code listener} until the returned subscription is closed. */
    public Subscription subscribe(Consumer<T> listener) {
        Registration<T> registration = new Registration<>(Objects.requireNonNull(listener, "listener"));
        listeners.add(registration);
        return () -> listeners.remove(registration);
    }

    public void publish(T change) {
        for (Registration<T> registration : listeners) {
            try {
                registration.listener.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("a change listener failed ({})", e.getClass().getSimpleName(), e);
            }
        }
    }

    /** One registration; its identity (not the listener's equality) is what a subscription removes. */
    private static final class Registration<T> {
        private final Consumer<T> listener;

        private Registration(Consumer<T> listener) {
            this.listener = listener;
        }
    }
}
