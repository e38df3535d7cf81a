package be.antwerpen.lom.model.lease;

import java.time.LocalDate;

/**
 * A supervisor's view of one day at one location, in seats (desk x grid cell): what the schedule
 * offers, what bookings hold, what leases hold for desks, and what is free for anyone.
 *
 * @param booked      seats the day's seat-holding bookings cover, counted from the bookings
 * @param leased      seats the desks' held leases cover, counted from the leases
 * @param free        seats of the schedule no one holds, from the seat cells' own counts
 * @param unaccounted seats the seat cells count as taken that neither a booking nor a lease covers (or, when
 *                    negative, covered ones the cells do not count): zero unless something is wrong, so the two
 *                    figures above come from independent facts and this one says whether they agree
 */
public record SeatDayCapacity(String locationId, LocalDate day, int capacity, int booked, int leased, int free,
                              int unaccounted) {
}
