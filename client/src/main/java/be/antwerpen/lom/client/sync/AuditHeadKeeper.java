package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.client.store.AuditHeadStore;
import be.antwerpen.lom.model.sync.AuditHeadSignatures;
import be.antwerpen.lom.model.sync.SignedAuditHead;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the signed audit heads that come with pull pages (ADR 0094), so that this desk holds
 * anchors of the server's audit chain outside the server's database. A head counts only when it is
 * signed by the server's audit key this desk pinned when it first saw one; a head signed otherwise
 * is not kept, and logged (key id and position only).
 */
final class AuditHeadKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(AuditHeadKeeper.class);

    private final AuditHeadStore heads;

    AuditHeadKeeper(AuditHeadStore heads) {
        this.heads = heads;
    }

    /**
     * Checks and keeps a pulled head inside the page's transaction; true when it was kept as new. A head this
     * desk already keeps, signature and key included, under the key it pinned was checked when it was kept: the
     * pages of one catch-up carry the same head, so its signature is checked once, not on every page.
     */
    boolean received(Connection c, SignedAuditHead head, Instant now) throws SQLException {
        if (head == null) {
            return false;
        }
        Optional<String> pinned = heads.pinnedKey(c);
        if (pinned.isPresent() && pinned.get().equals(head.publicKey()) && heads.holds(c, head)) {
            return false;
        }
        String key = pinned.orElse(head.publicKey());
        if (key == null || !AuditHeadSignatures.signedBy(head, key)) {
            LOG.warn("ignored a signed audit head for line {} (key id {}): not signed by the server audit key {}",
                    head.seq(), head.keyId(), pinned.isPresent() ? "this desk pinned" : "it names");
            return false;
        }
        if (pinned.isEmpty()) {
            heads.pin(c, head.keyId(), head.publicKey(), now);
            LOG.info("pinned the server's audit key {}", head.keyId());
        }
        return heads.keep(c, head, now);
    }
}
