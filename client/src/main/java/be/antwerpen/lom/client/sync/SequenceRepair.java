package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.SyncState;
import be.antwerpen.lom.model.sync.SequenceRefusal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs this desk's command sequence after its store went back in time (ADR 0043): a restore from a backup or
 * a copied data folder hands out sequences the server already holds. Waiting commands move past the server's
 * sequence, the counter follows and walk-in tickets start a new series, so nothing is lost and no ticket
 * repeats.
 */
final class SequenceRepair {

    private static final Logger LOG = LoggerFactory.getLogger(SequenceRepair.class);

    private final LocalStore store;
    private final Clock clock;

    SequenceRepair(LocalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The server refused a pushed sequence as another command's: in one transaction every command still waiting
     * from the refused one on gets a new sequence after the server's. Returns the sequence to push from.
     */
    long renumber(SequenceRefusal refusal) {
        long first = refusal.lastAppliedSequence() + 1;
        int moved = store.database().inTransaction(c -> {
            int count = store.outbox().renumberWaiting(c, refusal.sequence(), first);
            store.syncState().renumbered(c, first + count, count, clock.instant());
            store.walkInCounter().startNewSeries(c);
            return count;
        });
        LOG.warn("the server already holds sequence {} for another command (this desk's store went back in time);"
                + " {} waiting commands renumbered from {}", refusal.sequence(), moved, first);
        return first;
    }

    /**
     * The server reflects a sequence of this desk that the desk has not handed out yet: found before it pushed
     * anything under a reused sequence. In the caller's transaction, waiting commands move past the server's
     * sequence, so not even the first ticket after a restore repeats one.
     */
    void continueAfterServersSequence(Connection c, long reflected) throws SQLException {
        SyncState state = store.syncState().read(c);
        if (reflected < state.nextSequence()) {
            return;
        }
        int moved = store.outbox().renumberWaiting(c, 0, reflected + 1);
        store.syncState().renumbered(c, reflected + 1 + moved, moved, clock.instant());
        store.walkInCounter().startNewSeries(c);
        LOG.warn("the server reflects sequence {} of this desk, which had only handed out up to {} (its store went"
                + " back in time); {} waiting commands renumbered", reflected, state.lastHandedOut(), moved);
    }
}
