package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.model.lease.SeatLease;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last step of a sync round (ADR 0030): asks the server to top up this desk's seat leases and
 * stores the answer. Runs after the push, so leases the desk booked on offline are already used on
 * the server; a server without leases (older version) leaves the desk booking provisionally.
 */
final class SeatLeaseRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(SeatLeaseRefresh.class);

    private final LocalStore store;
    private final ServerCalls calls;
    private final Clock clock;

    SeatLeaseRefresh(LocalStore store, ServerCalls calls, Clock clock) {
        this.store = store;
        this.calls = calls;
        this.clock = clock;
    }

    void refresh(SyncApi server) {
        List<SeatLease> held;
        try {
            held = calls.execute(server.seatLeases(Map.of()));
        } catch (ServerRefusedException e) {
            LOG.info("the server grants no seat leases ({}); offline bookings stay provisional", e.getMessage());
            return;
        }
        LocalDateTime yesterday = LocalDateTime.now(clock).minusDays(1);
        store.database().inTransaction(c -> {
            store.seatLeases().replaceHeld(c, held, yesterday);
            return null;
        });
    }
}
