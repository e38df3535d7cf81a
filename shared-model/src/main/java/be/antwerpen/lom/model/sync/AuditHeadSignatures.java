package be.antwerpen.lom.model.sync;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What a signed audit head (ADR 0094) signs and how its signature is checked, the same on desk and
 * server: Ed25519 (JDK 17) over {@code "lom-audit-head/1\n" seq "\n" hash "\n" signedAtEpochMillis "\n" keyId}.
 */
public final class AuditHeadSignatures {

    public static final String ALGORITHM = "Ed25519";
    private static final String DOMAIN = "lom-audit-head/1";

    private AuditHeadSignatures() {
    }

    /** The bytes that are signed. */
    public static byte[] message(long seq, String hash, long signedAtMillis, String keyId) {
        return (DOMAIN + "\n" + seq + "\n" + hash + "\n" + signedAtMillis + "\n" + keyId)
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] message(SignedAuditHead head) {
        return message(head.seq(), head.hash(), head.signedAt().toEpochMilli(), head.keyId());
    }

    /** The key id of a public key (X.509 DER, base64): the first 16 hex digits of its SHA-256. */
    public static String keyIdOf(String publicKeyBase64) {
        try {
            byte[] der = Base64.getDecoder().decode(publicKeyBase64);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * True when {@code head} was signed with the key {@code trustedPublicKey} (X.509 DER, base64):
     * its key id names that key and the signature over its fields is valid. Never throws on a
     * malformed head: it is simply not valid.
     */
    public static boolean signedBy(SignedAuditHead head, String trustedPublicKey) {
        if (head == null || trustedPublicKey == null || head.hash() == null || head.signedAt() == null
                || head.keyId() == null || head.signature() == null) {
            return false;
        }
        try {
            if (!head.keyId().equals(keyIdOf(trustedPublicKey))) {
                return false;
            }
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(trustedPublicKey)));
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message(head));
            return verifier.verify(Base64.getDecoder().decode(head.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** True when {@code head} is validly signed by the public key it carries (says nothing about trust). */
    public static boolean selfSigned(SignedAuditHead head) {
        return head != null && head.publicKey() != null && signedBy(head, head.publicKey());
    }
}
