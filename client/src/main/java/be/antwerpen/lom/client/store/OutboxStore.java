package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.PayloadDigest;
import be.antwerpen.lom.model.sync.SyncCommand;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox: commands made at this desk, kept until the server's state reflects them. A command's
 * payload holds citizens' data, so it is sealed with the desk's data key before it is written
 * (ADR 0045), bound to the command's id; the columns the sync needs to order and settle commands
 * stay in clear.
 */
public final class OutboxStore {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxStore.class);
    private static final String COLUMNS =
            "sequence, command_id, entity_id, command_type, payload, actor, device_time, status, reason, conflict_id,"
            + " actor_proof";
    /** The columns plus what identifies a stored payload without fetching it ({@link OpenedCommands}). */
    private static final String REMEMBERED_COLUMNS = COLUMNS + ", length(payload) AS payload_length, substr(payload, -"
            + OpenedCommands.TAIL + ") AS payload_tail";

    static final String SEALED_MARK = "sealed:v1:";

    private final ObjectMapper json;
    private final PersonalDataVault vault;
    private final OpenedCommands opened = new OpenedCommands();

    public OutboxStore(ObjectMapper json, PersonalDataVault vault) {
        this.json = json;
        this.vault = vault;
        vault.whenLocked(opened::clear);
    }

    public void append(Connection c, SyncCommand command) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox (sequence, command_id, entity_id, "
                + "command_type, payload, actor, device_time, status, actor_proof)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)")) {
            s.setLong(1, command.sequence());
            s.setString(2, command.commandId().toString());
            UUID entity = entityOf(command.payload());
            s.setString(3, entity == null ? null : entity.toString());
            s.setString(4, command.payload().getClass().getSimpleName());
            s.setString(5, seal(command.commandId().toString(), write(command.payload())));
            s.setString(6, command.actor());
            s.setString(7, SqlTime.text(command.deviceTime()));
            s.setString(8, command.actorProof());
            s.executeUpdate();
        }
    }

    /**
     * PENDING commands from {@code fromSequence} on, in order, at most {@code limit}, as a push sends them: each
     * payload is opened but not read into a command (ADR 0129), and nothing is kept in memory. The batch also
     * stops before the command that would take its payloads past {@code payloadChars} characters, so that a
     * request stays under the server's body limit whatever the commands hold; the first command always goes.
     */
    public List<PushableCommand> pendingForPush(Connection c, long fromSequence, int limit, int payloadChars)
            throws SQLException {
        List<PushableCommand> result = new ArrayList<>();
        long chars = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT sequence, command_id, payload, actor, device_time,"
                + " actor_proof FROM outbox WHERE status = 'PENDING' AND sequence >= ? ORDER BY sequence LIMIT ?")) {
            s.setLong(1, fromSequence);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String commandId = rs.getString("command_id");
                    String payload = open(commandId, rs.getString("payload"));
                    chars += payload.length();
                    if (chars > payloadChars && !result.isEmpty()) {
                        break;
                    }
                    result.add(new PushableCommand(rs.getLong("sequence"), UUID.fromString(commandId),
                            SqlTime.instant(rs.getString("device_time")), rs.getString("actor"),
                            rs.getString("actor_proof"), payload));
                }
            }
        }
        return result;
    }

    /**
     * Every command still in the outbox, in sequence order (for the rebase of the agenda). Payloads opened by an
     * earlier call are taken from memory ({@link OpenedCommands}): the Today screen reads this after every sync
     * batch of a catch-up.
     */
    public List<OutboxEntry> all(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + REMEMBERED_COLUMNS
                + " FROM outbox ORDER BY sequence")) {
            return read(s, true);
        }
    }

    /**
     * The commands the server has not acknowledged (waiting, rejected, in conflict), in sequence order: what the
     * Sync screen lists. Acknowledged ones are left in the database, not read (a catch-up holds thousands).
     */
    public List<OutboxEntry> unacknowledged(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + REMEMBERED_COLUMNS
                + " FROM outbox WHERE status <> 'ACKED' ORDER BY sequence")) {
            return read(s, true);
        }
    }

    /** The commands about one record, in order. */
    public List<OutboxEntry> forEntity(Connection c, UUID entityId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM outbox WHERE entity_id = ? ORDER BY sequence")) {
            s.setString(1, entityId.toString());
            return read(s);
        }
    }

    /** The command this desk handed out under {@code sequence}, while it is still in the outbox. */
    public Optional<UUID> commandAt(Connection c, long sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT command_id FROM outbox WHERE sequence = ?")) {
            s.setLong(1, sequence);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(UUID.fromString(rs.getString(1))) : Optional.empty();
            }
        }
    }

    public int count(Connection c, OutboxStatus status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE status = ?")) {
            s.setString(1, status.name());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Records the server's answer for a command that was still pending. */
    public void settle(Connection c, UUID commandId, OutboxStatus status, String reason, UUID conflictId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET status = ?, reason = ?, conflict_id = ? "
                + "WHERE command_id = ? AND status = 'PENDING'")) {
            s.setString(1, status.name());
            s.setString(2, reason);
            s.setString(3, conflictId == null ? null : conflictId.toString());
            s.setString(4, commandId.toString());
            s.executeUpdate();
        }
    }

    /** A server's answer for one command, to settle many in one statement run ({@link #settleAll}). */
    public record Settlement(UUID commandId, OutboxStatus status, String reason, UUID conflictId) {
    }

    /**
     * Records the server's answers for commands still pending, as {@link #settle} does for each, on one
     * prepared statement run as a batch (a push answer holds up to a thousand receipts: issue 16).
     */
    public void settleAll(Connection c, List<Settlement> settlements) throws SQLException {
        if (settlements.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET status = ?, reason = ?, conflict_id = ? "
                + "WHERE command_id = ? AND status = 'PENDING'")) {
            for (Settlement settlement : settlements) {
                s.setString(1, settlement.status().name());
                s.setString(2, settlement.reason());
                s.setString(3, settlement.conflictId() == null ? null : settlement.conflictId().toString());
                s.setString(4, settlement.commandId().toString());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Acknowledged commands whose effect the confirmed state now shows leave the outbox. */
    public int removeReflected(Connection c, long throughSequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM outbox WHERE status = 'ACKED' AND sequence <= ?")) {
            s.setLong(1, throughSequence);
            return s.executeUpdate();
        }
    }

    /**
     * A supervisor settled a conflict that a command of this desk opened: the command is done with
     * (the decision's effect arrives as ordinary changes) and leaves the outbox, so the record is no
     * longer shown in conflict.
     */
    public int removeSettledConflict(Connection c, UUID conflictId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM outbox WHERE status = 'CONFLICT' AND conflict_id = ?")) {
            s.setString(1, conflictId.toString());
            return s.executeUpdate();
        }
    }

    /**
     * After a snapshot: conflicting commands whose conflict is no longer open (settled while this
     * desk was not pulling) leave the outbox, as they would have on a pull of the settlement.
     */
    public int removeConflictsNotIn(Connection c, Collection<UUID> openConflictIds) throws SQLException {
        Set<String> open = new HashSet<>();
        openConflictIds.forEach(id -> open.add(id.toString()));
        int removed = 0;
        try (PreparedStatement select = c.prepareStatement(
                "SELECT sequence, conflict_id FROM outbox WHERE status = 'CONFLICT' AND conflict_id IS NOT NULL");
             PreparedStatement delete = c.prepareStatement("DELETE FROM outbox WHERE sequence = ?")) {
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (!open.contains(rs.getString(2))) {
                        delete.setLong(1, rs.getLong(1));
                        delete.addBatch();
                        removed++;
                    }
                }
            }
            delete.executeBatch();
        }
        return removed;
    }

    /** A person has read a rejection or conflict and removes it from the list. */
    public int dismiss(Connection c, long sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM outbox WHERE sequence = ? AND status IN ('REJECTED', 'CONFLICT')")) {
            s.setLong(1, sequence);
            return s.executeUpdate();
        }
    }

    /**
     * After a re-enrollment: every command still here gets a new gap-free sequence from 1 in its
     * original order and is sent again (acknowledged ones too: a restored server may have lost them;
     * rejected and conflicting ones are judged again by the server that now holds the truth).
     * Returns how many commands there are.
     */
    public long renumberForNewDevice(Connection c) throws SQLException {
        List<Long> order = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT sequence FROM outbox ORDER BY sequence");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                order.add(rs.getLong(1));
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET sequence = -sequence")) {
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET sequence = ?, status = 'PENDING',"
                + " reason = NULL, conflict_id = NULL WHERE sequence = ?")) {
            long next = 1;
            for (long old : order) {
                s.setLong(1, next++);
                s.setLong(2, -old);
                s.addBatch();
            }
            s.executeBatch();
        }
        return order.size();
    }

    /**
     * After the server refused a reused sequence (ADR 0043): every command still waiting from
     * {@code fromSequence} on gets a new gap-free sequence from {@code firstNew} in its original order.
     * Returns how many were renumbered.
     */
    public int renumberWaiting(Connection c, long fromSequence, long firstNew) throws SQLException {
        List<Long> order = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT sequence FROM outbox WHERE status = 'PENDING' AND sequence >= ? ORDER BY sequence")) {
            s.setLong(1, fromSequence);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    order.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET sequence = -sequence WHERE sequence = ?")) {
            for (long old : order) {
                s.setLong(1, old);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET sequence = ? WHERE sequence = ?")) {
            long next = firstNew;
            for (long old : order) {
                s.setLong(1, next++);
                s.setLong(2, -old);
                s.addBatch();
            }
            s.executeBatch();
        }
        return order.size();
    }

    static UUID entityOf(CommandPayload payload) {
        if (payload instanceof Commands.AppointmentCommand command) {
            return command.appointmentId();
        } else if (payload instanceof Commands.Book book) {
            return book.appointmentId();
        } else if (payload instanceof Commands.RegisterWalkIn walkIn) {
            return walkIn.appointmentId();
        } else if (payload instanceof Commands.ResolveConflict resolve) {
            return resolve.conflictId();
        }
        return null;
    }

    /**
     * The digest of {@code payload} as this store writes it and a push sends it ({@link PayloadDigest}), which the
     * proof of its actor covers (ADR 0161).
     */
    public byte[] digestOf(CommandPayload payload) {
        try {
            return PayloadDigest.of(json.readTree(write(payload)));
        } catch (JsonProcessingException e) {
            throw new StoreException("could not read back a " + payload.getClass().getSimpleName() + " command", e);
        }
    }

    private String write(CommandPayload payload) {
        try {
            return json.writerFor(CommandPayload.class).writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new StoreException("could not write a " + payload.getClass().getSimpleName() + " command", e);
        }
    }

    /**
     * Seals the payloads an earlier build wrote in clear (after an upgrade, at the first login that
     * releases the data key). Returns how many were sealed.
     */
    public int sealClearPayloads(Connection c) throws SQLException {
        List<String[]> clear = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT command_id, payload FROM outbox WHERE payload NOT LIKE '"
                + SEALED_MARK + "%'"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                clear.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET payload = ? WHERE command_id = ?")) {
            for (String[] row : clear) {
                s.setString(1, seal(row[0], row[1]));
                s.setString(2, row[0]);
                s.addBatch();
            }
            s.executeBatch();
        }
        return clear.size();
    }

    private String seal(String commandId, String payload) {
        byte[] sealed = vault.seal(payload.getBytes(StandardCharsets.UTF_8), context(commandId));
        return SEALED_MARK + Base64.getEncoder().encodeToString(sealed);
    }

    private String open(String commandId, String stored) {
        if (!stored.startsWith(SEALED_MARK)) {
            return stored;
        }
        byte[] sealed = Base64.getDecoder().decode(stored.substring(SEALED_MARK.length()));
        return new String(vault.open(sealed, context(commandId)), StandardCharsets.UTF_8);
    }

    private static String context(String commandId) {
        return "outbox.payload\n" + commandId;
    }

    private List<OutboxEntry> read(PreparedStatement s) throws SQLException {
        return read(s, false);
    }

    /**
     * The entries {@code s} selects. With {@code remember} (the statement selects the payload's length and tail),
     * a payload opened earlier is taken from the memo ({@link OpenedCommands}) and one opened now is kept there.
     */
    private List<OutboxEntry> read(PreparedStatement s, boolean remember) throws SQLException {
        List<OutboxEntry> result = new ArrayList<>();
        int keyId = remember ? vault.keyId() : 0;
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long sequence = rs.getLong("sequence");
                String commandId = rs.getString("command_id");
                UUID command = UUID.fromString(commandId);
                OpenedCommands.Opened body = remember ? opened.find(command, keyId, rs.getInt("payload_length"),
                        rs.getString("payload_tail")) : null;
                if (body == null) {
                    // a hit reads only the columns that change (issue 16: thousands of rows after every sync batch)
                    String sealed = rs.getString("payload");
                    String stored = open(commandId, sealed);
                    String entity = rs.getString("entity_id");
                    body = new OpenedCommands.Opened(keyId, sealed.length(), OpenedCommands.tail(sealed),
                            readPayload(sequence, stored), stored, SqlTime.instant(rs.getString("device_time")),
                            entity == null ? null : UUID.fromString(entity), rs.getString("actor"),
                            rs.getString("command_type"), rs.getString("actor_proof"));
                    if (remember) {
                        opened.keep(command, body);
                    }
                }
                String conflict = rs.getString("conflict_id");
                result.add(new OutboxEntry(sequence, command, body.entityId(), body.payload(), body.actor(),
                        body.deviceTime(), OutboxStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                        conflict == null ? null : UUID.fromString(conflict), body.commandType(), body.text(),
                        body.actorProof()));
            }
        }
        return result;
    }

    /**
     * The stored payload, or {@code null} when this build cannot read it (another build's command):
     * such a command must not stop the agenda or the sync; it is sent as stored.
     */
    private CommandPayload readPayload(long sequence, String text) {
        try {
            return json.readValue(text, CommandPayload.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.debug("outbox command {} cannot be read by this build; it is sent as stored", sequence);
            return null;
        }
    }
}
