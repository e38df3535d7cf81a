package be.antwerpen.lom.model.slot;

import java.time.LocalDateTime;

/** A booking that occupies one desk from {@code start} to {@code end} (exclusive) at a location. */
public record ExistingBooking(String locationId, LocalDateTime start, LocalDateTime end) {
}
