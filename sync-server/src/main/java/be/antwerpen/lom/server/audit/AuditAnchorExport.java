package be.antwerpen.lom.server.audit;

import be.antwerpen.lom.model.sync.SignedAuditHead;
import java.time.Instant;
import java.util.List;

/**
 * What an audit anchor export holds (ADR 0094): the server's public key, the chain head when the
 * export was taken, and every signed head the server stored. Kept outside the database, the file is
 * an anchor for {@code verify-audit --anchors}.
 */
public record AuditAnchorExport(Instant exportedAt, String keyId, String publicKey, long headSeq, String headHash,
                                List<SignedAuditHead> signedHeads) {

    public AuditAnchorExport {
        signedHeads = List.copyOf(signedHeads);
    }

    static AuditAnchorExport of(AuditHeadSigner signer, Instant now) {
        AuditHeadSigner.AuditChainHead head = signer.current();
        return new AuditAnchorExport(now, signer.keyId(), signer.publicKey(), head.seq(), head.hash(), signer.all());
    }
}
