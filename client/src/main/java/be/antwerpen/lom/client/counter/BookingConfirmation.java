package be.antwerpen.lom.client.counter;

import java.time.LocalDateTime;
import java.util.UUID;

/** A booking made at the desk: provisional until the server confirms it. */
public record BookingConfirmation(UUID appointmentId, String code, String locationId, String productCode,
                                  LocalDateTime start, boolean provisional) {
}
