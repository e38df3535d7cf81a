package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.server.appointment.StoredAppointment;
import be.antwerpen.lom.server.audit.AuditRepository;
import be.antwerpen.lom.server.changelog.ChangeLogRepository;
import be.antwerpen.lom.server.db.AtCommit;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The command layer's entry: {@link #begin} opens the unit of work of one transaction
 * ({@link CommandWork}), through which push, web booking and conflict resolution apply commands.
 * Applying one command runs the business rules again, writes the effect with its change-log rows and
 * records the audit line; {@link #finish} writes the held appointment rows, changes and audit lines at
 * the end. Rejections are thrown as {@code Refusal}; the unit of work turns them into a rejected
 * result for a push, or lets them end a web request.
 */
public final class CommandApplier {

    private final BookingCommands booking;
    private final LifecycleCommands lifecycle;
    private final ContactCommands contact;
    private final ConflictCommands conflicts;
    private final AppointmentWriter writer;
    private final AuditRepository audit;
    private final TimeOrderedUuid ids;
    private final ChangeLogRepository changeLog;
    private final CommandPolicy policy;
    private final Conflicts conflictFactory;
    /** Ends the units of work of one transaction together (one instance: {@link AtCommit} joins by identity). */
    private final AtCommit.Finisher<CommandWork> endsTogether = this::finishAll;

    public CommandApplier(BookingCommands booking, LifecycleCommands lifecycle, ContactCommands contact,
                          ConflictCommands conflicts, AppointmentWriter writer, AuditRepository audit,
                          ChangeLogRepository changeLog, TimeOrderedUuid ids, CommandPolicy policy,
                          Conflicts conflictFactory) {
        this.conflictFactory = conflictFactory;
        this.changeLog = changeLog;
        this.policy = policy;
        this.booking = booking;
        this.lifecycle = lifecycle;
        this.contact = contact;
        this.conflicts = conflicts;
        this.writer = writer;
        this.audit = audit;
        this.ids = ids;
    }

    /** Opens the unit of work of one transaction on {@code connection}; its commands are applied at {@code now}. */
    public CommandWork begin(Connection connection, Instant now) {
        return new CommandWork(this, writer, conflictFactory, connection, now);
    }

    CommandResult apply(CommandScope scope, CommandPayload payload) throws SQLException {
        CommandResult result = dispatch(scope, payload);
        audit(scope, payload.getClass().getSimpleName(), result, PaperFacts.describe(payload));
        return result;
    }

    /** Appends the audit line of a command that was not applied (rejected or unreadable). */
    void auditNotApplied(CommandScope scope, String action, String entityType, String entityId,
                                String locationId, String detail) throws SQLException {
        scope.recordAudit(new AuditEntry(ids.next().toString(), scope.now(), scope.actor().username(),
                scope.actor().deviceId(), action, entityType, entityId, locationId, detail + attribution(scope)));
    }

    static String attribution(CommandScope scope) {
        return scope.actor().attribution() == null ? "" : " [" + scope.actor().attribution() + "]";
    }

    /**
     * Ends the commands of a transaction: numbers and writes their changes (ADR 0021) and writes
     * their audit lines, each in one batch. Call it once, last, before the transaction commits.
     */
    void finish(Connection c, List<CommandScope> scopes, long now) throws SQLException {
        Set<WriteBehindAppointments> buffers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CommandScope scope : scopes) {
            buffers.add(scope.appointments());
        }
        writer.flushAll(c, buffers);
        CommandScope.flush(changeLog, c, scopes, now);
        List<AuditEntry> lines = new ArrayList<>();
        scopes.forEach(s -> {
            lines.addAll(s.audit());
            s.audit().clear();
        });
        audit.appendAll(c, lines);
    }

    AtCommit.Finisher<CommandWork> endsTogether() {
        return endsTogether;
    }

    /**
     * Ends units of work that share a transaction, whose appointment rows are written already: numbers
     * and writes all their changes with one counter update and one batch, and all their audit lines in
     * one batch, in the order of the works (their change log stamped with the latest of their times).
     */
    private void finishAll(Connection c, List<CommandWork> works) throws SQLException {
        List<CommandScope> scopes = new ArrayList<>();
        long now = 0;
        for (CommandWork work : works) {
            scopes.addAll(work.scopes());
            now = Math.max(now, work.now().toEpochMilli());
        }
        finish(c, scopes, now);
    }

    private CommandResult dispatch(CommandScope scope, CommandPayload payload) throws SQLException {
        if (payload instanceof Commands.Book b) {
            policy.mayBook(scope.actor(), b.locationId());
            return booking.book(scope, b);
        }
        if (payload instanceof Commands.RegisterWalkIn w) {
            policy.mayRegisterWalkIn(scope.actor(), w.locationId());
            PaperFacts.requireSerialOnPaperWalkIn(w);
            return booking.walkIn(scope, w);
        }
        if (payload instanceof Commands.ResolveConflict r) {
            return conflicts.resolve(scope, r, policy);
        }
        Commands.AppointmentCommand command = (Commands.AppointmentCommand) payload;
        if (command.appointmentId() == null) {
            throw Rejected.because("command.noAppointment", "the command names no appointment");
        }
        StoredAppointment before = writer.find(scope, command.appointmentId());
        policy.mayActOnAppointmentAt(scope.actor(), before.appointment().locationId());
        if (command instanceof Commands.Reschedule r) {
            policy.mayBook(scope.actor(), r.locationId() == null ? before.appointment().locationId() : r.locationId());
            return booking.reschedule(scope, r, before);
        }
        if (command instanceof Commands.UpdateContact u) {
            return contact.apply(scope, u, before);
        }
        Commands.LifecycleCommand lifecycleCommand = (Commands.LifecycleCommand) command;
        PaperFacts.requirePaperTimeOnDay(lifecycleCommand, before.appointment(), scope.now());
        return lifecycle.apply(scope, lifecycleCommand, before);
    }

    private void audit(CommandScope scope, String action, CommandResult result, String paper) throws SQLException {
        String detail = result.outcome().name() + paper + (result.reason() == null ? "" : ": " + result.reason())
                + attribution(scope);
        if (result.outcome() == CommandOutcome.CONFLICT && result.conflictId() != null) {
            detail += " (conflict " + result.conflictId() + ")";
        }
        scope.recordAudit(new AuditEntry(ids.next().toString(), scope.now(), scope.actor().username(),
                scope.actor().deviceId(), action, result.entityType(), result.entityId(), result.locationId(), detail));
    }
}
