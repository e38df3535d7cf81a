package be.antwerpen.lom.model.drill;

import java.time.Duration;
import java.time.Instant;

/**
 * The two-hour rule (ADR 0112): a desk whose local copy or paper pack is older than this is stale, loud on
 * the desk itself and flagged in the supervisors' live view. Both sides apply the same rule.
 */
public final class StalenessRule {

    public static final Duration MAX_AGE = Duration.ofHours(2);

    private StalenessRule() {
    }

    /** Whether something made at {@code madeAt} is too old at {@code now}; never made counts as too old. */
    public static boolean stale(Instant madeAt, Instant now) {
        return madeAt == null || Duration.between(madeAt, now).compareTo(MAX_AGE) > 0;
    }
}
