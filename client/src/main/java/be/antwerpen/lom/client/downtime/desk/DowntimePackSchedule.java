package be.antwerpen.lom.client.downtime.desk;

import be.antwerpen.lom.client.downtime.PackProgressListener;
import be.antwerpen.lom.client.downtime.RenderedPack;
import be.antwerpen.lom.client.store.LocalDatabase;
import be.antwerpen.lom.client.sync.DeskChanges;
import be.antwerpen.lom.client.sync.SyncPhase;
import be.antwerpen.lom.client.sync.SyncStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the downtime pack is made: after each successful sync that changed the local data (today's
 * pack, and tomorrow's once the evening pack exists), and every evening from {@code eveningAt} for
 * the next day. "Today" and "the next day" mean the next day the location opens: on a closed
 * Sunday or public holiday the pack is made for the next open day (ADR 0119). Generation runs on the background executor, never on the event thread; before it,
 * serials are leased when the desk runs low and the server is reachable.
 */
public final class DowntimePackSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(DowntimePackSchedule.class);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final DowntimePackGenerator generator;
    private final LocalDatabase database;
    private final PackSerials serials;
    private final SerialLeaseSource leaseSource;
    private final Executor background;
    private final Clock clock;
    private final LocalTime eveningAt;
    private final PackProgressListener progress;
    private final Consumer<RenderedPack> onReady;
    private final AtomicLong seenDataVersion = new AtomicLong(-1);
    private final AtomicReference<LocalDate> eveningDoneFor = new AtomicReference<>();
    private final AtomicBoolean started = new AtomicBoolean();
    /** Held while a pack is made, so {@link #stop()} can wait for the pack being written. */
    private final Object making = new Object();
    private volatile boolean stopped;
    private ScheduledExecutorService ticker;

    public DowntimePackSchedule(DowntimePackGenerator generator, LocalDatabase database, PackSerials serials,
                                SerialLeaseSource leaseSource, Executor background, Clock clock, LocalTime eveningAt,
                                PackProgressListener progress, Consumer<RenderedPack> onReady) {
        this.generator = generator;
        this.database = database;
        this.serials = serials;
        this.leaseSource = leaseSource;
        this.background = background;
        this.clock = clock;
        this.eveningAt = eveningAt;
        this.progress = progress;
        this.onReady = onReady;
    }

    /**
     * Starts the schedule, once per run (later calls do nothing): it follows the sync status and checks the
     * evening every {@code every} on a clock thread of its own, beginning now.
     */
    public synchronized void start(DeskChanges changes, Duration every) {
        if (stopped || !started.compareAndSet(false, true)) {
            return;
        }
        changes.onStatus(this::syncStatusChanged);
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "desk-downtime-pack-clock");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                // a failed check must not end the schedule
                LOG.warn("The evening pack check failed ({})", e.getClass().getSimpleName());
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A sync status listener: a finished sync that changed the local data regenerates the pack. */
    public void syncStatusChanged(SyncStatus status) {
        if (status.phase() != SyncPhase.ONLINE || status.lastSyncAt() == null) {
            return;
        }
        long previous = seenDataVersion.getAndSet(status.dataVersion());
        if (previous == status.dataVersion()) {
            return;
        }
        LocalDate today = today();
        runInBackground(() -> {
            topUpSerials(true);
            if (stopped) {
                return;
            }
            LocalDate day = generator.packDayFrom(today);
            make(day);
            if (today.plusDays(1).equals(eveningDoneFor.get())) {
                LocalDate next = generator.packDayFrom(today.plusDays(1));
                if (!next.equals(day) && !stopped) {
                    make(next);
                }
            }
        });
    }

    /** Called periodically (and at start): from {@code eveningAt} on, makes tomorrow's pack once per evening. */
    public void tick() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(BRUSSELS));
        LocalDate tomorrow = now.toLocalDate().plusDays(1);
        if (now.toLocalTime().isBefore(eveningAt) || tomorrow.equals(eveningDoneFor.get())) {
            return;
        }
        eveningDoneFor.set(tomorrow);
        runInBackground(() -> {
            topUpSerials(false);
            if (!stopped) {
                make(generator.packDayFrom(tomorrow));
            }
        });
    }

    /**
     * Stops the schedule for good, as the desk closes: the evening check ends, packs not begun are not made, and
     * this waits until a pack being written is complete, so nothing writes into the data folder afterwards. A
     * generation executor of the schedule's own (an {@link ExecutorService}) is shut down.
     */
    public void stop() {
        synchronized (this) {
            // with start(): a clock thread started is always seen here
            stopped = true;
            if (ticker != null) {
                ticker.shutdownNow();
            }
        }
        if (background instanceof ExecutorService own) {
            own.shutdown();
        }
        synchronized (making) {
            // entered only once no pack is being made; the jobs that come later see stopped and do nothing
        }
    }

    private void runInBackground(Runnable job) {
        if (stopped) {
            return;
        }
        try {
            background.execute(() -> {
                synchronized (making) {
                    if (!stopped) {
                        job.run();
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            // stopped meanwhile: the desk is closing and makes no more packs
        }
    }

    private void make(LocalDate day) {
        try {
            Optional<RenderedPack> pack = generator.generate(day, progress);
            pack.ifPresent(onReady);
        } catch (RuntimeException e) {
            LOG.warn("The downtime pack of {} could not be made; the previous pack stays ({})", day,
                    e.getClass().getSimpleName());
        }
    }

    private void topUpSerials(boolean online) {
        try {
            if (database.inTransaction(serials::low)) {
                var lease = leaseSource.lease(PackSerials.LEASE_SIZE);
                database.inTransaction(c -> {
                    serials.add(c, lease);
                    return null;
                });
                LOG.info("Leased blank-form serials {}", lease.describe());
            }
        } catch (RuntimeException e) {
            LOG.info("No serials leased now ({}{})", e.getClass().getSimpleName(), online ? "" : ", evening run");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BRUSSELS));
    }
}
