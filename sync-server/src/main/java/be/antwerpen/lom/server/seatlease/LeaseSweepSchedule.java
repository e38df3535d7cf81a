package be.antwerpen.lom.server.seatlease;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back the seats of leases whose release moment has passed, at an interval, whether or not any desk syncs
 * (ADR 0030, addendum). A desk's sync sweeps too; but when every desk of the city is cut off, the seats they held
 * would otherwise stay out of reach of online citizens until one of them comes back.
 */
public final class LeaseSweepSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseSweepSchedule.class);

    private final SeatLeaseService leases;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    public LeaseSweepSchedule(SeatLeaseService leases, Clock clock, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the lease sweep interval must be positive");
        }
        this.leases = leases;
        this.clock = clock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "seat-lease-sweep");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::sweep, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            int released = leases.sweep(clock.instant());
            if (released > 0) {
                LOG.info("gave back the seats of {} lease(s) past their release moment", released);
            }
        } catch (RuntimeException e) {
            LOG.warn("the seat leases could not be swept; trying again at the next interval", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
