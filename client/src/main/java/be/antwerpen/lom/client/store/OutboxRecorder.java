package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.SyncCommand;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Gives a command its identity (time-ordered UUID, next gap-free sequence) and puts it in the
 * outbox, inside the caller's transaction, so the local change and its outbox entry commit together.
 */
public final class OutboxRecorder {

    private final SyncStateStore syncState;
    private final OutboxStore outbox;
    private final TimeOrderedUuid ids;
    private final Clock clock;

    public OutboxRecorder(SyncStateStore syncState, OutboxStore outbox, TimeOrderedUuid ids, Clock clock) {
        this.syncState = syncState;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    public SyncCommand record(Connection c, String actor, CommandPayload payload) throws SQLException {
        long sequence = syncState.takeNextSequence(c);
        SyncCommand command = new SyncCommand(ids.next(), sequence, SyncCommand.CURRENT_SCHEMA_VERSION,
                clock.instant(), actor, payload);
        outbox.append(c, command);
        return command;
    }
}
