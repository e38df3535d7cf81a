package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.sync.SignedAuditHead;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The server's signed audit heads this desk received (ADR 0094) and the audit key it pinned. The
 * table layout is read by the server's {@code verify-audit --anchors} from a copy of this file: keep
 * the column names.
 */
public final class AuditHeadStore {

    /** Keeps a head; true when it was new. */
    public boolean keep(Connection c, SignedAuditHead h, Instant receivedAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO audit_heads (seq, hash, signed_at_ms,"
                + " key_id, public_key, signature, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            bindHead(s, h);
            s.setString(7, SqlTime.text(receivedAt));
            return s.executeUpdate() == 1;
        }
    }

    /** Binds the head's six fields, in the column order of {@code audit_heads}, to parameters 1-6. */
    private static void bindHead(PreparedStatement s, SignedAuditHead h) throws SQLException {
        s.setLong(1, h.seq());
        s.setString(2, h.hash());
        s.setLong(3, h.signedAt().toEpochMilli());
        s.setString(4, h.keyId());
        s.setString(5, h.publicKey());
        s.setString(6, h.signature());
    }

    /** Whether exactly this head (every field, signature included) is already kept. */
    public boolean holds(Connection c, SignedAuditHead h) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM audit_heads WHERE seq = ? AND hash = ?"
                + " AND signed_at_ms = ? AND key_id = ? AND public_key = ? AND signature = ?")) {
            bindHead(s, h);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Every kept head, oldest first. */
    public List<SignedAuditHead> all(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT seq, hash, signed_at_ms, key_id, public_key, signature"
                + " FROM audit_heads ORDER BY signed_at_ms, seq");
             ResultSet rs = s.executeQuery()) {
            List<SignedAuditHead> heads = new ArrayList<>();
            while (rs.next()) {
                heads.add(new SignedAuditHead(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6)));
            }
            return heads;
        }
    }

    /** The pinned public key of the server's audit key (X.509 DER, base64), if one was pinned. */
    public Optional<String> pinnedKey(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT public_key FROM audit_key_pin WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    public void pin(Connection c, String keyId, String publicKey, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO audit_key_pin (id, key_id, public_key,"
                + " pinned_at) VALUES (1, ?, ?, ?)")) {
            s.setString(1, keyId);
            s.setString(2, publicKey);
            s.setString(3, SqlTime.text(at));
            s.executeUpdate();
        }
    }

    /** Forgets the pinned key (enrolling again: the next head's key is pinned). Kept heads stay. */
    public void unpin(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM audit_key_pin")) {
            s.executeUpdate();
        }
    }
}
