package be.antwerpen.lom.server.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs the audit chain head at start, at an interval while the chain moves, and at shutdown
 * (ADR 0094). A failed signing is logged and tried again at the next interval.
 */
public final class AuditHeadSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditHeadSchedule.class);

    private final AuditHeadSigner signer;
    private final ScheduledExecutorService scheduler;

    public AuditHeadSchedule(AuditHeadSigner signer, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the audit head signing interval must be positive");
        }
        this.signer = signer;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-head-signing");
            t.setDaemon(true);
            return t;
        });
        try {
            signer.signNow();
        } catch (AuditHeadSigner.AuditChainDisagrees e) {
            // the server still serves (an outage is no time to stop), but it vouches for nothing and says why
            LOG.error("AUDIT CHAIN DISAGREES WITH ITS LAST SIGNED HEAD: {}", e.getMessage());
        }
        scheduler.scheduleWithFixedDelay(this::signIfAdvanced, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void signIfAdvanced() {
        try {
            signer.signIfAdvanced();
        } catch (AuditHeadSigner.AuditChainDisagrees e) {
            LOG.error("AUDIT CHAIN DISAGREES WITH ITS LAST SIGNED HEAD: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("the audit chain head could not be signed; trying again at the next interval", e);
        }
    }

    /** Stops the schedule and signs the head one last time. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        signIfAdvanced();
    }
}
