package be.antwerpen.lom.client.rekey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The paper forms entered on this desk, with the outbox commands each one produced (ADR 0149). A form counts as
 * entered while none of its commands was refused by the server: one still REJECTED in the outbox, or one dismissed
 * from the Sync tab after its refusal (the database keeps that refusal on the form's record when the outbox row
 * goes, {@code V10__rekeyed_form_commands.sql}). A form entered before its commands were recorded counts as entered.
 */
public final class RekeyedFormStore {

    /** The refused forms with the server's reason as the outbox stored it, the earliest command's first. */
    private static final String REFUSED = "SELECT fc.form_key, COALESCE(o.reason, fc.refused_reason, '')"
            + " FROM rekeyed_form_command fc LEFT JOIN outbox o ON o.command_id = fc.command_id AND o.status = 'REJECTED'"
            + " WHERE (o.command_id IS NOT NULL OR fc.refused_reason IS NOT NULL)";

    /** Whether the form was entered and none of its commands was refused. */
    public boolean contains(Connection c, String formKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM rekeyed_form f WHERE f.form_key = ?"
                + " AND NOT EXISTS (" + REFUSED + " AND fc.form_key = f.form_key)")) {
            s.setString(1, formKey);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The server's refusal of one of the form's commands (as the outbox stored it), when it refused one. */
    public Optional<String> refusal(Connection c, String formKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(REFUSED + " AND fc.form_key = ? ORDER BY fc.rowid LIMIT 1")) {
            s.setString(1, formKey);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(2)) : Optional.empty();
            }
        }
    }

    /** Every form whose commands the server refused, by form key, with the refusal as the outbox stored it. */
    public Map<String, String> refused(Connection c) throws SQLException {
        Map<String, String> refused = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(REFUSED + " ORDER BY fc.rowid");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                refused.putIfAbsent(rs.getString(1), rs.getString(2));
            }
        }
        return refused;
    }

    /**
     * Records the form with the commands it produced; call in the transaction that stores them. A form whose
     * commands were refused is recorded anew: its earlier record and the link to its refused commands go (those
     * commands stay in the outbox, shown in the Sync tab until dismissed).
     */
    public void insert(Connection c, String formKey, UUID appointmentId, Instant at, Collection<UUID> commandIds)
            throws SQLException {
        forget(c, formKey);
        insert(c, formKey, appointmentId, at);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO rekeyed_form_command (command_id, form_key) VALUES (?, ?)")) {
            for (UUID commandId : commandIds) {
                s.setString(1, commandId.toString());
                s.setString(2, formKey);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Records the form without its commands, as desks did before ADR 0149: it counts as entered. */
    public void insert(Connection c, String formKey, UUID appointmentId, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO rekeyed_form (form_key, appointment_id, entered_at) VALUES (?, ?, ?)")) {
            s.setString(1, formKey);
            s.setString(2, appointmentId.toString());
            s.setString(3, at.toString());
            s.executeUpdate();
        }
    }

    /** The keys of the forms that count as entered (recorded, none of their commands refused). */
    public Set<String> allKeys(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT f.form_key FROM rekeyed_form f"
                + " WHERE NOT EXISTS (" + REFUSED + " AND fc.form_key = f.form_key)");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    private static void forget(Connection c, String formKey) throws SQLException {
        for (String table : List.of("rekeyed_form_command", "rekeyed_form")) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE form_key = ?")) {
                s.setString(1, formKey);
                s.executeUpdate();
            }
        }
    }
}
