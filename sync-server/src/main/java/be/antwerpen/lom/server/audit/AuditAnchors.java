package be.antwerpen.lom.server.audit;

import be.antwerpen.lom.model.sync.AuditHeadSignatures;
import be.antwerpen.lom.model.sync.SignedAuditHead;
import java.util.List;
import java.util.Set;

/**
 * Signed heads kept outside the database (desks, the server log, export files) that the audit chain
 * is checked against (ADR 0094), and the public keys whose signatures count.
 *
 * @param heads       the anchors, in any order, duplicates allowed
 * @param trustedKeys public keys (X.509 DER, base64) of the server's audit signing key(s)
 */
public record AuditAnchors(List<SignedAuditHead> heads, Set<String> trustedKeys) {

    public static final AuditAnchors NONE = new AuditAnchors(List.of(), Set.of());

    public AuditAnchors {
        heads = List.copyOf(heads);
        trustedKeys = Set.copyOf(trustedKeys);
    }

    /** True when {@code head} carries a valid signature of one of the trusted keys. */
    public boolean trusted(SignedAuditHead head) {
        return trustedKeys.stream().anyMatch(k -> AuditHeadSignatures.signedBy(head, k));
    }
}
