package be.antwerpen.lom.server.seatlease;

import be.antwerpen.lom.model.lease.SeatLease;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A seat lease as stored: the desk's view ({@link SeatLease}) plus its status and when the server
 * may give the seat back ({@code releaseAfter}, a little after {@code useBefore} for clock skew).
 */
public record HeldLease(UUID id, String deviceId, String locationId, LocalDateTime start, LocalDateTime end,
                        LeaseStatus status, Instant grantedAt, Instant useBefore, Instant releaseAfter,
                        UUID appointmentId) {

    public SeatLease forDesk() {
        return new SeatLease(id, locationId, start, end, useBefore);
    }
}
