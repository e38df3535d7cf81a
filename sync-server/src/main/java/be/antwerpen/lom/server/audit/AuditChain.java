package be.antwerpen.lom.server.audit;

import be.antwerpen.lom.model.api.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that chains an audit line to the one before it (ADR 0090): SHA-256 over the previous
 * line's hash and this line's canonical content. Every field is written with its length, so no
 * two different lines have the same canonical form.
 */
public final class AuditChain {

    /** The hash "before" the first chained line. */
    public static final String GENESIS = "0".repeat(64);
    private static final MessageDigest SHA256 = newSha256();
    private static final HexFormat HEX = HexFormat.of();

    private AuditChain() {
    }

    public static String link(String previousHash, long seq, AuditEntry e) {
        StringBuilder canonical = new StringBuilder(256).append(previousHash).append('\n').append(seq);
        field(canonical, e.id());
        field(canonical, Long.toString(e.at().toEpochMilli()));
        field(canonical, e.actor());
        field(canonical, e.deviceId());
        field(canonical, e.action());
        field(canonical, e.entityType());
        field(canonical, e.entityId());
        field(canonical, e.locationId());
        field(canonical, e.detail());
        return HEX.formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** A fresh SHA-256 digest: a copy of a prepared one (a provider look-up per audit line was a push's hot spot). */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException notCloneable) {
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("|-");
        } else {
            out.append('|').append(value.length()).append(':').append(value);
        }
    }
}
