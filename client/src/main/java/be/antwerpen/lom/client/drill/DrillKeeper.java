package be.antwerpen.lom.client.drill;

import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.model.drill.DeskStatusAnswer;
import be.antwerpen.lom.model.drill.DeskStatusReport;
import be.antwerpen.lom.model.drill.DrillDeskResult;
import be.antwerpen.lom.model.drill.DrillSchedule;
import be.antwerpen.lom.model.drill.DrillStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of a drill at this desk (ADR 0110): learned from the status report at each sync round, begun at
 * its start (the figures of that moment kept, the gate closed), ended at its planned end, on a cancel seen
 * through the drill status, by a supervisor at the desk, or when the desk starts again after being switched
 * off during it. After the end the desk syncs like after any outage; once nothing waits it sends its figures
 * (ADR 0113). Everything is in the local database, so a restart loses nothing.
 */
public final class DrillKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(DrillKeeper.class);

    private final LocalStore store;
    private final DrillStore drills;
    private final DrillGate gate;
    private final PackFacts packs;
    private final Supplier<DrillApi> api;
    private final ServerCalls calls;
    private final Clock clock;
    private final Runnable requestSync;
    private final Duration statusEvery;
    private final String version;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Instant lastStatusCheck = Instant.EPOCH;

    /**
     * @param api         the server's drill endpoints over the desk's gated connection
     * @param requestSync asks the sync engine for a round (after a drill ended)
     * @param statusEvery how often a desk in a drill asks whether the drill is still on
     */
    public DrillKeeper(LocalStore store, DrillStore drills, DrillGate gate, PackFacts packs, Supplier<DrillApi> api,
                       ServerCalls calls, Clock clock, Runnable requestSync, Duration statusEvery, String version) {
        this.store = store;
        this.drills = drills;
        this.gate = gate;
        this.packs = packs;
        this.api = api;
        this.calls = calls;
        this.clock = clock;
        this.requestSync = requestSync;
        this.statusEvery = statusEvery;
        this.version = version;
    }

    /** Called when something about the drill changed (begun, ended): the window shows it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** At program start: a drill still running was interrupted by switching the desk off; it ends now. */
    public synchronized void startUp() {
        Optional<LocalDrill> running = store.database().inTransaction(drills::running);
        if (running.isPresent()) {
            LOG.info("the desk was switched off during a drill; the drill ends now");
            end(running.get(), "RESTARTED");
        }
    }

    public Optional<LocalDrill> running() {
        return store.database().inTransaction(drills::running);
    }

    /** The drills this desk knows, oldest start first. */
    public List<LocalDrill> all() {
        return store.database().inTransaction(drills::all);
    }

    /** Begins and ends drills as their time comes; asks whether a running drill is still on. Any thread. */
    public synchronized void tick() {
        Instant now = clock.instant();
        for (LocalDrill drill : all()) {
            if (LocalDrill.SCHEDULED.equals(drill.state())) {
                if (!now.isBefore(drill.plannedEnd())) {
                    forget(drill.id());
                } else if (!now.isBefore(drill.startsAt())) {
                    begin(drill, now);
                }
            } else if (drill.running()) {
                if (!now.isBefore(drill.plannedEnd())) {
                    end(drill, "PLANNED_END");
                } else if (!now.isBefore(lastStatusCheck.plus(statusEvery))) {
                    lastStatusCheck = now;
                    checkStillOn(drill);
                }
            }
        }
    }

    /** A supervisor at the desk ends the running drill here and now. */
    public synchronized void cancelHere() {
        running().ifPresent(d -> end(d, "CANCELLED"));
    }

    /**
     * After a sync round that reached the server (sync thread): report the desk's status, learn its drills,
     * and settle drills that ended (reconnect, caught up, figures sent).
     */
    public void afterRound() {
        try {
            report();
        } catch (RuntimeException e) {
            LOG.info("the desk's status report failed: {}", e.getMessage());
        }
        tick();
        settleEnded();
    }

    /** {@link #tick()} for a scheduler: a failure is logged, never thrown (it would end the schedule). */
    public void tickQuietly() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warn("the drill check failed", e);
        }
    }

    private void report() {
        var state = store.database().inTransaction(store.syncState()::read);
        int waiting = store.database().inTransaction(c -> store.outbox().count(c, OutboxStatus.PENDING));
        String drillId = running().map(LocalDrill::id).orElse(null);
        DeskStatusAnswer answer = calls.execute(api.get().report(new DeskStatusReport(waiting, state.lastSyncAt(),
                packs.madeAt().orElse(null), packs.printedAt().orElse(null), version, clock.instant(), drillId)));
        learn(answer.drills());
    }

    synchronized void learn(List<DrillSchedule> schedules) {
        Set<String> planned = schedules.stream().filter(s -> !s.cancelled()).map(DrillSchedule::id)
                .collect(Collectors.toSet());
        store.database().inTransaction(c -> {
            for (DrillSchedule s : schedules) {
                if (!s.cancelled()) {
                    drills.learn(c, s);
                }
            }
            for (LocalDrill known : drills.all(c)) {
                if (LocalDrill.SCHEDULED.equals(known.state()) && !planned.contains(known.id())) {
                    drills.forgetScheduled(c, known.id()); // cancelled before it began
                }
            }
            return null;
        });
    }

    private void settleEnded() {
        for (LocalDrill drill : all()) {
            if (!LocalDrill.ENDED.equals(drill.state()) || drill.resultSent()) {
                continue;
            }
            Instant now = clock.instant();
            Instant reconnected = drill.reconnectedAt() != null ? drill.reconnectedAt()
                    : Optional.ofNullable(gate.firstAnswer()).orElse(now);
            int waiting = store.database().inTransaction(c -> {
                drills.reconnected(c, drill.id(), reconnected);
                return store.outbox().count(c, OutboxStatus.PENDING);
            });
            if (waiting > 0) {
                continue; // not caught up yet: the next round looks again
            }
            Instant caughtUp = drill.caughtUpAt() != null ? drill.caughtUpAt() : now;
            store.database().inTransaction(c -> {
                drills.caughtUp(c, drill.id(), caughtUp);
                return null;
            });
            calls.execute(api.get().result(drill.id(), new DrillDeskResult(drill.beganAt(), drill.endedAt(),
                    drill.endReason(), drill.copyAgeMs(), drill.packAgeMs(), drill.packPrinted(),
                    drill.offlineActions() == null ? 0 : drill.offlineActions(), reconnected, caughtUp)));
            store.database().inTransaction(c -> {
                drills.resultSent(c, drill.id());
                return null;
            });
            LOG.info("the figures of drill {} reached the server", drill.id());
            changed();
        }
    }

    private void checkStillOn(LocalDrill drill) {
        try {
            DrillStatus status = calls.execute(api.get().status(drill.id()));
            if ("CANCELLED".equals(status.state()) || "ENDED".equals(status.state())) {
                end(drill, "CANCELLED");
            }
        } catch (RuntimeException noAnswer) {
            LOG.debug("the drill status could not be asked: {}", noAnswer.getMessage());
        }
    }

    private void begin(LocalDrill drill, Instant now) {
        var state = store.database().inTransaction(store.syncState()::read);
        Long copyAge = state.lastSyncAt() == null ? null : Duration.between(state.lastSyncAt(), now).toMillis();
        Long packAge = packs.madeAt().map(made -> Math.max(0, Duration.between(made, now).toMillis())).orElse(null);
        boolean printed = packs.currentPrinted();
        store.database().inTransaction(c -> {
            drills.begin(c, drill.id(), now, copyAge, packAge, printed, state.nextSequence());
            return null;
        });
        gate.close();
        LOG.info("outage drill {} began: the connection to the server is cut until {}", drill.id(),
                drill.plannedEnd());
        changed();
    }

    private void end(LocalDrill drill, String reason) {
        Instant now = clock.instant();
        long next = store.database().inTransaction(store.syncState()::read).nextSequence();
        int offline = (int) Math.max(0, next - (drill.sequenceAtStart() == null ? next : drill.sequenceAtStart()));
        store.database().inTransaction(c -> {
            drills.end(c, drill.id(), now, reason, offline);
            return null;
        });
        gate.open();
        LOG.info("outage drill {} ended ({}); the desk reconnects", drill.id(), reason);
        requestSync.run();
        changed();
    }

    private void forget(String id) {
        store.database().inTransaction(c -> {
            drills.forgetScheduled(c, id);
            return null;
        });
    }

    private void changed() {
        listeners.forEach(l -> {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.warn("a drill listener failed", e);
            }
        });
    }
}
