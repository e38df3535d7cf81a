package be.antwerpen.lom.server.command;

import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;

/** One command being applied: its connection, actor and time, and the last change it logged. */
public final class CommandScope {

    private final Connection connection;
    private final Actor actor;
    private final UUID commandId;
    private final Instant now;
    private long lastChangeSeq;

    public CommandScope(Connection connection, Actor actor, UUID commandId, Instant now) {
        this.connection = connection;
        this.actor = actor;
        this.commandId = commandId;
        this.now = now;
    }

    public Connection connection() {
        return connection;
    }

    public Actor actor() {
        return actor;
    }

    public UUID commandId() {
        return commandId;
    }

    public Instant now() {
        return now;
    }

    public long lastChangeSeq() {
        return lastChangeSeq;
    }

    void logged(long seq) {
        lastChangeSeq = Math.max(lastChangeSeq, seq);
    }
}
