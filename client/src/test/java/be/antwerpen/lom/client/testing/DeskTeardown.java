package be.antwerpen.lom.client.testing;

import be.antwerpen.lom.client.DeskServices;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ends a test's desk the way a desk closes, so nothing of it still writes into the test's data folder when JUnit
 * deletes that folder: the threads the test handed to the desk (its sync scheduler, the window's background pool)
 * stop and are waited for, then {@link DeskServices#close()} stops the pack schedule, waiting for a pack being
 * written, and closes the store.
 */
public final class DeskTeardown {

    private DeskTeardown() {
    }

    public static void close(DeskServices desk, ExecutorService... threads) {
        desk.sync().stop();
        for (ExecutorService thread : threads) {
            thread.shutdownNow();
        }
        for (ExecutorService thread : threads) {
            try {
                if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("a desk thread did not stop within 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the desk's threads stopped", e);
            }
        }
        desk.close();
    }
}
