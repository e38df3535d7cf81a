package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.SyncCommand;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;

/**
 * Gives a command its identity (time-ordered UUID, next gap-free sequence) and puts it in the
 * outbox, inside the caller's transaction, so the local change and its outbox entry commit together. The
 * command carries the proof of who made it (ADR 0032) while that person is logged in.
 */
public final class OutboxRecorder {

    private final SyncStateStore syncState;
    private final OutboxStore outbox;
    private final TimeOrderedUuid ids;
    private final Clock clock;
    private final CommandSigner signer;

    /** A recorder whose commands carry no proof of their actor (tests and tools without a login). */
    public OutboxRecorder(SyncStateStore syncState, OutboxStore outbox, TimeOrderedUuid ids, Clock clock) {
        this(syncState, outbox, ids, clock, (commandId, actor, digest) -> null);
    }

    public OutboxRecorder(SyncStateStore syncState, OutboxStore outbox, TimeOrderedUuid ids, Clock clock,
                          CommandSigner signer) {
        this.syncState = syncState;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
        this.signer = signer;
    }

    public SyncCommand record(Connection c, String actor, CommandPayload payload) throws SQLException {
        long sequence = syncState.takeNextSequence(c);
        UUID commandId = ids.next();
        SyncCommand command = new SyncCommand(commandId, sequence, SyncCommand.CURRENT_SCHEMA_VERSION,
                clock.instant(), actor, payload, signer.proofFor(commandId, actor, () -> outbox.digestOf(payload)));
        outbox.append(c, command);
        return command;
    }
}
