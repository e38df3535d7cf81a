package be.antwerpen.lom.client.change;

/** A listener's registration with a {@link ChangeFeed}; closing it stops the notifications (twice is harmless). */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
