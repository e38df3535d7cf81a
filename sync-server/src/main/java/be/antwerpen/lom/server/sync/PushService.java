package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.model.sync.SequenceRefusal;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.model.validation.DomainValidationException;
import be.antwerpen.lom.server.command.Actor;
import be.antwerpen.lom.server.command.CommandApplier;
import be.antwerpen.lom.server.command.CommandWork;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Engine;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.device.DeviceRepository;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.serial.SerialPrefixes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The push protocol: applies a desk's ordered batch. Each command's effect, receipt, change-log rows,
 * audit line and the device's last applied sequence commit together; commands are grouped into
 * transactions of at most {@link #chunkOn} commands, so a crash loses whole commands only. This class decides
 * sequences, idempotency, authorship and what a receipt says; the command layer's unit of work
 * ({@link CommandWork}) applies the commands of a chunk and writes them at its end (ADR 0024, 0100).
 */
public final class PushService {

    /**
     * Commands per transaction on SQLite: a transaction holds the database's one writer, which every other
     * desk's push waits for, so chunks stay short.
     */
    public static final int SQLITE_CHUNK = 200;
    /**
     * Commands per transaction on PostgreSQL: a transaction locks only the rows it writes, and the change counter
     * just before it commits, so other desks' pushes go on beside it; larger chunks mean fewer commits and round
     * trips per batch (ADR 0138).
     */
    public static final int POSTGRESQL_CHUNK = 500;

    /** Commands per transaction on {@code engine}. */
    public static int chunkOn(Engine engine) {
        return engine == Engine.POSTGRESQL ? POSTGRESQL_CHUNK : SQLITE_CHUNK;
    }

    private final Database db;
    private final DeviceRepository devices;
    private final ReceiptRepository receipts;
    private final CommandApplier applier;
    private final ObjectMapper json;
    private final Clock clock;
    private final CommandAuthors authors;
    private final PaperWalkInForms paperForms;
    private final int chunkSize;

    public PushService(Database db, DeviceRepository devices, ReceiptRepository receipts, CommandApplier applier,
                       ObjectMapper json, Clock clock, CommandAuthors authors, SerialPrefixes prefixes) {
        this.paperForms = new PaperWalkInForms(prefixes, receipts);
        this.authors = authors;
        this.db = db;
        this.devices = devices;
        this.receipts = receipts;
        this.applier = applier;
        this.json = json;
        this.clock = clock;
        this.chunkSize = chunkOn(db.engine());
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
            if (!seqNode.isIntegralNumber() || !seqNode.canConvertToLong() || seqNode.asLong() < 1) {
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
             from += chunkSize) {
            List<RawCommand> chunk = commands.subList(Math.min(from, commands.size()),
                    Math.min(from + chunkSize, commands.size()));
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
                CommandWork work = applier.begin(c, now);
                work.preload(appointmentIds(chunk, applied));
                List<Applied> fresh = new ArrayList<>();
                Map<String, String> serialsOfChunk = new HashMap<>();
                Map<UUID, CommandReceipt> receiptsOfChunk = new HashMap<>();
                Map<UUID, CommandReceipt> storedEarlier = receipts.findByCommands(c,
                        chunk.stream().map(RawCommand::commandId).toList());
                Map<Long, DeviceRepository.ReportedCommand> named = chunk.isEmpty() ? Map.of()
                        : devices.reportedCommands(c, deviceId, applied, chunk.get(chunk.size() - 1).sequence());
                for (RawCommand raw : chunk) {
                    if (raw.sequence() <= applied) {
                        Optional<CommandReceipt> stored = receipts.find(c, deviceId, raw.sequence())
                                .filter(r -> r.commandId().equals(raw.commandId()));
                        if (stored.isEmpty()) {
                            stored = appliedEarlier(raw, receiptsOfChunk, storedEarlier);
                        }
                        if (stored.isEmpty()) {
                            // the sequence holds another command: the desk's store went back in time (ADR 0043)
                            refused[0] = SequenceRefusals.refusal(raw.sequence(), raw.commandId(), applied);
                            SequenceRefusals.audit(work, session, device, refused[0]);
                            // the desk renumbers its waiting commands: what it named under the old numbers is moot
                            devices.forgetReportedCommands(c, deviceId, Long.MAX_VALUE);
                            break;
                        }
                        chunkReceipts.add(stored.get());
                        continue;
                    }
                    if (raw.sequence() > applied + 1) {
                        expected[0] = applied + 1;
                        break;
                    }
                    Optional<CommandReceipt> earlier = appliedEarlier(raw, receiptsOfChunk, storedEarlier);
                    if (earlier.isPresent()) {
                        chunkReceipts.add(earlier.get());
                        applied = raw.sequence();
                        continue;
                    }
                    DeviceRepository.ReportedCommand namedHere = named.get(raw.sequence());
                    if (namedHere != null && !namedHere.commandId().equals(raw.commandId().toString())) {
                        // the desk named another command under this number before: it came back from an earlier
                        // state and worked on before it synced (ADR 0162)
                        devices.recordDivergence(c, deviceId, namedHere, now.toEpochMilli(), UUID.randomUUID().toString());
                    }
                    Actor actor = authorsOfChunk.actorOf(c, raw);
                    Applied one = applyOne(c, work, actor, raw, serialsOfChunk);
                    fresh.add(one);
                    chunkReceipts.add(one.receipt());
                    receiptsOfChunk.put(raw.commandId(), one.receipt());
                    applied = raw.sequence();
                }
                work.finish();
                receipts.insertAll(c, deviceId, fresh.stream().map(Applied::receipt).toList(),
                        fresh.stream().map(a -> a.done().lastChangeSeq()).toList(),
                        fresh.stream().map(Applied::facts).toList(), now.toEpochMilli());
                devices.advance(c, deviceId, applied);
                devices.forgetReportedCommands(c, deviceId, applied);
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
     *
     * @param receiptsOfChunk what this transaction applied so far
     * @param storedEarlier   the receipts stored before this transaction for the chunk's command ids
     */
    private static Optional<CommandReceipt> appliedEarlier(RawCommand raw, Map<UUID, CommandReceipt> receiptsOfChunk,
                                                           Map<UUID, CommandReceipt> storedEarlier) {
        CommandReceipt earlier = receiptsOfChunk.get(raw.commandId());
        if (earlier == null) {
            earlier = storedEarlier.get(raw.commandId());
        }
        if (earlier == null) {
            return Optional.empty();
        }
        return Optional.of(new CommandReceipt(earlier.commandId(), raw.sequence(), earlier.outcome(),
                earlier.reason(), earlier.conflictId(), earlier.reasonCode(), earlier.reasonParams()));
    }

    /** A command applied (or rejected) in this transaction, and the facts stored with its receipt. */
    private record Applied(CommandReceipt receipt, CommandWork.Done done, ReceiptFacts facts) {

        static Applied of(RawCommand raw, CommandWork.Done done, ReceiptFacts facts) {
            return new Applied(CommandReceipt.refused(raw.commandId(), raw.sequence(), done.outcome(), done.refusal(),
                    done.conflictId()), done, facts);
        }
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
     * Reads and applies one command through the unit of work: an unreadable command becomes a dead
     * letter, a readable but invalid value a rejection (ADR 0029), a refusal of the rules a rejected
     * receipt. {@code serialsOfChunk} holds the walk-in serials re-keyed earlier in this chunk (their
     * receipts are not written yet), serial to appointment id.
     */
    private Applied applyOne(Connection c, CommandWork work, Actor actor, RawCommand raw,
                             Map<String, String> serialsOfChunk) throws SQLException {
        if (holdsNul(raw.body())) {
            // PostgreSQL cannot store a NUL: this command alone is refused, so it never blocks the desk's outbox
            return Applied.of(raw, work.reject(actor, raw.commandId(), "unknown", new DomainValidationException(
                    "command", "text.nul", "a text of the command holds a NUL character").refusal()),
                    ReceiptFacts.unreadable(raw.body()));
        }
        SyncCommand command;
        try {
            command = json.treeToValue(raw.body(), SyncCommand.class);
        } catch (Exception unreadable) {
            DomainValidationException invalid = invalidValue(unreadable);
            if (invalid != null) {
                return Applied.of(raw, work.reject(actor, raw.commandId(), payloadType(raw), invalid.refusal()),
                        ReceiptFacts.unreadable(raw.body()));
            }
            return deadLetter(work, actor, raw, null, "the server could not read this command (unknown type, missing"
                    + " or wrong fields); it is kept for an administrator");
        }
        if (command.schemaVersion() > SyncCommand.CURRENT_SCHEMA_VERSION
                || command.schemaVersion() < SyncCommand.CURRENT_SCHEMA_VERSION - 1) {
            return deadLetter(work, actor, raw, command.deviceTime(), "schema version " + command.schemaVersion()
                    + " is not supported (the server accepts " + (SyncCommand.CURRENT_SCHEMA_VERSION - 1) + " to "
                    + SyncCommand.CURRENT_SCHEMA_VERSION + ")");
        }
        CommandWork.Done done = work.applyOrReject(actor, raw.commandId(), command.deviceTime(), command.payload(),
                () -> paperForms.refuseSerialNotForThisWalkIn(c, command.payload(), serialsOfChunk));
        ReceiptFacts facts = ReceiptFacts.of(command, done.outcome());
        if (done.outcome() != CommandOutcome.REJECTED && facts.paperSerial() != null) {
            serialsOfChunk.put(facts.paperSerial(), facts.paperAppointmentId());
        }
        return Applied.of(raw, done, facts);
    }

    /** Whether a text or a name anywhere in {@code node} holds a NUL character. */
    private static boolean holdsNul(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().indexOf('\0') >= 0;
        }
        for (var fields = node.fields(); fields.hasNext(); ) {
            var field = fields.next();
            if (field.getKey().indexOf('\0') >= 0 || holdsNul(field.getValue())) {
                return true;
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (holdsNul(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String payloadType(RawCommand raw) {
        String type = raw.body().path("payload").path("type").asText("unknown");
        return type.length() <= MAX_TYPE_NAME && type.chars().allMatch(Character::isLetterOrDigit) && !type.isEmpty()
                ? type : "unknown";
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
     * A command the server cannot read is kept whole for an administrator (a dead letter) when it is at most this
     * large; a larger one is refused alone (ADR 0158). A dead letter is stored, logged for the location's desks and
     * listed in the inbox, so its size multiplies: forty dead letters of 4 MB made a pull page of 160 MB.
     */
    public static final int MAX_DEAD_LETTER_BYTES = 16 * 1024;

    /** The longest command type name kept in an audit line; the type of an unreadable command is the desk's text. */
    private static final int MAX_TYPE_NAME = 60;

    private Applied deadLetter(CommandWork work, Actor actor, RawCommand raw, Instant madeAt, String reason)
            throws SQLException {
        if (JsonSize.exceeds(json, raw.body(), MAX_DEAD_LETTER_BYTES)) {
            return Applied.of(raw, work.reject(actor, raw.commandId(), payloadType(raw), new DomainValidationException(
                    "command", "command.tooLarge", "the server cannot read this command and it is too large to keep"
                    + " (at most " + MAX_DEAD_LETTER_BYTES / 1024 + " KB)", MAX_DEAD_LETTER_BYTES / 1024).refusal()),
                    ReceiptFacts.unreadable(raw.body()));
        }
        return Applied.of(raw, work.deadLetter(actor, raw.commandId(), madeAt, payloadType(raw), raw.body(), reason),
                ReceiptFacts.unreadable(raw.body()));
    }
}
