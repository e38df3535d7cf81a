package be.antwerpen.lom.server.report;

import be.antwerpen.lom.server.db.Rows;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A location's day as the change log records it: every appointment whose latest change puts it at the location on
 * that day, with the status that change gives it. The change log is written beside the appointment in the same
 * transaction, but it is a record of its own (append-only, what every desk pulls), so the day-end totals compare
 * the agenda with it instead of with itself (ADR 0141). A row deleted, added or changed in the agenda by hand, or a
 * record whose change never reached the log, makes the two disagree.
 */
final class RecordedDay {

    /** Rows per query when the latest changes are read by their sequence numbers. */
    private static final int BATCH = 400;

    private final ObjectMapper json;

    RecordedDay(ObjectMapper json) {
        this.json = json;
    }

    /** Appointment id to status, of the appointments the change log puts at {@code locationId} on {@code date}. */
    Map<String, String> statuses(Connection c, String locationId, LocalDate date) throws SQLException {
        // every appointment whose change at this location named a start on this day; its latest such change
        Map<String, Long> latest = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, MAX(seq) FROM change_log"
                + " WHERE location_id = ? AND entity_type = 'APPOINTMENT' AND data LIKE ? GROUP BY entity_id")) {
            ps.setString(1, locationId);
            ps.setString(2, "%\"start\":\"" + date + "T%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    latest.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        if (latest.isEmpty()) {
            return Map.of();
        }
        // a later change of one of them, at any location or on any day, is the one that counts
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT entity_id, seq FROM change_log WHERE seq > ? AND entity_type = 'APPOINTMENT'")) {
            ps.setLong(1, Collections.min(latest.values()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(2);
                    latest.computeIfPresent(rs.getString(1), (id, known) -> Math.max(known, seq));
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        List<Long> sequences = new ArrayList<>(latest.values());
        for (int at = 0; at < sequences.size(); at += BATCH) {
            List<Long> batch = sequences.subList(at, Math.min(at + BATCH, sequences.size()));
            String marks = String.join(",", Collections.nCopies(batch.size(), "?"));
            for (String[] row : Rows.list(c, "SELECT entity_id, location_id, data FROM change_log WHERE seq IN ("
                    + marks + ")", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                    batch.toArray())) {
                JsonNode data = read(row[2]);
                // the appointment's own location, not the row's: a move is also written under the location it left
                if (locationId.equals(data.path("locationId").asText(""))
                        && data.path("start").asText("").startsWith(date + "T")) {
                    out.put(row[0], data.path("status").asText(""));
                }
            }
        }
        return out;
    }

    private JsonNode read(String data) {
        try {
            return json.readTree(data);
        } catch (IOException unreadable) {
            // a change the log cannot show counts as one the agenda disagrees with
            return json.createObjectNode();
        }
    }
}
