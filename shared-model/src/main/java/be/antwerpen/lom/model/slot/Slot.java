package be.antwerpen.lom.model.slot;

import java.time.LocalDateTime;

/**
 * A start time at which a product can be booked.
 *
 * @param locationId where
 * @param start      wall-clock start (Europe/Brussels)
 * @param end        start + product duration
 * @param capacity   desks open for the whole of [start, end)
 * @param free       seats still free for the whole of [start, end) (at least 1)
 * @param evening    whether it falls in an evening opening
 */
public record Slot(String locationId, LocalDateTime start, LocalDateTime end, int capacity, int free, boolean evening) {
}
