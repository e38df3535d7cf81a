package be.antwerpen.lom.model.drill;

import java.time.Instant;

/**
 * The one thing a desk in a drill asks the server (ADR 0110): is the drill still on.
 *
 * @param state SCHEDULED, RUNNING, ENDED or CANCELLED
 */
public record DrillStatus(String drillId, String state, Instant plannedEnd) {
}
