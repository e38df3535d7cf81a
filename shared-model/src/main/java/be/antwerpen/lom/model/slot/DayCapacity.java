package be.antwerpen.lom.model.slot;

import java.time.LocalDate;

/**
 * What a location can serve on one day.
 *
 * @param locationId  where
 * @param day         which day
 * @param slots       base slots x desks (e.g. 10-minute slots times open desks)
 * @param deskMinutes sum over opening blocks of minutes x desks
 * @param bookedDeskMinutes desk-minutes already taken by bookings
 */
public record DayCapacity(String locationId, LocalDate day, int slots, int deskMinutes, int bookedDeskMinutes) {
}
