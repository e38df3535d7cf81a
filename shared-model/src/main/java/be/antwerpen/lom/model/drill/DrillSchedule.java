package be.antwerpen.lom.model.drill;

import java.time.Instant;

/**
 * A drill as a desk learns it before the cut (ADR 0110): when it begins and when it is planned to end,
 * and whether a supervisor cancelled it.
 */
public record DrillSchedule(String id, Instant startsAt, Instant plannedEnd, boolean cancelled) {
}
