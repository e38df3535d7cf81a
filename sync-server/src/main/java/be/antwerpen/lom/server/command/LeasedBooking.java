package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.server.seatlease.HeldLease;
import be.antwerpen.lom.server.seatlease.LeaseClaims;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@code Book} that names a seat lease (ADR 0031): refused, before anything is written, when the
 * lease is not the desk's or the booking does not fit in it; otherwise the booking takes over the
 * lease's seat, or, when the lease lapsed, books like any other booking (final if the seat is still
 * free, provisional with a conflict if not; never refused).
 */
final class LeasedBooking {

    static final String LAPSED_BUT_FREE = "the seat lease had lapsed; the seat was still free";

    private final LeaseClaims claims;

    LeasedBooking(LeaseClaims claims) {
        this.claims = claims;
    }

    /** The held lease the booking may take over, empty when it names none or its lease lapsed. */
    Optional<HeldLease> claim(CommandScope scope, UUID leaseId, Appointment booked) throws SQLException {
        if (leaseId == null) {
            return Optional.empty();
        }
        LeaseClaims.Claim claim = claims.check(scope.connection(), scope.actor().deviceId(), leaseId,
                booked.locationId(), booked.start(), booked.end());
        return switch (claim.verdict()) {
            case NOT_THE_DESKS -> throw Rejected.because("this desk holds no seat lease " + leaseId);
            case OUTSIDE -> throw Rejected.because("the booking does not lie within its seat lease (location "
                    + claim.lease().locationId() + ", " + claim.lease().start() + " to " + claim.lease().end() + ")");
            case LAPSED -> Optional.empty();
            case HELD -> Optional.of(claim.lease());
        };
    }

    /** Turns the lease's seat into the booking's; false when another instance released it meanwhile. */
    boolean use(CommandScope scope, HeldLease lease, Appointment booked) throws SQLException {
        scope.wroteToDatabase();
        return claims.use(scope.connection(), lease, booked.id(), booked.start(), booked.end(), scope.now());
    }
}
