package be.antwerpen.lom.model.sync;

import java.time.Instant;

/**
 * The server's audit chain head (position and hash) at a moment, signed with the server's audit
 * signing key (Ed25519) kept outside the database (ADR 0094). Copies held outside the server's
 * database (desks, the server log, export files) are anchors: {@code verify-audit} checks the chain
 * against them, so a chain cut off or recomputed after the head was signed is found.
 *
 * @param seq       chain position of the head (the number of chained audit lines)
 * @param hash      chain hash of the line at {@code seq} (hex SHA-256; 64 zeros when {@code seq} is 0)
 * @param signedAt  when the server signed it (millisecond precision)
 * @param keyId     first 16 hex digits of the SHA-256 of {@code publicKey}
 * @param publicKey the signing key's public half, X.509 DER in base64
 * @param signature Ed25519 signature over {@link AuditHeadSignatures#message(SignedAuditHead)}, base64
 */
public record SignedAuditHead(long seq, String hash, Instant signedAt, String keyId, String publicKey,
                              String signature) {
}
