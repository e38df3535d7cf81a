package be.antwerpen.lom.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.sync.AuditHeadSignatures;
import be.antwerpen.lom.model.sync.SignedAuditHead;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditSigningKeyTest {

    @TempDir
    Path dir;

    @Test
    void the_key_file_is_created_once_owner_only_and_signs_the_same_after_a_restart() throws Exception {
        Path file = dir.resolve("config").resolve("audit-signing.key");

        AuditSigningKey first = AuditSigningKey.loadOrCreate(file);
        AuditSigningKey again = AuditSigningKey.loadOrCreate(file);
        SignedAuditHead head = again.sign(7, "ab".repeat(32), Instant.now());

        assertThat(again.publicKey()).isEqualTo(first.publicKey());
        assertThat(AuditHeadSignatures.signedBy(head, first.publicKey())).isTrue();
        assertThat(Files.readString(file)).contains("public=" + first.publicKey());
        assertThat(AuditSigningKey.publicKeyIn(Files.readString(file))).isEqualTo(first.publicKey());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void a_damaged_or_foreign_key_file_is_refused_with_a_clear_message() throws Exception {
        Path damaged = dir.resolve("damaged.key");
        Files.writeString(damaged, "private=AAAA\npublic=AAAA\n");
        Path foreign = dir.resolve("notes.txt");
        Files.writeString(foreign, "hello");
        Path mismatched = dir.resolve("mismatched.key");
        String one = Files.readString(writeKey("one.key"));
        String other = AuditSigningKey.publicKeyIn(Files.readString(writeKey("two.key")));
        Files.writeString(mismatched, one.replaceAll("public=.*", "public=" + other));

        assertThatThrownBy(() -> AuditSigningKey.load(damaged)).hasMessageContaining("is damaged");
        assertThatThrownBy(() -> AuditSigningKey.load(foreign)).hasMessageContaining("is not a key file");
        assertThatThrownBy(() -> AuditSigningKey.load(mismatched)).hasMessageContaining("do not match");
    }

    private Path writeKey(String name) {
        Path file = dir.resolve(name);
        AuditSigningKey.loadOrCreate(file);
        return file;
    }
}
