package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.model.validation.DomainValidationException;
import be.antwerpen.lom.server.db.AtCommit;
import be.antwerpen.lom.server.refusal.Refusal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * One unit of work of the command layer: the commands applied in one database transaction, whoever
 * sends them (a desk's push, a web booking, a supervisor settling a conflict, the demo seed). Open it
 * with {@link CommandApplier#begin}, optionally {@link #preload} the appointments the commands name,
 * apply each command, and call {@link #finish} once, last, before the transaction commits: it writes
 * the held appointment rows, numbers and writes the change log, and appends the audit lines, each in
 * one batch (ADR 0021, 0024, 0100).
 *
 * <p>The unit of work keeps the command layer's internals (scopes, write-behind rows, savepoints) to
 * itself; callers see commands in and results out.
 */
public final class CommandWork {

    /**
     * A rule the caller checks right before a command writes (a push checks that a paper serial is
     * not re-keyed twice); a {@link Refusal} it throws rejects the command like any other.
     */
    @FunctionalInterface
    public interface BeforeWriting {
        void check() throws SQLException;
    }

    /**
     * What became of one command: its outcome, reason and conflict, and (after {@link #finish}) the
     * sequence of the last change it logged.
     */
    public static final class Done {
        private final CommandOutcome outcome;
        private final be.antwerpen.lom.model.refusal.Refusal reason;
        private final UUID conflictId;
        private final CommandScope scope;

        private Done(CommandOutcome outcome, String reason, UUID conflictId, CommandScope scope) {
            this(outcome, reason == null ? null : be.antwerpen.lom.model.refusal.Refusal.plain(reason), conflictId,
                    scope);
        }

        private Done(CommandOutcome outcome, be.antwerpen.lom.model.refusal.Refusal reason, UUID conflictId,
                     CommandScope scope) {
            this.outcome = outcome;
            this.reason = reason;
            this.conflictId = conflictId;
            this.scope = scope;
        }

        public CommandOutcome outcome() {
            return outcome;
        }

        public String reason() {
            return reason == null ? null : reason.message();
        }

        /** The reason with its reason code and parameters (ADR 0114), or null when there is none. */
        public be.antwerpen.lom.model.refusal.Refusal refusal() {
            return reason;
        }

        public UUID conflictId() {
            return conflictId;
        }

        /** The last change-log sequence this command wrote; 0 when it wrote none. Read it after finish. */
        public long lastChangeSeq() {
            return scope.lastChangeSeq();
        }
    }

    private final CommandApplier applier;
    private final AppointmentWriter writer;
    private final Conflicts conflicts;
    private final Connection connection;
    private final Instant now;
    private final WriteBehindAppointments held = new WriteBehindAppointments();
    private final List<CommandScope> scopes = new ArrayList<>();
    private boolean finished;

    CommandWork(CommandApplier applier, AppointmentWriter writer, Conflicts conflicts, Connection connection,
                Instant now) {
        this.applier = applier;
        this.writer = writer;
        this.conflicts = conflicts;
        this.connection = connection;
        this.now = now;
    }

    /** Reads the named appointments in one query, so the commands that follow find them held. */
    public void preload(Collection<UUID> appointmentIds) throws SQLException {
        writer.preload(connection, held, appointmentIds);
    }

    /**
     * Applies a command whose refusal ends the caller's transaction (web booking, conflict resolution):
     * a {@link Refusal} or a broken input rule is thrown, and the caller's rollback undoes everything.
     */
    public CommandResult apply(Actor actor, UUID commandId, CommandPayload payload) throws SQLException {
        return apply(actor, commandId, null, payload);
    }

    /** As {@link #apply(Actor, UUID, CommandPayload)}, judged at {@code madeAt} (the desk's clock), if given. */
    public CommandResult apply(Actor actor, UUID commandId, Instant madeAt, CommandPayload payload)
            throws SQLException {
        CommandScope scope = scope(actor, commandId);
        scope.madeAtDevice(madeAt);
        return applier.apply(scope, payload);
    }

    /**
     * Applies a command a desk made, which may be refused without ending the transaction: a refusal
     * becomes a {@code REJECTED} result with nothing of the command written (commands that may refuse
     * after writing run inside a savepoint, every other one checks its rules before its first write),
     * and an audit line saying so.
     */
    public Done applyOrReject(Actor actor, UUID commandId, Instant madeAt, CommandPayload payload,
                              BeforeWriting check) throws SQLException {
        CommandScope scope = new CommandScope(connection, actor, commandId, now, held);
        scope.madeAtDevice(madeAt);
        boolean guarded = mayRefuseAfterWriting(payload);
        Savepoint savepoint = guarded ? connection.setSavepoint() : null;
        WriteBehindAppointments.Mark mark = guarded ? held.mark() : null;
        long heldChanges = held.changes();
        try {
            check.check();
            CommandResult result = applier.apply(scope, payload);
            if (guarded) {
                connection.releaseSavepoint(savepoint);
            }
            scopes.add(scope);
            return new Done(result.outcome(), result.reason(), result.conflictId(), scope);
        } catch (Refusal | DomainValidationException rejected) {
            if (guarded) {
                connection.rollback(savepoint);
                held.reset(mark);
            } else if (scope.databaseWrites() > 0 || held.changes() != heldChanges) {
                // a rule broke its promise to check before writing: undo the whole transaction, never half a command
                throw new IllegalStateException("a command was refused after it had written", rejected);
            }
            be.antwerpen.lom.model.refusal.Refusal reason = rejected instanceof DomainValidationException d
                    ? d.refusal() : ((Refusal) rejected).reason();
            return reject(actor, commandId, payload.getClass().getSimpleName(), reason);
        }
    }

    /**
     * A command refused before it could be applied (a value the shared rules refuse on reading, or a
     * refusal of {@link #applyOrReject}): only its audit line is written.
     */
    public Done reject(Actor actor, UUID commandId, String action, String reason) throws SQLException {
        return reject(actor, commandId, action, be.antwerpen.lom.model.refusal.Refusal.plain(reason));
    }

    /** As {@link #reject(Actor, UUID, String, String)}, with the reason's code and parameters kept for the receipt. */
    public Done reject(Actor actor, UUID commandId, String action, be.antwerpen.lom.model.refusal.Refusal reason)
            throws SQLException {
        CommandScope clean = new CommandScope(connection, actor, commandId, now);
        applier.auditNotApplied(clean, action, "COMMAND", commandId.toString(), actor.deskLocationId(),
                "REJECTED: " + reason.message());
        scopes.add(clean);
        return new Done(CommandOutcome.REJECTED, reason, null, clean);
    }

    /**
     * A command the server cannot read or does not support: kept as a dead-letter conflict for an
     * administrator ({@code deskVersion} is what the desk sent), audited.
     */
    public Done deadLetter(Actor actor, UUID commandId, Instant madeAt, String action, Object deskVersion,
                           String reason) throws SQLException {
        CommandScope scope = new CommandScope(connection, actor, commandId, now, held);
        scope.madeAtDevice(madeAt);
        ConflictView conflict = conflicts.open(scope, ConflictKind.DEAD_LETTER, actor.deskLocationId(), null, reason,
                null, deskVersion);
        writer.openConflict(scope, conflict);
        applier.auditNotApplied(scope, action, "CONFLICT", conflict.id().toString(), actor.deskLocationId(),
                "CONFLICT: " + reason);
        scopes.add(scope);
        return new Done(CommandOutcome.CONFLICT, reason, conflict.id(), scope);
    }

    /** An audit line about something refused outside any command's rules (a desk's reused sequence). */
    public void auditRefusal(Actor actor, UUID commandId, String action, String entityType, String entityId,
                             String locationId, String detail) throws SQLException {
        CommandScope scope = new CommandScope(connection, actor, commandId, now);
        applier.auditNotApplied(scope, action, entityType, entityId, locationId, detail);
        scopes.add(scope);
    }

    /** Writes what the unit of work holds: appointment rows, change log, audit lines. Call it once, last. */
    public void finish() throws SQLException {
        if (finished) {
            throw new IllegalStateException("a unit of work is finished once");
        }
        finished = true;
        applier.finish(connection, scopes, now.toEpochMilli());
    }

    /**
     * Writes the held appointment rows now and leaves the change log and the audit lines to the end of
     * the transaction, where they are written with those of the other units of work of the same
     * transaction (a group commit, ADR 0125). Call it once, last, instead of {@link #finish()}.
     */
    public void finish(AtCommit atCommit) throws SQLException {
        if (finished) {
            throw new IllegalStateException("a unit of work is finished once");
        }
        finished = true;
        writer.flush(connection, held);
        atCommit.add(applier.endsTogether(), this);
    }

    /**
     * As {@link #finish(AtCommit)}, but new appointment rows are left to the end of the transaction too, where
     * those of all its units of work are inserted in one batch (ADR 0130: a web booking's insert is no round
     * trip of its own). Rows that existed before are still written now. Until the end, no statement of this
     * transaction finds the new rows: use it only when nothing after it in the same transaction looks for them
     * by id (a web booking without an {@code Idempotency-Key}); a second live booking of the same citizen in
     * the same slot is still refused, by the unique index at the end (the group then runs each work alone).
     */
    public void finishWithNewRowsAtCommit(AtCommit atCommit) throws SQLException {
        if (finished) {
            throw new IllegalStateException("a unit of work is finished once");
        }
        finished = true;
        if (!held.onlyInserts()) {
            writer.flush(connection, held);
        }
        atCommit.add(applier.endsTogether(), this);
    }

    /**
     * Whether a command of this unit of work changed the database at once (seats taken, a conflict, a counter):
     * when not, a refusal of it left the database as it was (held rows are written only by {@code finish}).
     */
    public boolean wroteToDatabase() {
        return scopes.stream().anyMatch(s -> s.databaseWrites() > 0);
    }

    List<CommandScope> scopes() {
        return scopes;
    }

    Instant now() {
        return now;
    }

    private CommandScope scope(Actor actor, UUID commandId) {
        CommandScope scope = new CommandScope(connection, actor, commandId, now, held);
        scopes.add(scope);
        return scope;
    }

    /**
     * Whether a command may be refused after it has written (seats released before new ones turn
     * out to be full): only those run inside a savepoint.
     */
    private static boolean mayRefuseAfterWriting(CommandPayload payload) {
        return payload instanceof Commands.Reschedule || payload instanceof Commands.ResolveConflict;
    }
}
