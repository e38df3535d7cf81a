package be.antwerpen.lom.server.audit;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Recomputes the audit hash chain (ADR 0090) and finds the first line that does not fit. */
public final class AuditChainVerifier {

    private static final int FETCH = 2000;

    public AuditChainReport verify(Connection c) throws SQLException {
        long unchained = Rows.one(c, "SELECT COUNT(*) FROM audit_log WHERE chain_seq IS NULL", rs -> rs.getLong(1))
                .orElse(0L);
        long headSeq;
        String headHash;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_chain_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return new AuditChainReport(false, 0, unchained, 0, null, "the chain head is missing", 0, null);
            }
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
        }
        String hash = AuditChain.GENESIS;
        long expected = 1;
        long checked = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, at, actor, device_id, action, entity_type,"
                + " entity_id, location_id, detail, chain_seq, chain_hash FROM audit_log WHERE chain_seq IS NOT NULL"
                + " ORDER BY chain_seq")) {
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditEntry e = new AuditEntry(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9));
                    long seq = rs.getLong(10);
                    if (seq != expected) {
                        return broken(checked, unchained, expected, null,
                                "line " + expected + " is missing (next present: " + seq + ")", headSeq, headHash);
                    }
                    String computed = AuditChain.link(hash, seq, e);
                    if (!computed.equals(rs.getString(11))) {
                        return broken(checked, unchained, seq, e.id(),
                                "the content or hash of this line was changed", headSeq, headHash);
                    }
                    hash = computed;
                    expected++;
                    checked++;
                }
            }
        }
        if (checked != headSeq || !hash.equals(headHash)) {
            return broken(checked, unchained, checked + 1, null,
                    "the chain ends at line " + checked + " but its head says " + headSeq, headSeq, headHash);
        }
        return new AuditChainReport(true, checked, unchained, 0, null, null, headSeq, headHash);
    }

    private static AuditChainReport broken(long checked, long unchained, long seq, String id, String problem,
                                           long headSeq, String headHash) {
        return new AuditChainReport(false, checked, unchained, seq, id, problem, headSeq, headHash);
    }
}
