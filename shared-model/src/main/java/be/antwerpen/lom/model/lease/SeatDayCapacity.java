package be.antwerpen.lom.model.lease;

import java.time.LocalDate;

/**
 * A supervisor's view of one day at one location, in seats (desk x grid cell): what the schedule
 * offers, what bookings hold, what leases hold for desks, and what is free for anyone.
 */
public record SeatDayCapacity(String locationId, LocalDate day, int capacity, int booked, int leased, int free) {
}
