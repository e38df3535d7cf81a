package be.antwerpen.lom.model.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AuditHeadSignaturesTest {

    private static final String HASH = "ab".repeat(32);

    private static KeyPair keys() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static SignedAuditHead sign(KeyPair keys, long seq, String hash) throws Exception {
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        String keyId = AuditHeadSignatures.keyIdOf(publicKey);
        Instant at = Instant.ofEpochMilli(1_780_000_000_123L);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(keys.getPrivate());
        signer.update(AuditHeadSignatures.message(seq, hash, at.toEpochMilli(), keyId));
        return new SignedAuditHead(seq, hash, at, keyId, publicKey, Base64.getEncoder().encodeToString(signer.sign()));
    }

    @Test
    void a_head_signed_by_the_trusted_key_is_valid_and_survives_the_wire() throws Exception {
        KeyPair keys = keys();
        SignedAuditHead head = sign(keys, 42, HASH);
        ObjectMapper json = ProtocolJson.newMapper();

        SignedAuditHead back = json.readValue(json.writeValueAsString(head), SignedAuditHead.class);

        assertThat(AuditHeadSignatures.signedBy(back, head.publicKey())).isTrue();
        assertThat(AuditHeadSignatures.selfSigned(back)).isTrue();
    }

    @Test
    void a_changed_position_hash_or_time_invalidates_the_signature() throws Exception {
        SignedAuditHead head = sign(keys(), 42, HASH);

        assertThat(AuditHeadSignatures.signedBy(new SignedAuditHead(43, HASH, head.signedAt(), head.keyId(),
                head.publicKey(), head.signature()), head.publicKey())).isFalse();
        assertThat(AuditHeadSignatures.signedBy(new SignedAuditHead(42, "cd".repeat(32), head.signedAt(), head.keyId(),
                head.publicKey(), head.signature()), head.publicKey())).isFalse();
        assertThat(AuditHeadSignatures.signedBy(new SignedAuditHead(42, HASH, head.signedAt().plusMillis(1),
                head.keyId(), head.publicKey(), head.signature()), head.publicKey())).isFalse();
    }

    @Test
    void a_head_signed_by_another_key_is_not_trusted_even_if_it_carries_that_key() throws Exception {
        SignedAuditHead forged = sign(keys(), 42, HASH);
        String trusted = Base64.getEncoder().encodeToString(keys().getPublic().getEncoded());

        assertThat(AuditHeadSignatures.selfSigned(forged)).isTrue();
        assertThat(AuditHeadSignatures.signedBy(forged, trusted)).isFalse();
    }

    @Test
    void a_malformed_head_is_invalid_without_throwing() throws Exception {
        SignedAuditHead head = sign(keys(), 1, HASH);

        assertThat(AuditHeadSignatures.signedBy(new SignedAuditHead(1, HASH, head.signedAt(), head.keyId(),
                head.publicKey(), "not base64!"), head.publicKey())).isFalse();
        assertThat(AuditHeadSignatures.signedBy(head, "AAAA")).isFalse();
        assertThat(AuditHeadSignatures.signedBy(new SignedAuditHead(1, null, null, null, null, null),
                head.publicKey())).isFalse();
    }
}
