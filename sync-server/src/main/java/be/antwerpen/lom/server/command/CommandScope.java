package be.antwerpen.lom.server.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import be.antwerpen.lom.model.api.AuditEntry;
import java.util.ArrayList;
import java.util.List;
import be.antwerpen.lom.server.changelog.ChangeLogRepository;
import be.antwerpen.lom.server.changelog.PendingChange;

/** One command being applied: its connection, actor and time, and the last change it logged. */
public final class CommandScope {

    private final Connection connection;
    private final Actor actor;
    private final UUID commandId;
    private final Instant now;
    private final List<PendingChange> pending = new ArrayList<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final WriteBehindAppointments appointments;
    private long lastChangeSeq;
    private int databaseWrites;
    private Instant madeAt;

    /** A command alone in its transaction (its appointment writes are held until {@code finish}). */
    public CommandScope(Connection connection, Actor actor, UUID commandId, Instant now) {
        this(connection, actor, commandId, now, new WriteBehindAppointments());
    }

    /**
     * A command sharing its transaction with others: all scopes of one transaction share one
     * {@code appointments}, so a command sees what an earlier one changed.
     */
    public CommandScope(Connection connection, Actor actor, UUID commandId, Instant now,
                        WriteBehindAppointments appointments) {
        this.connection = connection;
        this.actor = actor;
        this.commandId = commandId;
        this.now = now;
        this.appointments = appointments;
    }

    /** The appointments read and changed in this transaction, written when it ends. */
    public WriteBehindAppointments appointments() {
        return appointments;
    }

    /** Statements this command ran that changed the database at once (seats, conflicts, counter). */
    public int databaseWrites() {
        return databaseWrites;
    }

    void wroteToDatabase() {
        databaseWrites++;
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

    /** When the command was made: the desk's clock for a synced command, else the server's {@link #now()}. */
    public Instant madeAt() {
        return madeAt == null ? now : madeAt;
    }

    /** Records the desk's clock when it made the command (ADR 0029: a booking made offline is judged then). */
    public void madeAtDevice(Instant deviceTime) {
        this.madeAt = deviceTime;
    }

    public long lastChangeSeq() {
        return lastChangeSeq;
    }

    void logged(long seq) {
        lastChangeSeq = Math.max(lastChangeSeq, seq);
    }

    void record(PendingChange change) {
        pending.add(change);
    }

    void recordAudit(AuditEntry entry) {
        audit.add(entry);
    }

    /** Audit lines of this command not written yet. */
    List<AuditEntry> audit() {
        return audit;
    }

    /** Changes made by this command that are not numbered yet. */
    public List<PendingChange> pending() {
        return pending;
    }

    /**
     * Numbers and writes the pending changes of these scopes (in order) with one counter update and
     * one batch; afterwards each scope's {@link #lastChangeSeq()} is its last change's sequence.
     */
    public static void flush(ChangeLogRepository changeLog, Connection c, List<CommandScope> scopes, long now)
            throws SQLException {
        List<PendingChange> all = new ArrayList<>();
        scopes.forEach(s -> all.addAll(s.pending));
        long seq = changeLog.appendAll(c, all, now);
        for (CommandScope scope : scopes) {
            if (!scope.pending.isEmpty()) {
                seq += scope.pending.size();
                scope.logged(seq - 1);
                scope.pending.clear();
            }
        }
    }
}
