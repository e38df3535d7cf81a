package be.antwerpen.lom.server.audit;

import be.antwerpen.lom.model.sync.SignedAuditHead;
import be.antwerpen.lom.server.db.Rows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The server's own copy of the audit heads it signed (ADR 0094). */
public final class SignedHeadRepository {

    private static final String COLUMNS = "SELECT seq, hash, signed_at, key_id, public_key, signature FROM audit_signed_head";

    public void insert(Connection c, SignedAuditHead h) throws SQLException {
        Rows.update(c, "INSERT INTO audit_signed_head (seq, hash, signed_at, key_id, public_key, signature)"
                + " VALUES (?,?,?,?,?,?)", h.seq(), h.hash(), h.signedAt().toEpochMilli(), h.keyId(), h.publicKey(),
                h.signature());
    }

    /** The most recently signed head, or empty when none was signed yet. */
    public Optional<SignedAuditHead> latest(Connection c) throws SQLException {
        return Rows.one(c, COLUMNS + " ORDER BY signed_at DESC, seq DESC LIMIT 1", SignedHeadRepository::head);
    }

    /** Every signed head, oldest first. */
    public List<SignedAuditHead> all(Connection c) throws SQLException {
        return Rows.list(c, COLUMNS + " ORDER BY signed_at, seq", SignedHeadRepository::head);
    }

    private static SignedAuditHead head(ResultSet rs) throws SQLException {
        return new SignedAuditHead(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                rs.getString(4), rs.getString(5), rs.getString(6));
    }
}
