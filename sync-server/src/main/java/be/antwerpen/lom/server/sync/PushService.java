package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.model.sync.SequenceRefusal;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.model.validation.DomainValidationException;
import be.antwerpen.lom.server.command.Actor;
import be.antwerpen.lom.server.command.AppointmentWriter;
import be.antwerpen.lom.server.command.CommandApplier;
import be.antwerpen.lom.server.command.CommandResult;
import be.antwerpen.lom.server.command.CommandScope;
import be.antwerpen.lom.server.command.Rejected;
import be.antwerpen.lom.server.command.Conflicts;
import be.antwerpen.lom.server.command.WriteBehindAppointments;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.device.DeviceRepository;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.serial.PaperSerial;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies a desk's ordered batch. Each command's effect, receipt, change-log rows, audit line and
 * the device's last applied sequence commit together; commands are grouped into transactions of at
 * most {@link #CHUNK}, so a crash loses whole commands only. A command that may be refused after writing runs
 * inside a savepoint; appointment rows are written in batches at the end of the chunk (ADR 0024).
 */
public final class PushService {

    /** Commands per transaction. */
    public static final int CHUNK = 200;

    private final Database db;
    private final DeviceRepository devices;
    private final ReceiptRepository receipts;
    private final CommandApplier applier;
    private final AppointmentWriter writer;
    private final Conflicts conflicts;
    private final ObjectMapper json;
    private final Clock clock;
    private final CommandAuthors authors;

    public PushService(Database db, DeviceRepository devices, ReceiptRepository receipts, CommandApplier applier,
                       AppointmentWriter writer, Conflicts conflicts, ObjectMapper json, Clock clock,
                       CommandAuthors authors) {
        this.authors = authors;
        this.db = db;
        this.devices = devices;
        this.receipts = receipts;
        this.applier = applier;
        this.writer = writer;
        this.conflicts = conflicts;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A command as it arrived: its identity could be read, the rest maybe not. {@code actor} and
     * {@code actorProof} are what the desk recorded; {@link CommandAuthors} decides what they are worth.
     */
    public record RawCommand(UUID commandId, long sequence, String actor, String actorProof, JsonNode body) {
    }

    /** Reads the identity of every command up front; a batch without identities is refused as a whole. */
    public static List<RawCommand> identities(JsonNode commands) {
        if (commands == null || !commands.isArray()) {
            throw Refusal.invalid("commands", "commands must be a list");
        }
        List<RawCommand> out = new ArrayList<>();
        long previous = -1;
        for (JsonNode node : commands) {
            UUID id;
            try {
                id = UUID.fromString(node.path("commandId").asText(""));
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("commandId", "every command needs a commandId (a UUID)");
            }
            JsonNode seqNode = node.path("sequence");
            if (!seqNode.canConvertToLong() || seqNode.asLong() < 1) {
                throw Refusal.invalid("sequence", "every command needs a sequence number of 1 or more");
            }
            long seq = seqNode.asLong();
            if (seq <= previous) {
                throw Refusal.invalid("sequence", "the commands of a batch must be in increasing sequence order");
            }
            previous = seq;
            String actor = node.path("actor").asText("");
            JsonNode proof = node.path("actorProof");
            out.add(new RawCommand(id, seq, actor.isBlank() ? "unknown" : actor,
                    proof.isTextual() ? proof.asText() : null, node));
        }
        return out;
    }

    /**
     * Applies a batch pushed by {@code session} (the staff member whose token came with it) from the desk
     * {@code deviceId}.
     */
    public PushResponse push(StaffMember session, String deviceId, List<RawCommand> commands) {
        List<CommandReceipt> answered = new ArrayList<>();
        long[] last = {0};
        Long[] expected = {null};
        SequenceRefusal[] refused = {null};
        for (int from = 0; from < Math.max(commands.size(), 1) && expected[0] == null && refused[0] == null;
             from += CHUNK) {
            List<RawCommand> chunk = commands.subList(Math.min(from, commands.size()),
                    Math.min(from + CHUNK, commands.size()));
            List<CommandReceipt> chunkReceipts = new ArrayList<>();
            db.inTransaction(c -> {
                chunkReceipts.clear();
                Instant now = clock.instant();
                Device device = devices.lockForPush(c, deviceId, now.toEpochMilli())
                        .orElseThrow(Refusal::unknownDevice);
                long applied = device.lastSequence();
                CommandAuthors.Push authorsOfChunk = authors.forPush(session, device);
                expected[0] = null;
                refused[0] = null;
                CommandScope refusalAudit = null;
                WriteBehindAppointments held = new WriteBehindAppointments();
                writer.preload(c, held, appointmentIds(chunk, applied));
                List<Applied> fresh = new ArrayList<>();
                Map<String, String> serialsOfChunk = new HashMap<>();
                Map<UUID, CommandReceipt> receiptsOfChunk = new HashMap<>();
                for (RawCommand raw : chunk) {
                    if (raw.sequence() <= applied) {
                        Optional<CommandReceipt> stored = receipts.find(c, deviceId, raw.sequence())
                                .filter(r -> r.commandId().equals(raw.commandId()));
                        if (stored.isEmpty()) {
                            stored = appliedEarlier(c, raw, receiptsOfChunk);
                        }
                        if (stored.isEmpty()) {
                            // the sequence holds another command: the desk's store went back in time (ADR 0043)
                            refused[0] = SequenceRefusals.refusal(raw.sequence(), raw.commandId(), applied);
                            refusalAudit = SequenceRefusals.audit(c, applier, session, device, refused[0], now);
                            break;
                        }
                        chunkReceipts.add(stored.get());
                        continue;
                    }
                    if (raw.sequence() > applied + 1) {
                        expected[0] = applied + 1;
                        break;
                    }
                    Optional<CommandReceipt> earlier = appliedEarlier(c, raw, receiptsOfChunk);
                    if (earlier.isPresent()) {
                        chunkReceipts.add(earlier.get());
                        applied = raw.sequence();
                        continue;
                    }
                    Actor actor = authorsOfChunk.actorOf(c, raw);
                    Applied one = applyOne(c, actor, raw, now, held, serialsOfChunk);
                    fresh.add(one);
                    chunkReceipts.add(one.receipt());
                    receiptsOfChunk.put(raw.commandId(), one.receipt());
                    applied = raw.sequence();
                }
                List<CommandScope> scopes = new ArrayList<>(fresh.stream().map(Applied::scope).toList());
                if (refusalAudit != null) {
                    scopes.add(refusalAudit);
                }
                applier.finish(c, scopes, now.toEpochMilli());
                receipts.insertAll(c, deviceId, fresh.stream().map(Applied::receipt).toList(),
                        fresh.stream().map(a -> a.scope().lastChangeSeq()).toList(),
                        fresh.stream().map(Applied::facts).toList(), now.toEpochMilli());
                devices.advance(c, deviceId, applied);
                last[0] = applied;
                return null;
            });
            answered.addAll(chunkReceipts);
        }
        return new PushResponse(answered, last[0], expected[0], clock.instant(), refused[0]);
    }

    /**
     * A command this server already has under another sequence or device (a desk enrolled again after
     * a server restore resends what it still holds): answered with the earlier receipt under the new
     * sequence, never applied twice. Nothing is stored for it, so a retry finds it the same way.
     */
    private Optional<CommandReceipt> appliedEarlier(Connection c, RawCommand raw,
                                                    Map<UUID, CommandReceipt> receiptsOfChunk) throws SQLException {
        CommandReceipt earlier = receiptsOfChunk.get(raw.commandId());
        if (earlier == null) {
            earlier = receipts.findByCommand(c, raw.commandId()).orElse(null);
        }
        if (earlier == null) {
            return Optional.empty();
        }
        return Optional.of(new CommandReceipt(earlier.commandId(), raw.sequence(), earlier.outcome(),
                earlier.reason(), earlier.conflictId()));
    }

    /**
     * A command applied (or rejected) in this transaction, with the scope holding its changes and the
     * facts stored with its receipt.
     */
    private record Applied(CommandReceipt receipt, CommandScope scope, ReceiptFacts facts) {
    }

    /** The appointments the not yet applied commands of a chunk name, to read them in one query. */
    private static List<UUID> appointmentIds(List<RawCommand> chunk, long applied) {
        List<UUID> ids = new ArrayList<>();
        for (RawCommand raw : chunk) {
            if (raw.sequence() <= applied) {
                continue;
            }
            String text = raw.body().path("payload").path("appointmentId").asText("");
            try {
                ids.add(UUID.fromString(text));
            } catch (IllegalArgumentException notAnId) {
                // not an appointment command, or unreadable: it reads what it needs itself
            }
        }
        return ids;
    }

    /**
     * Whether a command may be refused after it has written (seats released before new ones turn
     * out to be full): only those run inside a savepoint. Every other command checks its rules
     * before its first write, so a refusal leaves nothing to undo; {@link #applyOne} verifies that.
     */
    private static boolean mayRefuseAfterWriting(CommandPayload payload) {
        return payload instanceof Commands.Reschedule || payload instanceof Commands.ResolveConflict;
    }

    /**
     * Applies one command. {@code serialsOfChunk} holds the walk-in serials re-keyed earlier in this chunk
     * (their receipts are not written yet), serial to appointment id.
     */
    private Applied applyOne(Connection c, Actor actor, RawCommand raw, Instant now, WriteBehindAppointments held,
                             Map<String, String> serialsOfChunk) throws SQLException {
        CommandScope scope = new CommandScope(c, actor, raw.commandId(), now, held);
        SyncCommand command;
        try {
            command = json.treeToValue(raw.body(), SyncCommand.class);
        } catch (Exception unreadable) {
            DomainValidationException invalid = invalidValue(unreadable);
            if (invalid != null) {
                return rejectedOnReading(c, actor, raw, now, invalid);
            }
            return deadLetter(scope, raw, "the server could not read this command (unknown type, missing or wrong"
                    + " fields); it is kept for an administrator");
        }
        scope.madeAtDevice(command.deviceTime());
        if (command.schemaVersion() > SyncCommand.CURRENT_SCHEMA_VERSION
                || command.schemaVersion() < SyncCommand.CURRENT_SCHEMA_VERSION - 1) {
            return deadLetter(scope, raw, "schema version " + command.schemaVersion() + " is not supported (the server"
                    + " accepts " + (SyncCommand.CURRENT_SCHEMA_VERSION - 1) + " to " + SyncCommand.CURRENT_SCHEMA_VERSION
                    + ")");
        }
        boolean guarded = mayRefuseAfterWriting(command.payload());
        Savepoint savepoint = guarded ? c.setSavepoint() : null;
        WriteBehindAppointments.Mark mark = guarded ? held.mark() : null;
        long heldChanges = held.changes();
        CommandReceipt receipt;
        try {
            refuseSerialOfAnotherWalkIn(c, command.payload(), serialsOfChunk);
            CommandResult result = applier.apply(scope, command.payload());
            if (guarded) {
                c.releaseSavepoint(savepoint);
            }
            receipt = new CommandReceipt(raw.commandId(), raw.sequence(), result.outcome(), result.reason(),
                    result.conflictId());
        } catch (Refusal | DomainValidationException rejected) {
            if (guarded) {
                c.rollback(savepoint);
                held.reset(mark);
            } else if (scope.databaseWrites() > 0 || held.changes() != heldChanges) {
                // a rule broke its promise to check before writing: undo the whole chunk, never half a command
                throw new IllegalStateException("a command was refused after it had written", rejected);
            }
            String reason = rejected instanceof DomainValidationException d && d.field() != null
                    ? d.getMessage() : rejected.getMessage();
            receipt = new CommandReceipt(raw.commandId(), raw.sequence(), CommandOutcome.REJECTED, reason, null);
            CommandScope clean = new CommandScope(c, actor, raw.commandId(), now);
            applier.auditNotApplied(clean, command.payload().getClass().getSimpleName(), "COMMAND",
                    raw.commandId().toString(), actor.deskLocationId(), "REJECTED: " + reason);
            return new Applied(receipt, clean, ReceiptFacts.of(command, CommandOutcome.REJECTED));
        }
        ReceiptFacts facts = ReceiptFacts.of(command, receipt.outcome());
        if (facts.paperSerial() != null) {
            serialsOfChunk.put(facts.paperSerial(), facts.paperAppointmentId());
        }
        return new Applied(receipt, scope, facts);
    }

    /**
     * A paper walk-in form is re-keyed once (ADR 0093): a walk-in naming a serial that another walk-in
     * already holds is refused before anything is written. The same walk-in delivered again passes and
     * is answered as already registered.
     */
    private void refuseSerialOfAnotherWalkIn(Connection c, CommandPayload payload, Map<String, String> serialsOfChunk)
            throws SQLException {
        if (!(payload instanceof Commands.RegisterWalkIn w) || w.paperSerial() == null || w.paperSerial().isBlank()
                || w.appointmentId() == null) {
            return;
        }
        String serial = PaperSerial.canonical(w.paperSerial());
        String holder = serialsOfChunk.get(serial);
        if (holder == null) {
            holder = receipts.paperSerialHolder(c, serial).orElse(null);
        }
        if (holder != null && !holder.equals(w.appointmentId().toString())) {
            throw Rejected.because("paper form " + serial + " was already re-keyed as another walk-in; check the"
                    + " serial on the form");
        }
    }

    /** The rule a readable but invalid value broke (an e-mail with markup, a time with 'Z'), or null. */
    private static DomainValidationException invalidValue(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainValidationException d) {
                return d;
            }
        }
        return null;
    }

    /**
     * A command whose JSON reads but holds a value the shared rules refuse (ADR 0029): {@code REJECTED}
     * with the rule's message, like any other invalid input, not a dead letter for an administrator.
     */
    private Applied rejectedOnReading(Connection c, Actor actor, RawCommand raw, Instant now,
                                      DomainValidationException invalid) throws SQLException {
        CommandReceipt receipt = new CommandReceipt(raw.commandId(), raw.sequence(), CommandOutcome.REJECTED,
                invalid.getMessage(), null);
        CommandScope clean = new CommandScope(c, actor, raw.commandId(), now);
        applier.auditNotApplied(clean, raw.body().path("payload").path("type").asText("unknown"), "COMMAND",
                raw.commandId().toString(), actor.deskLocationId(), "REJECTED: " + invalid.getMessage());
        return new Applied(receipt, clean, ReceiptFacts.unreadable(raw.body()));
    }

    private Applied deadLetter(CommandScope scope, RawCommand raw, String reason) throws SQLException {
        Actor actor = scope.actor();
        ConflictView conflict = conflicts.open(scope, ConflictKind.DEAD_LETTER, actor.deskLocationId(), null, reason,
                null, raw.body());
        writer.openConflict(scope, conflict);
        applier.auditNotApplied(scope, raw.body().path("payload").path("type").asText("unknown"), "CONFLICT",
                conflict.id().toString(), actor.deskLocationId(), "CONFLICT: " + reason);
        CommandReceipt receipt = new CommandReceipt(raw.commandId(), raw.sequence(), CommandOutcome.CONFLICT, reason,
                conflict.id());
        return new Applied(receipt, scope, ReceiptFacts.unreadable(raw.body()));
    }
}
