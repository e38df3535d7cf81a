package be.antwerpen.lom.model.lease;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A seat the server holds for one desk (ADR 0030): one seat in every grid cell of [start, end) at
 * a location. A booking made on it, even offline, is final, as long as the desk books before
 * {@code useBefore} (its own clock); after that moment the server may give the seat back.
 *
 * @param id         the lease, named by a {@code Book} that uses it
 * @param locationId where the seat is
 * @param start      first cell (wall-clock, Europe/Brussels)
 * @param end        end of the last cell (exclusive); products up to {@code end - start} fit
 * @param useBefore  the desk books on this lease only before this instant
 */
public record SeatLease(UUID id, String locationId, LocalDateTime start, LocalDateTime end, Instant useBefore) {

    /** Whether a booking of [from, to) at {@code location} fits inside this lease. */
    public boolean covers(String location, LocalDateTime from, LocalDateTime to) {
        return locationId.equals(location) && !from.isBefore(start) && !to.isAfter(end);
    }
}
