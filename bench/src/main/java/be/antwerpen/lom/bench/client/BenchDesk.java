package be.antwerpen.lom.bench.client;

import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.config.ClientOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One real desk wiring ({@link DeskAssembly}) for a benchmark, with the scheduler it was built on kept, so
 * that {@link #close} stops the scheduler's tasks (background sync, the drill keeper) before the store is
 * closed under them.
 */
record BenchDesk(DeskServices services, ScheduledExecutorService scheduler, Path dataDir) implements AutoCloseable {

    /** A desk on {@code serverUrl} with its data in {@code dataDir}; its background sync is stopped. */
    static BenchDesk build(String serverUrl, Path dataDir, Clock clock) {
        ScheduledExecutorService scheduler = DeskAssembly.syncScheduler();
        DeskServices services = DeskAssembly.build(new ClientOptions(serverUrl, null, dataDir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO), clock, scheduler, 1_000);
        services.sync().stop();
        return new BenchDesk(services, scheduler, dataDir);
    }

    @Override
    public void close() throws InterruptedException {
        services.sync().stop();
        scheduler.shutdownNow();
        if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the desk's scheduler did not stop within 30 s");
        }
        services.close();
    }
}
