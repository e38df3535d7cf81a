package be.antwerpen.lom.server.appointment;

import java.time.LocalDateTime;

/** One grid cell of a location's agenda and how many desks serve in it. */
public record SeatCell(String locationId, LocalDateTime start, int capacity) {
}
