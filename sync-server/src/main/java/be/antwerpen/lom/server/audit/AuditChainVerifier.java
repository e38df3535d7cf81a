package be.antwerpen.lom.server.audit;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.sync.SignedAuditHead;
import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes the audit hash chain (ADR 0090) and finds the first line that does not fit: every line
 * must have exactly one place in the chain (no line without a position, no gaps, no duplicates) and
 * the chain must agree with the signed heads it is given as anchors (ADR 0094). An anchor beyond the
 * chain's end means lines were cut off; an anchor whose hash differs from the recomputed hash at its
 * position means the chain was rewritten up to there; an anchor without a valid signature of a
 * trusted key is reported as forged.
 */
public final class AuditChainVerifier {

    private static final int FETCH = 2000;

    /** Checks the chain on its own (no anchors: a recomputed chain goes unnoticed). */
    public AuditChainReport verify(Connection c) throws SQLException {
        return verify(c, AuditAnchors.NONE);
    }

    public AuditChainReport verify(Connection c, AuditAnchors anchors) throws SQLException {
        long unchained = Rows.one(c, "SELECT COUNT(*) FROM audit_log WHERE chain_seq IS NULL", rs -> rs.getLong(1))
                .orElse(0L);
        long headSeq;
        String headHash;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_chain_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return new AuditChainReport(false, 0, unchained, 0, null, "the chain head is missing", 0, null, 0);
            }
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
        }
        Check check = new Check(unchained, headSeq, headHash);
        Map<Long, List<SignedAuditHead>> bySeq = new HashMap<>();
        for (SignedAuditHead anchor : anchors.heads()) {
            if (!anchors.trusted(anchor)) {
                return check.broken(anchor.seq(), null, "FORGED ANCHOR: the signed head for line " + anchor.seq()
                        + " of " + anchor.signedAt() + " (key id " + anchor.keyId()
                        + ") has no valid signature of a trusted audit key");
            }
            bySeq.computeIfAbsent(anchor.seq(), s -> new ArrayList<>()).add(anchor);
        }
        String hash = AuditChain.GENESIS;
        String mismatch = anchorMismatch(bySeq.get(0L), hash);
        if (mismatch != null) {
            return check.broken(0, null, mismatch);
        }
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
                    long expected = check.checked + 1;
                    if (seq < expected) {
                        return check.broken(seq, e.id(), "line " + seq + " appears more than once");
                    }
                    if (seq != expected) {
                        return check.broken(expected, null,
                                "line " + expected + " is missing (next present: " + seq + ")");
                    }
                    String computed = AuditChain.link(hash, seq, e);
                    if (!computed.equals(rs.getString(11))) {
                        return check.broken(seq, e.id(), "the content or hash of this line was changed");
                    }
                    mismatch = anchorMismatch(bySeq.get(seq), computed);
                    if (mismatch != null) {
                        return check.broken(seq, e.id(), mismatch);
                    }
                    hash = computed;
                    check.checked++;
                }
            }
        }
        if (unchained > 0) {
            return check.broken(0, null, unchained + " line(s) have no place in the chain (no chain position)");
        }
        if (check.checked != headSeq || !hash.equals(headHash)) {
            return check.broken(check.checked + 1, null,
                    "the chain ends at line " + check.checked + " but its head says " + headSeq);
        }
        long end = check.checked;
        SignedAuditHead beyond = anchors.heads().stream().filter(a -> a.seq() > end)
                .max(Comparator.comparingLong(SignedAuditHead::seq)).orElse(null);
        if (beyond != null) {
            return check.broken(end + 1, null, "TRUNCATED: the chain ends at line " + end + " but the signed head of "
                    + beyond.signedAt() + " vouches for line " + beyond.seq());
        }
        return new AuditChainReport(true, check.checked, unchained, 0, null, null, headSeq, headHash,
                anchors.heads().size());
    }

    private static String anchorMismatch(List<SignedAuditHead> anchors, String computed) {
        if (anchors == null) {
            return null;
        }
        for (SignedAuditHead a : anchors) {
            if (!computed.equals(a.hash())) {
                return "REWRITTEN: the chain up to line " + a.seq() + " differs from the signed head of "
                        + a.signedAt() + " (recomputed or changed lines at or before this position)";
            }
        }
        return null;
    }

    /** The running state of one check. */
    private static final class Check {
        private final long unchained;
        private final long headSeq;
        private final String headHash;
        private long checked;

        Check(long unchained, long headSeq, String headHash) {
            this.unchained = unchained;
            this.headSeq = headSeq;
            this.headHash = headHash;
        }

        AuditChainReport broken(long seq, String id, String problem) {
            return new AuditChainReport(false, checked, unchained, seq, id, problem, headSeq, headHash, 0);
        }
    }
}
