package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.server.seatlease.HeldLease;
import be.antwerpen.lom.server.seatlease.LeaseClaims;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A {@code Book} that names a seat lease (ADR 0031). When the desk holds the lease and the booking
 * fits in it, the booking takes over the lease's seat. Any other claim (lapsed, unknown, another
 * desk's, outside the lease, from the web) leaves every lease untouched and books like a booking
 * without lease: final if the seat is free, provisional with a conflict if not. Never refused for
 * the claim alone: after a server restore or a re-enrollment a desk may name a lease the server no
 * longer knows as its own, and the citizen's booking must not be lost.
 */
final class LeasedBooking {

    static final String LAPSED_BUT_FREE = "the seat lease had lapsed; the seat was still free";
    static final String NOT_THE_DESKS = "this desk holds no such seat lease; booked without it";
    static final String OUTSIDE = "the booking does not lie within its seat lease; booked without it";

    /** The lease to take over ({@code null}: none) and what to tell the desk when it was not used. */
    record Claim(HeldLease lease, String note) {

        static final Claim NONE = new Claim(null, null);
    }

    private final LeaseClaims claims;

    LeasedBooking(LeaseClaims claims) {
        this.claims = claims;
    }

    /** Judges the claim without writing anything. */
    Claim claim(CommandScope scope, UUID leaseId, Appointment booked) throws SQLException {
        if (leaseId == null) {
            return Claim.NONE;
        }
        LeaseClaims.Claim claim = claims.check(scope.connection(), scope.actor().deviceId(), leaseId,
                booked.locationId(), booked.start(), booked.end());
        return switch (claim.verdict()) {
            case NOT_THE_DESKS -> new Claim(null, NOT_THE_DESKS);
            case OUTSIDE -> new Claim(null, OUTSIDE);
            case LAPSED -> new Claim(null, LAPSED_BUT_FREE);
            case HELD -> new Claim(claim.lease(), null);
        };
    }

    /** Turns the lease's seat into the booking's; false when another instance released it meanwhile. */
    boolean use(CommandScope scope, HeldLease lease, Appointment booked) throws SQLException {
        scope.wroteToDatabase();
        return claims.use(scope.connection(), lease, booked.id(), booked.start(), booked.end(), scope.now());
    }
}
