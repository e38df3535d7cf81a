package be.antwerpen.lom.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.model.sync.AuditHeadSignatures;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.SignedAuditHead;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk keeps only heads signed by the audit key it pinned (ADR 0094), on its real local database. */
class AuditHeadKeeperTest {

    @TempDir
    Path dir;

    private LocalStore store;
    private AuditHeadKeeper keeper;
    private final KeyPair server = pair();

    @BeforeEach
    void open() {
        store = LocalStore.open(dir, ProtocolJson.newMapper());
        keeper = new AuditHeadKeeper(store.auditHeads());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static KeyPair pair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static SignedAuditHead sign(KeyPair keys, long seq) throws Exception {
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        String keyId = AuditHeadSignatures.keyIdOf(publicKey);
        Instant at = Instant.ofEpochMilli(1_780_000_000_000L + seq);
        String hash = Long.toHexString(seq).repeat(64).substring(0, 64);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(keys.getPrivate());
        signer.update(AuditHeadSignatures.message(seq, hash, at.toEpochMilli(), keyId));
        return new SignedAuditHead(seq, hash, at, keyId, publicKey, Base64.getEncoder().encodeToString(signer.sign()));
    }

    private boolean receive(SignedAuditHead head) {
        return store.database().inTransaction(c -> keeper.received(c, head, Instant.now()));
    }

    @Test
    void heads_of_the_pinned_key_are_kept_once_and_others_are_refused() throws Exception {
        SignedAuditHead first = sign(server, 10);
        SignedAuditHead second = sign(server, 12);
        SignedAuditHead otherKey = sign(pair(), 99);
        SignedAuditHead altered = new SignedAuditHead(13, second.hash(), second.signedAt(), second.keyId(),
                second.publicKey(), second.signature());

        assertThat(receive(null)).isFalse();
        assertThat(receive(first)).isTrue();
        assertThat(receive(first)).as("the same head again").isFalse();
        assertThat(receive(otherKey)).as("another key after pinning").isFalse();
        assertThat(receive(altered)).as("a changed position").isFalse();
        assertThat(receive(second)).isTrue();

        assertThat(store.database().inTransaction(store.auditHeads()::all)).containsExactly(first, second);
        assertThat(store.database().inTransaction(store.auditHeads()::pinnedKey)).contains(first.publicKey());
    }

    @Test
    void a_head_not_signed_by_the_key_it_names_is_never_pinned() throws Exception {
        SignedAuditHead good = sign(server, 5);
        SignedAuditHead forged = new SignedAuditHead(5, "f".repeat(64), good.signedAt(), good.keyId(), good.publicKey(),
                good.signature());

        assertThat(receive(forged)).isFalse();

        assertThat(store.database().inTransaction(store.auditHeads()::pinnedKey)).isEmpty();
        assertThat(receive(good)).isTrue();
    }

    @Test
    void a_copy_of_a_kept_head_with_another_signature_or_time_changes_nothing() throws Exception {
        SignedAuditHead kept = sign(server, 20);
        SignedAuditHead other = sign(server, 21);
        SignedAuditHead wrongSignature = new SignedAuditHead(kept.seq(), kept.hash(), kept.signedAt(), kept.keyId(),
                kept.publicKey(), other.signature());
        SignedAuditHead wrongTime = new SignedAuditHead(kept.seq(), kept.hash(), kept.signedAt().plusSeconds(1),
                kept.keyId(), kept.publicKey(), kept.signature());
        assertThat(receive(kept)).isTrue();

        assertThat(receive(kept)).as("exactly the kept head again").isFalse();
        assertThat(receive(wrongSignature)).as("the kept head with another signature").isFalse();
        assertThat(receive(wrongTime)).as("the kept head with another signing time").isFalse();

        assertThat(store.database().inTransaction(store.auditHeads()::all)).containsExactly(kept);
    }
}
