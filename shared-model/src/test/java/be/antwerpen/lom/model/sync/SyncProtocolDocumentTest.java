package be.antwerpen.lom.model.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The signed audit head example of docs/sync-protocol.md reads as the wire type and its signature holds. */
class SyncProtocolDocumentTest {

    private static final String MARKER = "<!-- audit-head-example -->";

    private static String documentedAuditHead() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "sync-protocol.md"));
        int marker = doc.indexOf(MARKER);
        assertThat(marker).as("the example marker in docs/sync-protocol.md").isNotNegative();
        int start = doc.indexOf("```json", marker) + "```json".length();
        return doc.substring(start, doc.indexOf("```", start)).strip();
    }

    @Test
    void the_documented_audit_head_is_validly_signed_by_the_key_it_names() throws Exception {
        ObjectMapper json = ProtocolJson.newMapper();
        SignedAuditHead head = json.readValue(documentedAuditHead(), SignedAuditHead.class);

        assertThat(head.keyId()).isEqualTo(AuditHeadSignatures.keyIdOf(head.publicKey()));
        assertThat(AuditHeadSignatures.selfSigned(head)).isTrue();
        assertThat(AuditHeadSignatures.selfSigned(new SignedAuditHead(head.seq() - 1, head.hash(), head.signedAt(),
                head.keyId(), head.publicKey(), head.signature()))).isFalse();
    }
}
