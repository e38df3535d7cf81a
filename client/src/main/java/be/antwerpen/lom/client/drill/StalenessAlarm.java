package be.antwerpen.lom.client.drill;

import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.model.drill.StalenessRule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The two-hour rule on the desk itself (ADR 0112): how old its local copy and its paper pack are, whether
 * either breaks the rule, and the drill running now. Blocking (reads the store and the pack folder).
 */
public final class StalenessAlarm {

    /**
     * What the desk's banner shows.
     *
     * @param copyAge    age of the local copy, or null when it never synced
     * @param packAge    age of the paper pack, or null when there is none
     * @param drillUntil the planned end of the drill running now, or null
     */
    public record State(Duration copyAge, boolean copyStale, Duration packAge, boolean packStale,
                        Instant drillUntil) {

        public boolean loud() {
            return copyStale || packStale || drillUntil != null;
        }
    }

    private final LocalStore store;
    private final PackFacts packs;
    private final DrillKeeper drills;
    private final Clock clock;

    public StalenessAlarm(LocalStore store, PackFacts packs, DrillKeeper drills, Clock clock) {
        this.store = store;
        this.packs = packs;
        this.drills = drills;
        this.clock = clock;
    }

    public State now() {
        Instant now = clock.instant();
        Instant synced = store.database().inTransaction(store.syncState()::read).lastSyncAt();
        Instant made = packs.madeAt().orElse(null);
        return new State(synced == null ? null : positive(Duration.between(synced, now)),
                StalenessRule.stale(synced, now), made == null ? null : positive(Duration.between(made, now)),
                StalenessRule.stale(made, now), drills.running().map(LocalDrill::plannedEnd).orElse(null));
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
