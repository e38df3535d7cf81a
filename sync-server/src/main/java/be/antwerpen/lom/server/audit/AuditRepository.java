package be.antwerpen.lom.server.audit;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The append-only audit trail (the database refuses updates and deletes with a trigger). */
public final class AuditRepository {

    public void append(Connection c, AuditEntry e) throws SQLException {
        appendAll(c, List.of(e));
    }

    /**
     * Appends lines in one batch, each chained to the previous one by its hash (ADR 0090). The
     * chain head row stays locked until the transaction ends, so chain positions follow commit order.
     */
    public void appendAll(Connection c, List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        long last;
        String hash;
        try (PreparedStatement head = c.prepareStatement(
                "UPDATE audit_chain_head SET seq = seq + ? WHERE id = 1 RETURNING seq, hash")) {
            head.setLong(1, entries.size());
            try (ResultSet rs = head.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the audit chain head row is missing");
                }
                last = rs.getLong(1);
                hash = rs.getString(2);
            }
        }
        long seq = last - entries.size();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (id, at, actor, device_id, action,"
                + " entity_type, entity_id, location_id, detail, chain_seq, chain_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            for (AuditEntry e : entries) {
                seq++;
                hash = AuditChain.link(hash, seq, e);
                Rows.bind(ps, e.id(), e.at().toEpochMilli(), e.actor(), e.deviceId(), e.action(), e.entityType(),
                        e.entityId(), e.locationId(), e.detail(), seq, hash);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Rows.update(c, "UPDATE audit_chain_head SET hash = ? WHERE id = 1", hash);
    }

    /**
     * Searches with optional criteria; {@code deviceIds} and {@code entityIds} (when not null) restrict
     * to those desks and entities.
     */
    public List<AuditEntry> search(Connection c, String locationId, String actor, List<String> deviceIds,
                                   List<String> entityIds, Instant from, Instant to, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id, at, actor, device_id, action, entity_type, entity_id,"
                + " location_id, detail FROM audit_log WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (locationId != null) {
            sql.append(" AND location_id = ?");
            params.add(locationId);
        }
        if (actor != null) {
            sql.append(" AND actor = ?");
            params.add(actor);
        }
        if (deviceIds != null) {
            if (deviceIds.isEmpty()) {
                return List.of();
            }
            sql.append(" AND device_id IN (").append("?,".repeat(deviceIds.size() - 1)).append("?)");
            params.addAll(deviceIds);
        }
        if (entityIds != null) {
            if (entityIds.isEmpty()) {
                return List.of();
            }
            sql.append(" AND entity_id IN (").append("?,".repeat(entityIds.size() - 1)).append("?)");
            params.addAll(entityIds);
        }
        if (from != null) {
            sql.append(" AND at >= ?");
            params.add(from.toEpochMilli());
        }
        if (to != null) {
            sql.append(" AND at < ?");
            params.add(to.toEpochMilli());
        }
        sql.append(" ORDER BY at DESC, chain_seq DESC LIMIT ?");
        params.add(limit);
        return Rows.list(c, sql.toString(), rs -> new AuditEntry(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9)), params.toArray());
    }
}
