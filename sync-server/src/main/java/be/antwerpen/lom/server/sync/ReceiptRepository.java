package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.model.refusal.Refusal;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Receipts of applied commands, stored with their effect and replayed on a repeated push. */
public final class ReceiptRepository {

    private static final String RECEIPT_COLUMNS = "command_id, sequence, outcome, reason, conflict_id";

    /**
     * Inserts receipts in one batch; {@code changeSeqs} holds each one's last change sequence (0: none) and
     * {@code facts} what the reconciliation needs of each (device time, paper form; ADR 0093).
     */
    public void insertAll(Connection c, String deviceId, List<CommandReceipt> receipts, List<Long> changeSeqs,
                          List<ReceiptFacts> facts, long now) throws SQLException {
        if (receipts.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO command_receipts (device_id, sequence, command_id,"
                + " outcome, reason, conflict_id, change_seq, applied_at, device_time, paper_serial, paper_prefix,"
                + " paper_number, paper_day, paper_appointment_id, paper_pile_first, paper_pile_last)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < receipts.size(); i++) {
                CommandReceipt r = receipts.get(i);
                ReceiptFacts f = facts.get(i);
                Rows.bind(ps, deviceId, r.sequence(), r.commandId(), r.outcome().name(), stored(r), r.conflictId(),
                        changeSeqs.get(i), now, f.deviceTime(), f.paperSerial(), f.paperPrefix(), f.paperNumber(),
                        f.paperDay(), f.paperAppointmentId(), f.paperPileFirst(), f.paperPileLast());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The appointment a walk-in form with this serial (as stored, see {@code PaperSerial.canonical}) was re-keyed into. */
    public Optional<String> paperSerialHolder(Connection c, String serial) throws SQLException {
        return Rows.one(c, "SELECT paper_appointment_id FROM command_receipts WHERE paper_serial = ?",
                rs -> rs.getString(1), serial);
    }

    public Optional<CommandReceipt> find(Connection c, String deviceId, long sequence) throws SQLException {
        return Rows.one(c, "SELECT " + RECEIPT_COLUMNS + " FROM command_receipts WHERE device_id = ? AND sequence = ?",
                ReceiptRepository::receipt, deviceId, sequence);
    }

    /**
     * The receipts of any of {@code commandIds}, under whichever device and sequence they were stored: one query
     * for a push chunk instead of one per command.
     */
    public Map<UUID, CommandReceipt> findByCommands(Connection c, Collection<UUID> commandIds) throws SQLException {
        if (commandIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(commandIds.size(), "?"));
        Map<UUID, CommandReceipt> found = new HashMap<>();
        for (CommandReceipt r : Rows.list(c, "SELECT " + RECEIPT_COLUMNS + " FROM command_receipts WHERE command_id IN ("
                + marks + ")", ReceiptRepository::receipt, commandIds.stream().map(UUID::toString).toArray())) {
            found.put(r.commandId(), r);
        }
        return found;
    }

    private static CommandReceipt receipt(ResultSet rs) throws SQLException {
        Refusal reason = Refusal.decode(rs.getString(4));
        return new CommandReceipt(UUID.fromString(rs.getString(1)), rs.getLong(2),
                CommandOutcome.valueOf(rs.getString(3)), reason.message(),
                rs.getString(5) == null ? null : UUID.fromString(rs.getString(5)), reason.code(), reason.params());
    }

    /** The reason with its code, packed into the one reason column (ADR 0114): a replay answers it whole. */
    private static String stored(CommandReceipt r) {
        return r.reasonCode() == null ? r.reason() : r.refusal().encode();
    }

    /** The lowest sequence of this device whose change lies beyond {@code cursor}, if any. */
    public Optional<Long> firstNotReflected(Connection c, String deviceId, long cursor) throws SQLException {
        return Rows.one(c, "SELECT MIN(sequence) FROM command_receipts WHERE device_id = ? AND change_seq > ?",
                rs -> Rows.nullableLong(rs, 1), deviceId, cursor);
    }
}
