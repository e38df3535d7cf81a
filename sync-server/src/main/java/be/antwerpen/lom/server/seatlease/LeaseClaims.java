package be.antwerpen.lom.server.seatlease;

import be.antwerpen.lom.server.appointment.SeatCell;
import be.antwerpen.lom.server.appointment.SeatRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A booking that names a seat lease, inside the booking's transaction (ADR 0031): checks the claim
 * without writing, then turns the lease's seat into the booking's seat.
 */
public final class LeaseClaims {

    /** What the server makes of a lease a booking names. */
    public enum Verdict {
        /** The desk holds it and the booking fits in it: the booking takes over its seat. */
        HELD,
        /** The desk held it, but it was returned, expired or used already: book as without a lease. */
        LAPSED,
        /** No such lease, another desk's, or not a desk at all: book as without a lease, touch no lease. */
        NOT_THE_DESKS,
        /** The booking lies outside the lease (another location, another time): book as without a lease. */
        OUTSIDE
    }

    public record Claim(Verdict verdict, HeldLease lease) {
    }

    private final SeatLeaseRepository leases;
    private final SeatRepository seats;
    private final int slotMinutes;

    public LeaseClaims(SeatLeaseRepository leases, SeatRepository seats, int slotMinutes) {
        this.leases = leases;
        this.seats = seats;
        this.slotMinutes = slotMinutes;
    }

    /** Reads the lease and judges the claim; writes nothing. */
    public Claim check(Connection c, String deviceId, UUID leaseId, String locationId, LocalDateTime start,
                       LocalDateTime end) throws SQLException {
        Optional<HeldLease> found = deviceId == null ? Optional.empty() : leases.find(c, leaseId);
        if (found.isEmpty() || !found.get().deviceId().equals(deviceId)) {
            return new Claim(Verdict.NOT_THE_DESKS, null);
        }
        HeldLease lease = found.get();
        if (!lease.forDesk().covers(locationId, start, end)) {
            return new Claim(Verdict.OUTSIDE, lease);
        }
        return new Claim(lease.status() == LeaseStatus.HELD ? Verdict.HELD : Verdict.LAPSED, lease);
    }

    /**
     * Marks the held lease used by the appointment and gives back the seats of its cells the booking
     * does not cover; the booking's cells keep their seat (now the booking's). False, and nothing
     * changed, when the lease stopped being held meanwhile (released by another instance).
     */
    public boolean use(Connection c, HeldLease lease, UUID appointmentId, LocalDateTime start, LocalDateTime end,
                       Instant now) throws SQLException {
        if (!leases.close(c, lease.id(), LeaseStatus.USED, appointmentId, now)) {
            return false;
        }
        for (LocalDateTime cell = lease.start(); cell.isBefore(lease.end()); cell = cell.plusMinutes(slotMinutes)) {
            if (cell.isBefore(start) || !cell.isBefore(end)) {
                seats.release(c, new SeatCell(lease.locationId(), cell, 0));
            }
        }
        return true;
    }
}
