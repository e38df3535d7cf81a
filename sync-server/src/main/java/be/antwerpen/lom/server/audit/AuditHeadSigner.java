package be.antwerpen.lom.server.audit;

import be.antwerpen.lom.model.sync.SignedAuditHead;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Rows;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs the audit chain head (position and hash) with the server's key (ADR 0094), stores the
 * signed head and writes it to the server log as one {@code AUDIT-HEAD {json}} line, which
 * {@code verify-audit --anchors} reads back.
 */
public final class AuditHeadSigner {

    /** The marker of a signed head in a log or anchor file; the JSON of the head follows it on the line. */
    public static final String LOG_MARKER = "AUDIT-HEAD ";

    private static final Logger LOG = LoggerFactory.getLogger(AuditHeadSigner.class);

    private final Database db;
    private final SignedHeadRepository heads;
    private final AuditSigningKey key;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditHeadSigner(Database db, SignedHeadRepository heads, AuditSigningKey key, ObjectMapper json,
                           Clock clock) {
        this.db = db;
        this.heads = heads;
        this.key = key;
        this.json = json;
        this.clock = clock;
    }

    /** Signs the current head now (on demand), stores it and logs it. */
    public SignedAuditHead signNow() {
        SignedAuditHead signed = db.inTransaction(c -> {
            SignedAuditHead head = sign(c);
            heads.insert(c, head);
            return head;
        });
        log(signed);
        return signed;
    }

    /** Signs the head when the chain has moved since the last head this key signed (the periodic run). */
    public Optional<SignedAuditHead> signIfAdvanced() {
        Optional<SignedAuditHead> signed = db.inTransaction(c -> {
            Optional<SignedAuditHead> last = heads.latest(c);
            SignedAuditHead head = sign(c);
            if (last.isPresent() && last.get().keyId().equals(head.keyId()) && last.get().seq() == head.seq()
                    && last.get().hash().equals(head.hash())) {
                return Optional.<SignedAuditHead>empty();
            }
            heads.insert(c, head);
            return Optional.of(head);
        });
        signed.ifPresent(this::log);
        return signed;
    }

    private SignedAuditHead sign(Connection c) throws SQLException {
        // the last signed head is read before the chain's head: the chain only grows, so a head another instance
        // signs meanwhile can never look beyond the chain read after it
        Optional<SignedAuditHead> last = heads.latest(c);
        AuditChainHead head = Rows.one(c, "SELECT seq, hash FROM audit_chain_head WHERE id = 1",
                        rs -> new AuditChainHead(rs.getLong(1), rs.getString(2)))
                .orElseThrow(() -> new SQLException("the audit chain head row is missing"));
        requireAgreesWithLastSigned(c, last, head);
        return key.sign(head.seq(), head.hash(), clock.instant());
    }

    /**
     * A new head is signed only on a chain that still holds the last head this server signed: the same hash at that
     * line, and no fewer lines. Otherwise lines were cut off or the chain recomputed since, and signing would vouch
     * for the forgery (an outside drill rewrote a chain and the server signed it at its next start).
     */
    private static void requireAgreesWithLastSigned(Connection c, Optional<SignedAuditHead> last, AuditChainHead head)
            throws SQLException {
        if (last.isEmpty()) {
            return;
        }
        long seq = last.get().seq();
        if (head.seq() < seq) {
            throw new AuditChainDisagrees("the audit chain ends at line " + head.seq() + " but the last signed head"
                    + " (" + last.get().signedAt() + ") vouches for line " + seq + ": lines were cut off");
        }
        String hashThere = seq == 0 ? AuditChain.GENESIS : Rows.one(c, "SELECT chain_hash FROM audit_log"
                + " WHERE chain_seq = ?", rs -> rs.getString(1), seq).orElse(null);
        if (!last.get().hash().equals(hashThere)) {
            throw new AuditChainDisagrees("the audit chain at line " + seq + " differs from the head signed at "
                    + last.get().signedAt() + ": lines at or before it were changed or recomputed");
        }
    }

    /** The chain no longer holds the last signed head: nothing is signed until an administrator looks. */
    public static final class AuditChainDisagrees extends IllegalStateException {
        AuditChainDisagrees(String message) {
            super(message + "; no new head is signed (run verify-audit)");
        }
    }

    /** The latest signed head (for the pull response), read in the caller's transaction. */
    public Optional<SignedAuditHead> latest(Connection c) throws SQLException {
        return heads.latest(c);
    }

    /** Every head signed so far, oldest first. */
    public List<SignedAuditHead> all() {
        return db.inSnapshot(heads::all);
    }

    /** The public key, the current head and every stored signed head (for an export file or the API). */
    public AuditAnchorExport export() {
        return AuditAnchorExport.of(this, clock.instant());
    }

    /** The head as it stands (unsigned). */
    public AuditChainHead current() {
        return db.inSnapshot(c -> Rows.one(c, "SELECT seq, hash FROM audit_chain_head WHERE id = 1",
                rs -> new AuditChainHead(rs.getLong(1), rs.getString(2))).orElse(new AuditChainHead(0, null)));
    }

    public String publicKey() {
        return key.publicKey();
    }

    public String keyId() {
        return key.keyId();
    }

    /** The log line of a signed head: the marker and the head's JSON. */
    public String logLine(SignedAuditHead head) {
        try {
            return LOG_MARKER + json.writeValueAsString(head);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a signed audit head could not be written as JSON", e);
        }
    }

    private void log(SignedAuditHead head) {
        LOG.info("{}", logLine(head));
    }

    /** The chain head's position and hash. */
    public record AuditChainHead(long seq, String hash) {
    }
}
